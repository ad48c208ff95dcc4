package org.casefile.pipeline.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.casefile.output.CaseJsonLines;
import org.casefile.output.CaseJsonWriter;
import org.casefile.support.TestPipelines;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A real Spark standalone cluster on this machine: a master and two workers, each its own JVM on
 * 127.0.0.1, started from a Spark home assembled under {@code target/spark-home} from the jars
 * Maven resolved (nothing installed). The job is submitted by a driver JVM running
 * {@code casefile extract --engine spark --master spark://127.0.0.1:PORT} (as {@code ./casefile}
 * does); the executors get our classes and libraries on {@code spark.executor.extraClassPath},
 * as on a cluster whose nodes all hold the same casefile folder.
 *
 * <p>Always (the short form CI runs): one worker and its executor are killed while the job
 * runs, and the output is still the local engine's case, every document once. With
 * {@code -Dcasefile.cluster=full}, first a run without failure must give the same output.
 * Each run loads the models once per executor (two executors), so a run costs about two model
 * loads of CPU.
 */
class SparkClusterTest {
    private static final Path TARGET = Path.of("target").toAbsolutePath();
    private static final List<Process> DAEMONS = new ArrayList<>();
    private static Path home;
    private static Path logs;
    private static int masterPort;

    @BeforeAll
    static void startCluster() throws Exception {
        assumeTrue(Files.isRegularFile(TARGET.resolve("spark.classpath")) && Files.isRegularFile(TARGET.resolve("runtime.classpath")),
                "run through Maven (target/spark.classpath is written at generate-resources)");
        home = TARGET.resolve("spark-home");
        logs = Files.createDirectories(TARGET.resolve("spark-cluster"));
        try (Stream<Path> old = Files.walk(logs)) {
            for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!p.equals(logs)) {
                    Files.delete(p);
                }
            }
        }
        assembleHome();
        masterPort = freePort();
        DAEMONS.add(daemon("master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port",
                String.valueOf(masterPort), "--webui-port", String.valueOf(freePort())));
        waitFor(() -> portOpen(masterPort), 120, "the master to listen");
        for (int w = 1; w <= 2; w++) {
            DAEMONS.add(daemon("worker" + w, "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1", "--cores", "1",
                    "--memory", "2g", "--webui-port", String.valueOf(freePort()),
                    "--work-dir", Files.createDirectories(logs.resolve("work" + w)).toString(), masterUrl()));
        }
        waitFor(() -> count(logs.resolve("master.log"), "Registering worker") >= 2, 120, "two workers to register");
    }

    @AfterAll
    static void stopCluster() {
        for (Process p : DAEMONS) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }

    private static String masterUrl() {
        return "spark://127.0.0.1:" + masterPort;
    }

    /** target/spark-home/jars: Spark's jars (links into ~/.m2), and the ones it shares with us. */
    private static void assembleHome() throws IOException {
        Path jars = Files.createDirectories(home.resolve("jars"));
        for (String list : List.of("spark.classpath", "spark-shared.classpath")) {
            for (String jar : Files.readString(TARGET.resolve(list)).strip().split(File.pathSeparator)) {
                Path link = jars.resolve(Path.of(jar).getFileName());
                if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.createSymbolicLink(link, Path.of(jar));
                }
            }
        }
    }

    private static List<String> java(String heap, String classpath, String main) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap));
        cmd.addAll(List.of(System.getProperty("casefile.spark.jvm", "").split(" ")).stream().filter(s -> !s.isBlank()).toList());
        cmd.addAll(List.of("-cp", classpath, main));
        return cmd;
    }

    private static Process daemon(String name, String main, String... args) throws IOException {
        List<String> cmd = java("-Xmx256m", home.resolve("jars") + "/*", main);
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(logs.resolve(name + ".log").toFile());
        env(pb.environment());
        return pb.start();
    }

    private static void env(Map<String, String> env) {
        env.put("SPARK_HOME", home.toString());
        env.put("SPARK_SCALA_VERSION", "2.13");
        env.put("SPARK_LOCAL_IP", "127.0.0.1");
        env.put("SPARK_CONF_DIR", home.resolve("conf").toString());
    }

    /** A driver JVM: casefile extract --engine spark on the cluster. */
    private static Process submit(Path out, String name) throws IOException {
        String ours = TARGET.resolve("classes") + File.pathSeparator + Files.readString(TARGET.resolve("runtime.classpath")).strip();
        String driverCp = ours + File.pathSeparator + Files.readString(TARGET.resolve("spark.classpath")).strip();
        List<String> cmd = java("-Xmx1g", driverCp, "org.casefile.cli.Main");
        cmd.addAll(1, List.of("-Dspark.executor.extraClassPath=" + ours, "-Dspark.executor.memory=2g", "-Dspark.cores.max=2",
                "-Dspark.driver.host=127.0.0.1", "-Dorg.slf4j.simpleLogger.defaultLogLevel=info"));
        cmd.addAll(List.of("extract", "--engine", "spark", "--master", masterUrl(), "--models",
                TestPipelines.RULES.toAbsolutePath().toString(), "-o", out.toString(), TestPipelines.CORPUS.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(logs.resolve(name + ".log").toFile());
        env(pb.environment());
        return pb.start();
    }

    private static void checkOutput(Path out) throws IOException {
        JsonNode whole = CaseJsonWriter.mapper().readTree(out.resolve(CaseJsonLines.CASE_JSON).toFile());
        JsonNode local = TestPipelines.json(TestPipelines.corpusCase(), false);
        assertThat(SparkLocalEngineTest.withoutCreatedAt(whole)).isEqualTo(SparkLocalEngineTest.withoutCreatedAt(local));
        assertThat(SparkLocalEngineTest.withoutCreatedAt(CaseJsonLines.read(out))).isEqualTo(SparkLocalEngineTest.withoutCreatedAt(whole));
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(out.resolve("documents"))) {
            for (Path p : parts.filter(p -> p.getFileName().toString().endsWith(".jsonl")).toList()) {
                lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
            }
        }
        List<String> ids = lines.stream().map(l -> l.replaceAll("^\\{\"id\":\"([^\"]+)\".*", "$1")).toList();
        assertThat(ids).hasSize(7);
        assertThat(new HashSet<>(ids)).hasSize(7);
    }

    @Test
    void aJobOnTwoWorkersGivesTheLocalCaseEvenWhenAWorkerDiesMidJob() throws Exception {
        if ("full".equals(System.getProperty("casefile.cluster"))) {
            Path clean = TARGET.resolve("spark-cluster/out-clean");
            Process driver = submit(clean, "driver-clean");
            assertThat(driver.waitFor(15, TimeUnit.MINUTES)).as("driver finished").isTrue();
            assertThat(driver.exitValue()).as("exit code, see target/spark-cluster/driver-clean.log").isZero();
            checkOutput(clean);
        }
        Path out = TARGET.resolve("spark-cluster/out-kill");
        Process driver = submit(out, "driver-kill");
        // as soon as one executor has its models and is analysing, its worker and the executor die
        Process victim = null;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (victim == null && driver.isAlive() && System.nanoTime() < deadline) {
            for (int w = 1; w <= 2 && victim == null; w++) {
                if (logContains(logs.resolve("work" + w), "CoreNLP models loaded")) {
                    victim = DAEMONS.get(w);
                }
            }
            Thread.sleep(200);
        }
        assertThat(victim).as("an executor loaded its models while the job ran").isNotNull();
        victim.descendants().forEach(ProcessHandle::destroyForcibly);
        victim.destroyForcibly();
        assertThat(driver.waitFor(15, TimeUnit.MINUTES)).as("driver finished").isTrue();
        String log = Files.readString(logs.resolve("driver-kill.log"));
        assertThat(driver.exitValue()).as("exit code, see target/spark-cluster/driver-kill.log").isZero();
        assertThat(log).containsPattern("(?i)lost executor|executor .* (lost|removed)");
        checkOutput(out);
    }

    private static boolean logContains(Path dir, String text) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.getFileName().toString().equals("stderr")).anyMatch(p -> count(p, text) > 0);
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    private static long count(Path file, String text) {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1).split(java.util.regex.Pattern.quote(text), -1).length - 1;
        } catch (IOException e) {
            return 0;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static boolean portOpen(int port) {
        try (Socket s = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier ok, int seconds, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!ok.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what + " (logs in target/spark-cluster)");
            }
            Thread.sleep(250);
        }
    }
}
