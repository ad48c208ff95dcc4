package org.casefile.bench;

import java.util.List;

/**
 * Names the stage of a stack (class names, innermost frame first): the first frame, from the
 * innermost outwards, that belongs to a known stage. Used for JFR execution samples, in process
 * ({@link Sampler}) and for a whole process's recording ({@link JfrProfile}).
 */
final class Stages {
    static final String MODEL_LOAD = "model load";

    private Stages() {
    }

    /** Frames that mark the model load anywhere in the stack (it calls into every annotator's code). */
    private static final String[][] LOAD = {
        {"org.casefile.nlp.CoreNlpAnnotator", "<init>"},
        {"edu.stanford.nlp.pipeline.StanfordCoreNLP", "<init>"},
        {"edu.stanford.nlp.pipeline.StanfordCoreNLP", "construct"},
    };

    /** Stage markers, tried on each frame from the innermost outwards: the first match names the sample. */
    private static final String[][] MARKERS = {
        {"org.casefile.nlp.TimeExpressions", "SUTime"},
        {"edu.stanford.nlp.time.", "SUTime"},
        {"edu.stanford.nlp.parser.nndep.", "depparse (nndep)"},
        // casefile's own parts of CoreNLP's stages, before the glue's package-wide marker
        {"org.casefile.nlp.FeatureSlices", "depparse (nndep)"},
        {"org.casefile.nlp.CrfWords", "ner: CRF"},
        {"org.casefile.nlp.CachingMorphology", "lemma"},
        {"edu.stanford.nlp.pipeline.TokensRegexNERAnnotator", "regexner"},
        {"edu.stanford.nlp.ie.regexp.NumberSequenceClassifier", "ner: numeric classifiers"},
        {"edu.stanford.nlp.ie.NumberNormalizer", "ner: numeric classifiers"},
        {"edu.stanford.nlp.ie.QuantifiableEntityNormalizer", "ner: numeric classifiers"},
        {"edu.stanford.nlp.ie.crf.", "ner: CRF"},
        {"edu.stanford.nlp.pipeline.EntityMentionsAnnotator", "ner: entity mentions"},
        {"edu.stanford.nlp.pipeline.NERCombinerAnnotator", "ner: other"},
        {"edu.stanford.nlp.ie.NERClassifierCombiner", "ner: other"},
        {"edu.stanford.nlp.tagger.", "pos"},
        {"edu.stanford.nlp.pipeline.POSTaggerAnnotator", "pos"},
        {"edu.stanford.nlp.pipeline.MorphaAnnotator", "lemma"},
        {"edu.stanford.nlp.process.Morphology", "lemma"},
        {"edu.stanford.nlp.pipeline.WordsToSentencesAnnotator", "ssplit"},
        {"edu.stanford.nlp.pipeline.TokenizerAnnotator", "tokenize"},
        {"edu.stanford.nlp.process.PTBLexer", "tokenize"},
        {"edu.stanford.nlp.pipeline.JSONOutputter", "writing (JSON)"},
        {"edu.stanford.nlp.pipeline.StanfordCoreNLP", "CoreNLP command line (reading, output)"},
        {"org.casefile.nlp.", "casefile nlp glue (token/mention conversion)"},
        {"org.casefile.extract.", "extraction (rules)"},
        {"org.casefile.timeline.", "case building (merge, timeline)"},
        {"org.casefile.output.", "writing (JSON)"},
        {"com.fasterxml.jackson.", "writing (JSON)"},
        {"org.casefile.ingest.", "ingest (Tika, OCR, HTML)"},
        {"org.apache.tika.", "ingest (Tika, OCR, HTML)"},
        {"org.apache.pdfbox.", "ingest (Tika, OCR, HTML)"},
        {"org.casefile.pipeline.", "pipeline (hashing, file listing)"},
        {"org.casefile.cli.", "command line"},
        {"picocli.", "command line"},
    };

    /**
     * The stage of a stack.
     *
     * @param classes the frames' class names, innermost first
     * @param methods the frames' method names, same order
     */
    static String classify(List<String> classes, List<String> methods) {
        for (int i = 0; i < classes.size(); i++) {
            for (String[] l : LOAD) {
                if (classes.get(i).equals(l[0]) && methods.get(i).equals(l[1])) {
                    return MODEL_LOAD;
                }
            }
        }
        for (int i = 0; i < classes.size(); i++) {
            String cls = classes.get(i);
            for (String[] m : MARKERS) {
                if (cls.startsWith(m[0])) {
                    if (m[1].equals("regexner") && below(classes, i, "edu.stanford.nlp.pipeline.NERCombinerAnnotator")) {
                        return "ner: fine-grained (TokensRegexNER)";
                    }
                    if (m[1].equals("SUTime") && below(classes, i, "edu.stanford.nlp.pipeline.NERCombinerAnnotator")) {
                        return "ner: SUTime";
                    }
                    return m[1];
                }
            }
        }
        return "other";
    }

    /** Whether a frame of class {@code cls} is further out than frame {@code i}. */
    private static boolean below(List<String> classes, int i, String cls) {
        for (int j = i + 1; j < classes.size(); j++) {
            if (classes.get(j).equals(cls)) {
                return true;
            }
        }
        return false;
    }
}
