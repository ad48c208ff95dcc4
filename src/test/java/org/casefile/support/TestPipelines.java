package org.casefile.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.casefile.extract.Rules;
import org.casefile.ingest.IngestOptions;
import org.casefile.nlp.CoreNlpAnnotator;
import org.casefile.output.CaseJsonWriter;
import org.casefile.pipeline.CasePipeline;
import org.casefile.pipeline.Progress;
import org.casefile.pipeline.SentenceSelection;
import org.casefile.pipeline.RuleOverlay;
import org.casefile.pipeline.Settings;
import org.casefile.timeline.CaseFile;

/**
 * What the tests share: one CoreNLP annotator per test JVM (models load once), the sample corpus
 * run once, and the JSON Schema validator of the output contract.
 */
public final class TestPipelines {
    /** The general rules, as shipped. */
    public static final Path MODELS = Path.of("models");
    /** The sample corpus's own rules (its small places and local organisations). */
    public static final Path SAMPLE_OVERLAY = Path.of("overlays", "sample-corpus");
    /**
     * The rules the tests run with: {@code models/} and the sample corpus's overlay, as the
     * README's quick start runs the corpus. Rule tests use invented names that neither holds.
     */
    public static final Path RULES = merged();
    public static final Path CORPUS = Path.of("corpus");

    private static Path merged() {
        try {
            return RuleOverlay.merge(MODELS, List.of(SAMPLE_OVERLAY));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class AnnotatorHolder {
        // the production selection: the tests see the tags and parses users get
        static final CoreNlpAnnotator ANNOTATOR = new CoreNlpAnnotator(RULES, SentenceSelection.forRules(Rules.load(RULES)));
    }

    private static final class CorpusHolder {
        static final CaseFile CASE = run(List.of(CORPUS), IngestOptions.defaults(), 2);
    }

    private static final class SchemaHolder {
        static final JsonSchema SCHEMA = load();

        private static JsonSchema load() {
            try (InputStream in = TestPipelines.class.getResourceAsStream("/schema/casefile-v1.schema.json")) {
                return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private TestPipelines() {
    }

    public static CoreNlpAnnotator annotator() {
        return AnnotatorHolder.ANNOTATOR;
    }

    /** The sample corpus's case, computed once per JVM. */
    public static CaseFile corpusCase() {
        return CorpusHolder.CASE;
    }

    public static CaseFile run(List<Path> inputs, IngestOptions options, int threads) {
        Settings settings = new Settings(inputs, null, RULES, threads, options);
        try (CasePipeline pipeline = new CasePipeline(settings, annotator())) {
            return pipeline.run(inputs, Progress.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The case as contract JSON. */
    public static JsonNode json(CaseFile c, boolean includeText) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new CaseJsonWriter(includeText).write(c, out);
            return CaseJsonWriter.mapper().readTree(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Schema violations of a case JSON (empty when valid). */
    public static Set<ValidationMessage> schemaErrors(JsonNode json) {
        return SchemaHolder.SCHEMA.validate(json);
    }

    /** The shared data folder beside the project, or null when absent (tests then skip). */
    public static Path shared() {
        Path p = Path.of(System.getProperty("casefile.shared", "../shared"));
        return java.nio.file.Files.isDirectory(p) ? p : null;
    }
}
