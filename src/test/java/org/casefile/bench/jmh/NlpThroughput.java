package org.casefile.bench.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.casefile.extract.DocumentExtraction;
import org.casefile.extract.RuleExtractor;
import org.casefile.extract.Rules;
import org.casefile.ingest.IngestOptions;
import org.casefile.ingest.IngestedDocument;
import org.casefile.ingest.SourceFile;
import org.casefile.ingest.TikaIngester;
import org.casefile.nlp.CoreNlpAnnotator;
import org.casefile.pipeline.SentenceSelection;
import org.casefile.pipeline.Settings;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The language layer plus extraction, one document per operation (documents/s), on the texts of
 * {@code -Dbench.jmh.input} (a folder of documents; default {@code corpus/}), ingested once in
 * the setup. JMH's warm-up iterations replace the benchmark's own wait for the JIT; run with
 * {@code -t 1} and {@code -t 2} for the scaling. The models load once per fork.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g", "-XX:+UseParallelGC"})
@Warmup(iterations = 10, time = 10)
@Measurement(iterations = 5, time = 10)
public class NlpThroughput {
    private CoreNlpAnnotator annotator;
    private RuleExtractor extractor;
    private List<IngestedDocument> documents;
    private final AtomicInteger next = new AtomicInteger();

    @Setup(Level.Trial)
    public void load() throws IOException {
        Path models = Settings.defaultModelsDir();
        Rules rules = Rules.load(models);
        annotator = new CoreNlpAnnotator(models, SentenceSelection.forRules(rules));
        extractor = new RuleExtractor(rules);
        documents = ingest(Path.of(System.getProperty("bench.jmh.input", "corpus")));
        if (documents.isEmpty()) {
            throw new IllegalStateException("no document ingested ok");
        }
    }

    static List<IngestedDocument> ingest(Path input) throws IOException {
        List<IngestedDocument> out = new ArrayList<>();
        try (TikaIngester ingester = new TikaIngester(IngestOptions.defaults()); Stream<Path> files = Files.walk(input)) {
            int n = 0;
            for (Path f : files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList()) {
                IngestedDocument d = ingester.ingest(new SourceFile(f, f.toString(), null), "d" + n++, null);
                if (d.isOk()) {
                    out.add(d);
                }
            }
        }
        return out;
    }

    /** The next document in turn (threads share the turn), annotated and extracted. */
    @Benchmark
    public DocumentExtraction annotateAndExtract() {
        IngestedDocument d = documents.get(Math.floorMod(next.getAndIncrement(), documents.size()));
        return extractor.extract(annotator.annotate(d));
    }
}
