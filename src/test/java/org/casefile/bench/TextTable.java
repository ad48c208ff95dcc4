package org.casefile.bench;

import java.util.ArrayList;
import java.util.List;

/** A Markdown table with padded columns (readable in a terminal, pasteable as is). */
final class TextTable {
    private final List<String> header;
    private final boolean[] right;
    private final List<List<String>> rows = new ArrayList<>();

    /** Column names; a name starting with '>' is right-aligned (the '>' is dropped). */
    TextTable(String... columns) {
        header = new ArrayList<>();
        right = new boolean[columns.length];
        for (int i = 0; i < columns.length; i++) {
            right[i] = columns[i].startsWith(">");
            header.add(right[i] ? columns[i].substring(1) : columns[i]);
        }
    }

    TextTable row(Object... cells) {
        List<String> r = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            r.add(i < cells.length && cells[i] != null ? cells[i].toString() : "");
        }
        rows.add(r);
        return this;
    }

    String render() {
        int[] w = new int[header.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = Math.max(3, header.get(i).length());
            for (List<String> r : rows) {
                w[i] = Math.max(w[i], r.get(i).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, header, w);
        sb.append('|');
        for (int i = 0; i < w.length; i++) {
            sb.append(right[i] ? " " + "-".repeat(w[i] - 1) + ": |" : " " + "-".repeat(w[i]) + " |");
        }
        sb.append('\n');
        for (List<String> r : rows) {
            line(sb, r, w);
        }
        return sb.toString();
    }

    private void line(StringBuilder sb, List<String> cells, int[] w) {
        sb.append('|');
        for (int i = 0; i < w.length; i++) {
            String c = cells.get(i);
            String pad = " ".repeat(w[i] - c.length());
            sb.append(' ').append(right[i] ? pad + c : c + pad).append(" |");
        }
        sb.append('\n');
    }
}
