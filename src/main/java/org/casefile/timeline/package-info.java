/**
 * The case across documents: merges entities and events reported by several documents, orders
 * the timeline and keeps disagreements between sources as conflicts.
 */
package org.casefile.timeline;
