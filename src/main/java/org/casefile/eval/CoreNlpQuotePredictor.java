package org.casefile.eval;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.casefile.domain.ClaimKind;

/**
 * The anchor for who said what: CoreNLP's own quote annotator with quote attribution over its
 * coreference, {@code tokenize,ssplit,pos,lemma,ner,depparse,coref,quote} with
 * {@code quote.attributeQuotes=true}, default settings otherwise (coreference: the statistical
 * model of the models jar, which reads the dependency parse), except that ner runs its 3-class,
 * 4-class and 7-class CRFs without the fine-grained gazetteers and the number/date classifiers,
 * which quote attribution does not read. Each top-level quote is a claim of
 * kind {@code quote} whose speaker is the quote's {@code speaker} annotation and whose speaker
 * names add the {@code canonicalSpeaker}. CoreNLP knows no reported speech and no stance.
 *
 * <p>The pipeline up to coreference runs on several documents at once; the quote annotator keeps
 * per-document state in its fields and runs on one document at a time.
 */
public final class CoreNlpQuotePredictor {
    private final StanfordCoreNLP pipeline;
    private final StanfordCoreNLP quotes;

    public CoreNlpQuotePredictor() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref");
        p.setProperty("coref.algorithm", "statistical");
        // quote attribution reads PERSON mentions and coreference: the fine-grained KBP gazetteers
        // and the numeric/SUTime classifiers (two thirds of the default ner's time) add nothing to it
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.useSUTime", "false");
        this.pipeline = new StanfordCoreNLP(p);
        Properties q = new Properties();
        q.setProperty("annotators", "quote");
        q.setProperty("quote.attributeQuotes", "true");
        this.quotes = new StanfordCoreNLP(q, false);
    }

    public Prediction predict(GoldDocument gold) {
        Annotation a = new Annotation(gold.text());
        if (gold.creationDate() != null) {
            a.set(CoreAnnotations.DocDateAnnotation.class, gold.creationDate().toString());
        }
        pipeline.annotate(a);
        synchronized (quotes) {
            quotes.annotate(a);
        }
        List<PredClaim> claims = new ArrayList<>();
        List<CoreMap> found = a.get(CoreAnnotations.QuotationsAnnotation.class);
        for (CoreMap quote : found == null ? List.<CoreMap>of() : found) {
            int b = quote.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int e = quote.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            String speaker = quote.get(QuoteAttributionAnnotator.SpeakerAnnotation.class);
            String canonical = quote.get(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class);
            List<String> names = new ArrayList<>();
            if (speaker != null) {
                names.add(speaker);
            }
            if (canonical != null && !canonical.equals(speaker)) {
                names.add(canonical);
            }
            claims.add(new PredClaim(Span.of(b, e), ClaimKind.QUOTE, null, speaker, names));
        }
        return new Prediction(gold.id(), List.of(), List.of(), List.of(), claims);
    }
}
