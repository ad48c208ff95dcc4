package org.casefile.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.casefile.ingest.Citation;
import org.casefile.ingest.DocumentStatus;
import org.casefile.ingest.IngestedDocument;
import org.casefile.ingest.PageMap;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link IngestedDocument#cite} near the end of a long text (a filing of {@code chars} characters
 * on 300 pages): the offset conversion used to count code points from the start of the text.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CiteThroughput {
    @Param({"1000000"})
    int chars;
    private IngestedDocument document;

    @Setup(Level.Trial)
    public void build() {
        StringBuilder sb = new StringBuilder(chars);
        String sentence = "The clerk of Vantry County stamped the motion on page ";
        while (sb.length() < chars) {
            sb.append(sentence).append(sb.length() % 997).append(".\n");
        }
        String text = sb.substring(0, chars);
        java.util.List<Integer> pages = new java.util.ArrayList<>();
        for (int p = 0; p < 300; p++) {
            pages.add((int) ((long) chars * p / 300));
        }
        document = new IngestedDocument("d1", "filing.pdf", null, "application/pdf", null, null, null, new PageMap(pages),
                text, false, DocumentStatus.OK, null, null, null);
    }

    @Benchmark
    public Citation citeNearTheEnd() {
        int begin = chars - 200;
        return document.cite(begin, begin + 40);
    }
}
