package org.casefile.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One temporary folder per run: removed at close, and at the next start when a killed run left it. */
class RunTempTest {
    @TempDir
    Path base;

    @Test
    void aKilledRunsFolderIsRemovedAtTheNextStartAndALiveRunsIsKept() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path stale = Files.createDirectories(base.resolve(RunTemp.PREFIX + gone.pid() + "-123"));
        Files.writeString(Files.createDirectories(stale.resolve("mail1")).resolve("attachment.txt"), "x");
        Path outside = Files.writeString(base.resolve("keep-me.txt"), "not the run's");
        Files.createSymbolicLink(stale.resolve("link"), outside);
        Path live = Files.createDirectories(base.resolve(RunTemp.PREFIX + ProcessHandle.current().pid() + "-456"));
        Path unrelated = Files.createDirectories(base.resolve("casefile-runner"));

        try (RunTemp run = RunTemp.create(base)) {
            assertThat(stale).doesNotExist();
            assertThat(outside).hasContent("not the run's"); // the link was deleted, not followed
            assertThat(live).isDirectory();
            assertThat(unrelated).isDirectory();
            assertThat(run.dir()).isDirectory().hasParent(base);
            assertThat(run.dir().getFileName().toString()).startsWith(RunTemp.PREFIX + ProcessHandle.current().pid() + "-");
            Files.writeString(Files.createDirectories(run.dir().resolve("mail2")).resolve("a.eml"), "y");
            Path own = run.dir();
            run.close();
            assertThat(own).doesNotExist();
        }
    }

    @Test
    void aPipelineRemovesItsFolderWhenItCloses() throws IOException {
        String before = String.join(",", folders());
        var settings = new Settings(java.util.List.of(base), null, org.casefile.support.TestPipelines.RULES, 1,
                org.casefile.ingest.IngestOptions.defaults());
        try (CasePipeline p = new CasePipeline(settings, doc -> {
            throw new AssertionError("not called");
        })) {
            assertThat(folders()).hasSizeGreaterThan(before.isEmpty() ? 0 : before.split(",").length);
        }
        assertThat(String.join(",", folders())).isEqualTo(before);
    }

    private static java.util.List<String> folders() throws IOException {
        String mine = RunTemp.PREFIX + ProcessHandle.current().pid() + "-";
        try (var s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(mine)).sorted().toList();
        }
    }
}
