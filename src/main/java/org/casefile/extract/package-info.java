/**
 * Extraction within one document: entities (mentions grouped into people, places and
 * organisations), dates, events and claims, each with the citations that support it.
 */
package org.casefile.extract;
