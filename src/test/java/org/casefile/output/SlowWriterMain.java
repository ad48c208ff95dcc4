package org.casefile.output;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A child process for {@link AtomicOutputTest}: takes the output's lock, starts writing the
 * output, says so on stdout and hangs mid-write until it is killed.
 */
public final class SlowWriterMain {
    private SlowWriterMain() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        try (OutputLock lock = OutputLock.acquire(OutputLock.besideOutput(target), target.toString())) {
            OutputFiles.write(target, out -> {
                out.write("{\"schemaVersion\": \"1.1\", \"documents\": [".getBytes(StandardCharsets.UTF_8));
                out.flush();
                System.out.println("writing");
                System.out.flush();
                try {
                    Thread.sleep(120_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
    }
}
