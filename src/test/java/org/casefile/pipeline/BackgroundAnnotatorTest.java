package org.casefile.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.casefile.ingest.DocumentStatus;
import org.casefile.ingest.IngestOptions;
import org.casefile.nlp.AnnotatedDocument;
import org.casefile.nlp.ModelLoadException;
import org.casefile.support.TestPipelines;
import org.casefile.timeline.CaseFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Models that load in the background: files are ingested meanwhile; a failed load ends the run, not a document. */
class BackgroundAnnotatorTest {
    @TempDir
    Path tmp;

    private Settings settings(Path in) {
        return new Settings(List.of(in), null, TestPipelines.RULES, 2, IngestOptions.defaults());
    }

    @Test
    void aFailedLoadEndsTheRunWithItsFirstLine() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Oskarine Dubrec opened the kiosk.\n");
        Files.writeString(in.resolve("b.txt"), "Oskarine Dubrec closed the kiosk.\n");
        BackgroundAnnotator failing = new BackgroundAnnotator(() -> {
            throw new IllegalStateException("no regexner lists\nsecond line");
        });
        try (CasePipeline p = new CasePipeline(settings(in), failing)) {
            assertThatThrownBy(() -> p.run(List.of(in), org.casefile.pipeline.Progress.NONE))
                    .isInstanceOf(ModelLoadException.class).hasMessage("no regexner lists");
        }
        assertThatThrownBy(failing::awaitReady).isInstanceOf(ModelLoadException.class);
    }

    @Test
    void documentsAreIngestedWhileTheModelsLoadAndTheWaitIsNotTheirTime() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Oskarine Dubrec opened the kiosk.\n");
        CountDownLatch release = new CountDownLatch(1);
        BackgroundAnnotator slow = new BackgroundAnnotator(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return doc -> new AnnotatedDocument(doc, List.of(), List.of(), List.of());
        });
        // a deadline shorter than the load: the document must still be ok
        Settings s = new Settings(List.of(in), null, TestPipelines.RULES, 1,
                new IngestOptions(null, java.time.Duration.ofSeconds(2), IngestOptions.defaults().maxBytes(),
                        IngestOptions.DEFAULT_MAX_CHARS, "eng"));
        Thread releaser = new Thread(() -> {
            try {
                Thread.sleep(4000);
            } catch (InterruptedException e) {
                return;
            }
            release.countDown();
        });
        releaser.start();
        CaseFile c;
        try (CasePipeline p = new CasePipeline(s, slow)) {
            c = p.run(List.of(in), org.casefile.pipeline.Progress.NONE);
        }
        assertThat(c.documents()).hasSize(1);
        assertThat(c.documents().get(0).status()).isEqualTo(DocumentStatus.OK);
    }
}
