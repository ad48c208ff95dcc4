package org.casefile.bench;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Number formatting shared by the benchmark's tables and JSON. */
final class Fmt {
    static final double MB = 1024.0 * 1024.0;

    private Fmt() {
    }

    static double round(double x, int digits) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        double f = Math.pow(10, digits);
        return Math.round(x * f) / f;
    }

    static long mb(long bytes) {
        return Math.round(bytes / MB);
    }

    static String fmt(double x, int digits) {
        return String.format(Locale.ROOT, "%." + digits + "f", x);
    }

    /** docs/s and similar: 3 significant-ish digits. */
    static String rate(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return "-";
        }
        if (x >= 100) {
            return String.format(Locale.ROOT, "%,.0f", x);
        }
        if (x >= 10) {
            return fmt(x, 1);
        }
        return fmt(x, 2);
    }

    static String pct(Long n, long total) {
        return n == null || total == 0 ? "" : fmt(100.0 * n / total, 1) + " %";
    }

    static String x(double v) {
        return fmt(v, 2) + "x";
    }

    static String loadText(double[] l) {
        return l == null ? "?" : String.format(Locale.ROOT, "%.2f %.2f %.2f", l[0], l[1], l[2]);
    }

    static String cpuText(double[] cpu) {
        return cpu == null ? "?" : String.format(Locale.ROOT, "this JVM %.2f, other processes %.2f", cpu[0], cpu[1]);
    }

    static Map<String, Object> cpuJson(double[] cpu) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("this_jvm", cpu == null ? null : round(cpu[0], 2));
        m.put("other_processes_incl_tesseract", cpu == null ? null : round(cpu[1], 2));
        return m;
    }
}
