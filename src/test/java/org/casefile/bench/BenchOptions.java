package org.casefile.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Command-line options of {@link Benchmark}. */
final class BenchOptions {
    static final String USAGE = """
            usage: Benchmark [options]
              --input DIR        a folder (or file) to benchmark on; repeatable; replaces the default corpus
              --quick            CI-sized run: corpus/ only, 1 timed pass, no extra OCR set
              --passes N         timed passes per configuration, the median is reported (default 3; --quick: 1)
              --warmup N         untimed warm-up passes per stage before timing (default 1, at least 1)
              --max-warmup-rounds N  NLP-only stage: most untimed rounds (a 1- and a 2-thread pass each) while
                                 the JIT compiler still works, see ThreadSweep (default 30; --quick: 1)
              --json FILE        also write every figure (and each pass's time) as JSON
              --ocr-input DIR    scanned PDFs for the OCR pages/s row, Tika stage only; repeatable
                                 (default without --quick: <shared>/corpus/court-pdfs/scanned when present)
              --no-ocr-extra     no extra OCR set (only the scanned files of the corpus itself)
              --skip-default     do not run CoreNLP's default pipeline (no ratio)
              --profile-ms N     stack-sampling interval for the where-the-time-goes table (default 20; 0 = off)
              --whole-process    the whole-process mode instead: CoreNLP's command line and ./casefile extract
                                 as separate processes timed with /usr/bin/time -v on a folder built under
                                 target/whole-process from <shared>'s development data (--passes runs each)
              --whole-docs N     documents in that folder (default 270)
              --jfr              whole-process mode: one more casefile run under JDK Flight Recorder, with the
                                 share of each stage of the whole run
              --corenlp-heap S   whole-process mode: CoreNLP's -Xmx (default 3g)
              --help
            Default corpus: corpus/, <shared>/corpus/court-pdfs/text_layer and the 30 MEANTIME Airbus
            articles converted from CAT XML to text (<shared> is -Dcasefile.shared, else ../shared).
            """;

    final List<Path> inputs = new ArrayList<>();
    final List<Path> ocrInputs = new ArrayList<>();
    boolean quick;
    int passes = -1;
    int warmup = 1;
    int maxWarmupRounds = -1;
    Path json;
    boolean noOcrExtra;
    boolean skipDefault;
    int profileMillis = 20;
    boolean help;
    boolean wholeProcess;
    int wholeDocs = 270;
    boolean jfr;
    String corenlpHeap = "3g";

    static BenchOptions parse(String[] args) {
        BenchOptions o = new BenchOptions();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--input" -> o.inputs.add(Path.of(value(args, ++i, a)));
                case "--ocr-input" -> o.ocrInputs.add(Path.of(value(args, ++i, a)));
                case "--quick" -> o.quick = true;
                case "--passes" -> o.passes = positive(value(args, ++i, a), a);
                case "--warmup" -> o.warmup = positive(value(args, ++i, a), a);
                case "--max-warmup-rounds" -> o.maxWarmupRounds = positive(value(args, ++i, a), a);
                case "--json" -> o.json = Path.of(value(args, ++i, a));
                case "--no-ocr-extra" -> o.noOcrExtra = true;
                case "--skip-default" -> o.skipDefault = true;
                case "--profile-ms" -> o.profileMillis = nonNegative(value(args, ++i, a), a);
                case "--whole-process" -> o.wholeProcess = true;
                case "--whole-docs" -> o.wholeDocs = positive(value(args, ++i, a), a);
                case "--jfr" -> o.jfr = true;
                case "--corenlp-heap" -> o.corenlpHeap = value(args, ++i, a);
                case "--help", "-h" -> o.help = true;
                default -> throw new IllegalArgumentException("unknown option: " + a);
            }
        }
        if (o.passes < 0) {
            o.passes = o.quick || o.wholeProcess ? 1 : 3;
        }
        if (o.maxWarmupRounds < 0) {
            o.maxWarmupRounds = o.quick ? 1 : 30;
        }
        return o;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int positive(String s, String option) {
        int n = nonNegative(s, option);
        if (n < 1) {
            throw new IllegalArgumentException(option + " must be at least 1");
        }
        return n;
    }

    private static int nonNegative(String s, String option) {
        try {
            int n = Integer.parseInt(s);
            if (n < 0) {
                throw new IllegalArgumentException(option + " must not be negative");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, not " + s, e);
        }
    }
}
