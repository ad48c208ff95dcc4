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
import org.casefile.domain.ContractValue;
import org.casefile.domain.EventType;

/**
 * The editable rule files under {@code models/}: event triggers with their senses, the word
 * classes the senses name, the cues of an event's polarity and modality, claim cues, aliases and
 * the name rules ({@link NameRules}). Loaded once at start; a malformed line fails the start with
 * its file and line number.
 *
 * @param wordClasses class name ("court") to its lemmas ({@code word-classes.txt})
 * @param modalityCues lemma to its roles ({@code event-modality.txt}: negation, hypothetical, ...)
 * @param titleAbbreviations an abbreviated title ("sen") to the role words it stands for ("senator";
 *     {@code title-abbreviations.txt})
 * @param bodyMembers an elected or appointed body ("senate") to the role words of its members
 *     ("senator"; {@code body-members.txt})
 */
public record Rules(List<Trigger> triggers, Map<String, Set<String>> cues, Map<String, String> aliasToCanonical,
        NameRules names, Map<String, Set<String>> wordClasses, Map<String, Set<String>> modalityCues,
        Map<String, List<String>> titleAbbreviations, Map<String, List<String>> bodyMembers) {

    /**
     * A trigger: lemma sequence, the event type it reports, the part of speech it must have, and
     * the sense it needs: the word class its subject or object must belong to ("court"), {@code
     * none} for no object, and whether an infinitive must ({@code yes}) or must not ({@code no})
     * follow it ("moved to dismiss"); {@code noModifier}: a noun that modifies another noun ("death
     * penalty", "trial judge") is no event; {@code post}: the word class of the post its object is
     * given ("named Ann Lee chief executive", "was named to the board"), without which it is no event;
     * {@code noPassive}: the verb in the passive or as a participle after its noun is no event
     * ("messages left at his office"); {@code notAfter}: the word class of a noun or adjective right
     * before the noun that makes it another sense ("migraine attacks", "a clinical trial"); {@code
     * oblique}: the word class of the head of a phrase of "in", "before" or "at" right after the verb
     * ("appeared in court", "is due to appear before Judge Ann Lee"), without which it is no event;
     * {@code onlyPassive}: only the verb in the passive or as a participle after its noun is an event
     * ("three people were hurt", "a dozen hurt"; not "hurt sales"); {@code cause}: the word class the
     * subject (the "by" agent of a passive) must be of, and a subject must be there ("was killed by a
     * falling tree" is a death; "was killed" alone is not).
     */
    public record Trigger(List<String> lemmas, EventType type, String pos, String subject, String object,
            String infinitive, boolean noModifier, String post, boolean noPassive, String notAfter, String oblique,
            boolean onlyPassive, String cause, boolean noBelief) {
        public Trigger {
            lemmas = List.copyOf(lemmas);
        }

        public Trigger(List<String> lemmas, EventType type, String pos, String subject, String object,
                String infinitive, boolean noModifier, String post, boolean noPassive, String notAfter, String oblique,
                boolean onlyPassive, String cause) {
            this(lemmas, type, pos, subject, object, infinitive, noModifier, post, noPassive, notAfter, oblique, onlyPassive,
                    cause, false);
        }

        public Trigger(List<String> lemmas, EventType type, String pos, String subject, String object,
                String infinitive, boolean noModifier, String post, boolean noPassive, String notAfter, String oblique) {
            this(lemmas, type, pos, subject, object, infinitive, noModifier, post, noPassive, notAfter, oblique, false, null);
        }

        public Trigger(List<String> lemmas, EventType type, String pos, String subject, String object,
                String infinitive, boolean noModifier, String post, boolean noPassive, String notAfter) {
            this(lemmas, type, pos, subject, object, infinitive, noModifier, post, noPassive, notAfter, null);
        }

        public Trigger(List<String> lemmas, EventType type, String pos, String subject, String object,
                String infinitive, boolean noModifier, String post) {
            this(lemmas, type, pos, subject, object, infinitive, noModifier, post, false, null);
        }

        public Trigger(List<String> lemmas, EventType type, String pos, String subject, String object,
                String infinitive, boolean noModifier) {
            this(lemmas, type, pos, subject, object, infinitive, noModifier, null);
        }

        public Trigger(List<String> lemmas, EventType type, String pos) {
            this(lemmas, type, pos, null, null, null, false, null);
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
        wordClasses = Map.copyOf(wordClasses);
        modalityCues = Map.copyOf(modalityCues);
        titleAbbreviations = Map.copyOf(titleAbbreviations);
        bodyMembers = bodyMembers == null ? Map.of() : Map.copyOf(bodyMembers);
    }

    public static Rules load(Path modelsDir) {
        Map<String, Set<String>> classes = new HashMap<>();
        Path classFile = modelsDir.resolve("word-classes.txt");
        if (Files.exists(classFile)) {
            for (String[] row : rows(classFile, 2)) {
                classes.computeIfAbsent(row[1].toLowerCase(Locale.ROOT), k -> new HashSet<>()).add(row[0].toLowerCase(Locale.ROOT));
            }
        }
        Map<String, Set<String>> modality = new HashMap<>();
        Path modalityFile = modelsDir.resolve("event-modality.txt");
        if (Files.exists(modalityFile)) {
            for (String[] row : rows(modalityFile, 2)) {
                modality.computeIfAbsent(row[0].toLowerCase(Locale.ROOT), k -> new HashSet<>()).add(row[1].toLowerCase(Locale.ROOT));
            }
        }
        List<Trigger> triggers = new ArrayList<>();
        Path triggerFile = modelsDir.resolve("event-triggers.txt");
        for (String[] row : rows(triggerFile, 3)) {
            String where = triggerFile + ": trigger \"" + row[0] + "\": ";
            EventType type = ContractValue.find(EventType.class, row[1].strip().toLowerCase(Locale.ROOT))
                    .orElseThrow(() -> new IllegalStateException(where + "unknown event type \"" + row[1] + "\" (known: "
                            + java.util.Arrays.toString(EventType.values()) + ")"));
            if (!Set.of("V", "N", "any").contains(row[2])) {
                throw new IllegalStateException(where + "part of speech must be V, N or any, not " + row[2]);
            }
            String subject = null;
            String object = null;
            String infinitive = null;
            boolean noModifier = false;
            String post = null;
            boolean noPassive = false;
            boolean onlyPassive = false;
            String cause = null;
            String notAfter = null;
            String oblique = null;
            boolean noBelief = false;
            for (int c = 3; c < row.length; c++) {
                for (String kv : row[c].split("\\s+")) {
                    String[] p = kv.split("=", 2);
                    if (p.length != 2 || p[1].isEmpty()) {
                        throw new IllegalStateException(where + "expected key=value, not " + kv);
                    }
                    switch (p[0]) {
                        case "subject" -> subject = knownClass(where, p[1], "!", classes);
                        case "object" -> object = p[1].equals("none") ? "none" : knownClass(where, p[1], "!", classes);
                        case "infinitive" -> {
                            if (!p[1].equals("yes") && !p[1].equals("no")) {
                                throw new IllegalStateException(where + "infinitive must be yes or no");
                            }
                            infinitive = p[1];
                        }
                        case "modifier" -> {
                            if (!p[1].equals("no")) {
                                throw new IllegalStateException(where + "modifier can only be no");
                            }
                            noModifier = true;
                        }
                        // "found him not guilty": the negated post
                        case "post" -> post = knownClass(where, p[1], "not-", classes);
                        case "passive" -> {
                            if (!p[1].equals("no") && !p[1].equals("only")) {
                                throw new IllegalStateException(where + "passive must be no or only");
                            }
                            noPassive = p[1].equals("no");
                            onlyPassive = p[1].equals("only");
                        }
                        case "cause" -> cause = knownClass(where, p[1], classes);
                        // "his conviction that the plan would work", "spoke with conviction": a belief, no act
                        case "belief" -> {
                            if (!p[1].equals("no")) {
                                throw new IllegalStateException(where + "belief can only be no");
                            }
                            noBelief = true;
                        }
                        case "premodifier" -> {
                            if (!p[1].startsWith("!")) {
                                throw new IllegalStateException(where + "premodifier can only be !CLASS");
                            }
                            notAfter = knownClass(where, p[1].substring(1), classes);
                        }
                        // "oblique=for:relief", "oblique=!for:relief": a phrase of that one preposition
                        case "oblique" -> {
                            int colon = p[1].indexOf(':');
                            oblique = colon < 0 ? knownClass(where, p[1], classes)
                                    : p[1].substring(0, colon + 1) + knownClass(where, p[1].substring(colon + 1), classes);
                        }
                        default -> throw new IllegalStateException(where + "unknown constraint " + p[0]
                                + " (known: subject, object, infinitive, modifier, post, passive, premodifier, oblique, cause, belief)");
                    }
                }
            }
            triggers.add(new Trigger(List.of(row[0].toLowerCase(Locale.ROOT).split("\\s+")), type, row[2], subject,
                    object, infinitive, noModifier, post, noPassive, notAfter, oblique, onlyPassive, cause, noBelief));
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
        Map<String, List<String>> abbreviations = roleWords(modelsDir.resolve("title-abbreviations.txt"));
        Path membersFile = modelsDir.resolve("body-members.txt");
        Map<String, List<String>> members = Files.exists(membersFile) ? roleWords(membersFile) : Map.of();
        return new Rules(triggers, cues, aliases, NameRules.load(modelsDir), classes, modality, abbreviations, members);
    }

    /** A list of a word and the role words it stands for, one row each, all in small letters ("sen" → "senator"). */
    private static Map<String, List<String>> roleWords(Path file) {
        Map<String, List<String>> out = new HashMap<>();
        for (String[] row : rows(file, 2)) {
            out.put(row[0].toLowerCase(Locale.ROOT),
                    List.of(row).subList(1, row.length).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
        }
        return out;
    }

    /** A class name, perhaps after a prefix that negates it ("!figurative", "not-guilt"), as written, once the class is known. */
    private static String knownClass(String where, String value, String negation, Map<String, Set<String>> classes) {
        return value.startsWith(negation) ? negation + knownClass(where, value.substring(negation.length()), classes)
                : knownClass(where, value, classes);
    }

    private static String knownClass(String where, String name, Map<String, Set<String>> classes) {
        if (!classes.containsKey(name)) {
            throw new IllegalStateException(where + "no word class \"" + name + "\" in word-classes.txt");
        }
        return name;
    }

    /** Whether a lemma belongs to a word class of {@code word-classes.txt}. */
    public boolean inClass(String lemma, String wordClass) {
        return wordClasses.getOrDefault(wordClass, Set.of()).contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Whether a token belongs to a word class by its lemma or as written ("judges" by "judge", "Court" as listed). */
    public boolean inClass(org.casefile.nlp.Token t, String wordClass) {
        return t.lemma() != null && inClass(t.lemma(), wordClass) || inClass(t.word(), wordClass);
    }

    /** Whether a lemma has a role in {@code event-modality.txt} (negation, hypothetical, ...). */
    public boolean isModalityCue(String lemma, String role) {
        return modalityCues.getOrDefault(lemma.toLowerCase(Locale.ROOT), Set.of()).contains(role);
    }

    /** Whether a phrase ("rule out") is listed in {@code event-modality.txt} with any role. */
    public boolean isModalityPhrase(String phrase) {
        return modalityCues.containsKey(phrase.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code lemma} is a cue of who said what in any role (a verb of speech, stance or refusal). */
    public boolean isAnyCue(String lemma) {
        return cues.containsKey(lemma.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code lemma} has cue role {@code role} (speech, allegation, finding). */
    public boolean isCue(String lemma, String role) {
        return cues.getOrDefault(lemma.toLowerCase(Locale.ROOT), Set.of()).contains(role);
    }

    /** The canonical name a listed alias stands for, or null. */
    public String canonicalFor(String name) {
        return aliasToCanonical.get(NameKey.of(name));
    }

    /** The tab-separated rows of a rule file, stripped; comments and blank lines skipped. */
    static List<String[]> rows(Path file, int minColumns) {
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
