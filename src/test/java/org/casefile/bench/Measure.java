package org.casefile.bench;

import static org.casefile.bench.Fmt.round;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.casefile.bench.Benchmark.Stats;

/** Measured passes of one configuration. */
record Measure(int threads, List<Double> seconds, List<Double> cpuSeconds, List<Double> jitCpuSeconds,
        int warmupRounds, int docs, long tokens) {
    static List<Measure> of(List<ThreadSweep.Timings> timings, int docs, long tokens) {
        return timings.stream().map(t -> new Measure(t.threads(), t.seconds(), t.cpuSeconds(), t.jitCpuSeconds(),
                t.warmupRounds(), docs, tokens)).toList();
    }

    double median() {
        return Stats.median(seconds);
    }

    /** Median CPU seconds (this JVM, all its threads, plus tesseract) per pass. */
    double cpuMedian() {
        return Stats.median(cpuSeconds);
    }

    /** Median CPU seconds per pass of the JIT compiler threads (-1 where unknown). */
    double jitMedian() {
        return Stats.median(jitCpuSeconds);
    }

    double tokensPerCpuSecond() {
        return tokens / cpuMedian();
    }

    double docsPerSecond() {
        return docs / median();
    }

    double tokensPerSecond() {
        return tokens / median();
    }

    Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("threads", threads);
        m.put("pass_seconds", seconds.stream().map(x -> round(x, 3)).toList());
        m.put("median_seconds", round(median(), 3));
        m.put("docs_per_second", round(docsPerSecond(), 3));
        m.put("tokens_per_second", Math.round(tokensPerSecond()));
        m.put("pass_cpu_seconds", cpuSeconds.stream().map(x -> round(x, 3)).toList());
        m.put("median_cpu_seconds", round(cpuMedian(), 3));
        m.put("tokens_per_cpu_second", Math.round(tokensPerCpuSecond()));
        m.put("pass_jit_compiler_cpu_seconds", jitCpuSeconds.stream().map(x -> round(x, 3)).toList());
        m.put("median_jit_compiler_cpu_seconds", round(jitMedian(), 3));
        m.put("warmup_rounds_until_jit_settled", warmupRounds);
        return m;
    }
}
