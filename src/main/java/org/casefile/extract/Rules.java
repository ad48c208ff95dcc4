package org.casefile.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The editable rule files under {@code models/}: event triggers, claim cues, aliases and the name
 * rules ({@link NameRules}). Loaded once
 * at start; a malformed line fails the start with its file and line number.
 */
public record Rules(List<Trigger> triggers, Map<String, Set<String>> cues, Map<String, String> aliasToCanonical,
        NameRules names) {

    /** A trigger: lemma sequence, the event type it reports, and the part of speech it must have. */
    public record Trigger(List<String> lemmas, String type, String pos) {
        public Trigger {
            lemmas = List.copyOf(lemmas);
        }

        public boolean posMatches(String tag) {
            return switch (pos) {
                case "V" -> tag.startsWith("VB");
                case "N" -> tag.startsWith("NN");
                default -> tag.startsWith("VB") || tag.startsWith("NN");
            };
        }
    }

    public Rules {
        triggers = List.copyOf(triggers);
        cues = Map.copyOf(cues);
        aliasToCanonical = Map.copyOf(aliasToCanonical);
        names = names == null ? NameRules.NONE : names;
    }

    public static Rules load(Path modelsDir) {
        List<Trigger> triggers = new ArrayList<>();
        for (String[] row : rows(modelsDir.resolve("event-triggers.txt"), 3)) {
            triggers.add(new Trigger(List.of(row[0].toLowerCase(Locale.ROOT).split("\\s+")), row[1], row[2]));
        }
        Map<String, Set<String>> cues = new HashMap<>();
        for (String[] row : rows(modelsDir.resolve("claim-cues.txt"), 2)) {
            cues.computeIfAbsent(row[0].toLowerCase(Locale.ROOT), k -> new HashSet<>()).add(row[1]);
        }
        Map<String, String> aliases = new HashMap<>();
        for (String[] row : rows(modelsDir.resolve("aliases.txt"), 2)) {
            for (int i = 1; i < row.length; i++) {
                aliases.put(NameKey.of(row[i]), row[0]);
            }
            aliases.put(NameKey.of(row[0]), row[0]);
        }
        return new Rules(triggers, cues, aliases, NameRules.load(modelsDir));
    }

    /** Whether {@code lemma} has cue role {@code role} (speech, allegation, finding). */
    public boolean isCue(String lemma, String role) {
        return cues.getOrDefault(lemma.toLowerCase(Locale.ROOT), Set.of()).contains(role);
    }

    /** The canonical name a listed alias stands for, or null. */
    public String canonicalFor(String name) {
        return aliasToCanonical.get(NameKey.of(name));
    }

    private static List<String[]> rows(Path file, int minColumns) {
        List<String[]> out = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule file " + file, e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < minColumns) {
                throw new IllegalStateException(file + ":" + (i + 1) + ": expected " + minColumns
                        + " tab-separated columns: " + line);
            }
            for (int c = 0; c < cols.length; c++) {
                cols[c] = cols[c].strip();
            }
            out.add(cols);
        }
        return out;
    }
}
