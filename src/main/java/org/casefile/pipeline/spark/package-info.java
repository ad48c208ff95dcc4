/**
 * The cluster engine: the same extraction as {@link org.casefile.pipeline.CasePipeline}, run as an
 * Apache Spark job ({@code casefile extract --engine spark}). On top of the pipeline package; no
 * lower package imports it, and nothing outside it touches Spark, which the runnable jar does not
 * carry (it is {@code provided}).
 */
package org.casefile.pipeline.spark;
