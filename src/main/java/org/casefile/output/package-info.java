/**
 * Writers: the versioned case JSON (see {@code schema/casefile-v1.schema.json}) and other formats.
 */
package org.casefile.output;
