/**
 * Evaluation harness: gold-data readers and a scorer that does not depend on the pipeline.
 *
 * <p>Readers turn annotated corpora into {@link org.casefile.eval.GoldDocument}s whose spans are
 * UTF-16 character offsets (begin inclusive, end exclusive) into a text the reader rebuilds from
 * the gold tokens; the pipeline is run on exactly that text, so offsets line up.
 * <ul>
 *   <li>{@link org.casefile.eval.MeantimeReader}: MEANTIME CAT XML (entities, TIMEX3, events,
 *       HAS_PARTICIPANT), with the TimeML creation time as fallback;</li>
 *   <li>{@link org.casefile.eval.GumReader}: GUM TEI-like XML plus its CoNLL-U entity spans;</li>
 *   <li>{@link org.casefile.eval.TimelineGoldReader}: SemEval-2015 Task 4 gold timelines;</li>
 *   <li>{@link org.casefile.eval.PolnearReader}: PolNeAR attributions (source, cue, content) in
 *       brat standoff over the stored article texts, with the publication date from its
 *       metadata.</li>
 *   <li>{@link org.casefile.eval.TimeMlReader}: TempEval-3 TimeML ({@code .tml}: DCT, inline
 *       TIMEX3 and EVENT); its text is the {@code TEXT} element as written.</li>
 * </ul>
 * {@link org.casefile.eval.Scorer} compares gold with a pipeline-independent
 * {@link org.casefile.eval.Prediction} (relaxed, TempEval-3 style span matching) and
 * {@link org.casefile.eval.Evaluator} sums the scores over a corpus into a
 * {@link org.casefile.eval.Report}. Who said what is scored by
 * {@link org.casefile.eval.AttributionScorer} (claims against gold attributions, direct quotes,
 * named speakers) and summed by {@link org.casefile.eval.AttributionEvaluator};
 * {@link org.casefile.eval.CoreNlpQuotePredictor} is its anchor.
 */
package org.casefile.eval;
