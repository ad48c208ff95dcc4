package org.casefile.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.casefile.cli.Main;
import org.casefile.pipeline.CasePipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Outputs are replaced in one step, never left cut; two runs cannot write the same output at once. */
class AtomicOutputTest {
    private static final String PREVIOUS = "{\"schemaVersion\": \"1.1\", \"documents\": []}\n";

    @TempDir
    Path tmp;

    private List<Path> temps() throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void aRunKilledWhileWritingLeavesThePreviousFileIntactAndHoldsTheLockUntilItDies() throws Exception {
        Path target = Files.writeString(tmp.resolve("case.json"), PREVIOUS);
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                SlowWriterMain.class.getName(), target.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("writing");
            // mid-write: the new content is in a temporary file beside the target
            assertThat(temps()).hasSize(1);
            assertThat(Files.readString(temps().get(0))).startsWith("{\"schemaVersion\": \"1.1\", \"documents\": [");
            assertThat(Files.readString(target)).isEqualTo(PREVIOUS);

            // a second run cannot take the output while the first holds it: one line, exit 1, no model loaded
            int loads = CasePipeline.modelLoads();
            Path in = Files.writeString(tmp.resolve("note.txt"), "Idris Falk signed.\n");
            StringWriter err = new StringWriter();
            var cl = Main.commandLine();
            cl.setErr(new PrintWriter(err));
            cl.setOut(new PrintWriter(new StringWriter()));
            assertThat(cl.execute("extract", "-o", target.toString(), in.toString())).isEqualTo(1);
            assertThat(err.toString().lines().toList()).containsExactly("casefile extract: another run is writing "
                    + target + " (lock file " + tmp.resolve(".case.json.lock") + ")");
            assertThat(CasePipeline.modelLoads()).isEqualTo(loads);

            child.destroyForcibly(); // SIGKILL: no shutdown hook, no finally
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(Files.readString(target)).isEqualTo(PREVIOUS);
        assertThat(temps()).hasSize(1); // what the killed run left

        // the next run takes the lock (the OS released it), clears the leftover and writes
        try (OutputLock lock = OutputLock.acquire(OutputLock.besideOutput(target), target.toString())) {
            assertThat(OutputFiles.removeStaleTemps(target)).isEqualTo(1);
            OutputFiles.write(target, o -> o.write("{}\n".getBytes(StandardCharsets.UTF_8)));
        }
        assertThat(Files.readString(target)).isEqualTo("{}\n");
        assertThat(temps()).isEmpty();
    }

    @Test
    void aWriterThatFailsMidWriteLeavesThePreviousFileAndNoTemporaryFile() throws IOException {
        Path target = Files.writeString(tmp.resolve("report.html"), PREVIOUS);
        assertThatThrownBy(() -> OutputFiles.write(target, out -> {
            out.write("<!DOCTYPE html><html><body>half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readString(target)).isEqualTo(PREVIOUS);
        assertThat(temps()).isEmpty();
    }

    @Test
    void aNewFileIsReadableByOthersAndAnExistingOneKeepsItsPermissions() throws IOException {
        Path fresh = tmp.resolve("sub/new.json");
        OutputFiles.write(fresh, out -> out.write('x'));
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)))
                .isEqualTo("rw-r--r--");
        Path kept = Files.writeString(tmp.resolve("kept.json"), PREVIOUS);
        Files.setPosixFilePermissions(kept, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----"));
        OutputFiles.write(kept, out -> out.write('y'));
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)))
                .isEqualTo("rw-rw----");
        assertThat(Files.readString(kept)).isEqualTo("y");
    }

    @Test
    void theSameLockTwiceInOneProcessIsRefusedAndReleasedOnClose() throws IOException {
        Path state = tmp.resolve("state");
        try (OutputLock first = OutputLock.acquire(OutputLock.insideFolder(state), "the state folder")) {
            assertThatThrownBy(() -> OutputLock.acquire(OutputLock.insideFolder(state), "the state folder"))
                    .isInstanceOf(OutputLock.HeldException.class)
                    .hasMessage("another run is writing the state folder (lock file " + state.resolve(".lock") + ")");
        }
        try (OutputLock again = OutputLock.acquire(OutputLock.insideFolder(state), "the state folder")) {
            assertThat(state.resolve(".lock")).exists();
        }
    }
}
