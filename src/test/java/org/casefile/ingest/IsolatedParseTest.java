package org.casefile.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parses in child JVMs: the same documents as in this process; a parse past its deadline is
 * stopped for real (its process is gone); a crashed or out-of-memory parse fails its document,
 * and the next one parses in a new child.
 */
class IsolatedParseTest {
    private static final String LINE = "Orlent Saffrey signed the Midhallow lease on 2 October 2020.";

    @TempDir
    Path dir;

    private static IngestOptions timeout(Duration d) {
        return new IngestOptions(null, d, IngestOptions.DEFAULT_MAX_BYTES, IngestOptions.DEFAULT_MAX_CHARS, "eng");
    }

    private static List<IngestedDocument> ingestAll(TikaIngester ingester, Path file) throws IOException {
        String sha = TestFiles.sha256(file);
        return ingester.ingestAll(new SourceFile(file, file.getFileName().toString(), null), TestFiles.idOf(sha), sha);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aChildGivesWhatThisProcessGives() throws IOException {
        Path pdf = TestFiles.pdf(dir.resolve("lease.pdf"), List.of(List.of("LEASE", LINE), List.of("Signed.")));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("lease.pdf"));
            zip.write(Files.readAllBytes(pdf));
            zip.closeEntry();
        }
        Path zip = Files.write(dir.resolve("lease.zip"), bytes.toByteArray());
        try (TikaIngester here = new TikaIngester(timeout(Duration.ofSeconds(60)), false, null, null, false);
                TikaIngester child = new TikaIngester(timeout(Duration.ofSeconds(60)), false, null, null, true)) {
            for (Path f : List.of(pdf, zip)) {
                List<IngestedDocument> a = ingestAll(here, f);
                List<IngestedDocument> b = ingestAll(child, f);
                assertThat(b).isEqualTo(a);
            }
            assertThat(ingestAll(child, zip)).extracting(IngestedDocument::path, IngestedDocument::status)
                    .containsExactly(tuple("lease.zip", DocumentStatus.SKIPPED), tuple("lease.zip!/lease.pdf", DocumentStatus.OK));
            // one long-lived child served every parse (the zip was unpacked here, its PDF parsed there)
            assertThat(child.processes().pids()).hasSize(1);
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aParsePastItsDeadlineIsKilled() throws IOException {
        Path big = TestFiles.pagesPdf(dir.resolve("filing.pdf"), 300);
        try (TikaIngester child = new TikaIngester(timeout(Duration.ofMillis(300)), false, null, null, true)) {
            child.processes().warm();
            List<Long> pids = child.processes().pids();
            assertThat(pids).hasSize(1);
            long t0 = System.nanoTime();
            IngestedDocument d = ingestAll(child, big).get(0);
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertThat(d.status()).isEqualTo(DocumentStatus.FAILED);
            assertThat(d.error()).isEqualTo("timed out after 0.3 s in the parse");
            assertThat(seconds).isLessThan(3);
            // the process that parsed is gone at once, not left parsing in the background
            assertThat(child.processes().pids()).isEmpty();
            assertThat(ProcessHandle.of(pids.get(0)).map(p -> p.onExit().join().isAlive()).orElse(false)).isFalse();
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aCrashedChildFailsItsDocumentAndTheNextParseGetsANewOne() throws Exception {
        Path big = TestFiles.pagesPdf(dir.resolve("filing.pdf"), 2000);
        Path small = TestFiles.pdf(dir.resolve("lease.pdf"), List.of(List.of(LINE)));
        try (TikaIngester child = new TikaIngester(timeout(Duration.ofSeconds(60)), false, null, null, true)) {
            child.processes().warm();
            List<Long> pids = child.processes().pids();
            Thread killer = new Thread(() -> {
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
                pids.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
            });
            killer.start();
            IngestedDocument d = ingestAll(child, big).get(0);
            killer.join();
            assertThat(d.status()).isEqualTo(DocumentStatus.FAILED);
            assertThat(d.error()).isEqualTo("could not parse: the parser crashed (exit code 137)");
            IngestedDocument next = ingestAll(child, small).get(0);
            assertThat(next.status()).isEqualTo(DocumentStatus.OK);
            assertThat(next.text()).isEqualTo(LINE);
            assertThat(child.processes().pids()).isNotEmpty().doesNotContainAnyElementsOf(pids);
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void anOutOfMemoryParseFailsItsDocumentNotThisProcess() throws IOException {
        Path big = TestFiles.pagesPdf(dir.resolve("filing.pdf"), 2000);
        String old = System.getProperty("casefile.parseHeap");
        System.setProperty("casefile.parseHeap", "16m");
        try (TikaIngester child = new TikaIngester(timeout(Duration.ofSeconds(60)), false, null, null, true)) {
            IngestedDocument d = ingestAll(child, big).get(0);
            assertThat(d.status()).isEqualTo(DocumentStatus.FAILED);
            assertThat(d.error()).isEqualTo("ran out of memory while parsing");
        } finally {
            if (old == null) {
                System.clearProperty("casefile.parseHeap");
            } else {
                System.setProperty("casefile.parseHeap", old);
            }
        }
    }

    @Test
    void theChildFindsCasefileEvenWhenOnlyItsLibrariesAreOnTheClassPath() {
        // a Spark executor: the application jar is in a class loader of its own, java.class.path names the libraries
        assertThat(ParserProcesses.withEntry("/srv/tool/lib/*", Path.of("/srv/work/app-7/casefile.jar")))
                .isEqualTo("/srv/work/app-7/casefile.jar:/srv/tool/lib/*");
        assertThat(ParserProcesses.withEntry("", Path.of("/srv/work/app-7/casefile.jar"))).isEqualTo("/srv/work/app-7/casefile.jar");
        // already there (as the launcher and the tests start it): unchanged
        assertThat(ParserProcesses.withEntry("/srv/tool/casefile.jar:/srv/tool/lib/*", Path.of("/srv/tool/./casefile.jar")))
                .isEqualTo("/srv/tool/casefile.jar:/srv/tool/lib/*");
        assertThat(ParserProcesses.childClassPath()).isEqualTo(System.getProperty("java.class.path"));
    }

}
