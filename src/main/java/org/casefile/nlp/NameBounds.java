package org.casefile.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where the CRF's name runs over its bounds or takes the wrong kind, mended on the tags in place
 * before mentions are read from them:
 * <ul>
 * <li>a name, a comma and the same name shortened are two mentions: "fought between Harlan and
 * Pellow Dyeworks, Pellow winning" had been one organisation "Pellow Dyeworks, Pellow";</li>
 * <li>an office's name after "of": "Assistant Secretary of the Navy for Procurement Ann Lee"
 * names the Navy, and "for Procurement" belongs to the title, not to the organisation;</li>
 * <li>a single word written with a capital inside it ("SkyDrover", "JetBlue") is a company's
 * name, never a person's, unless it opens with a surname's or given name's prefix ("McAllen",
 * "MacArthur", "DeShawn", "LaToya", "VanDyke");</li>
 * <li>a nationality of the lists the tagger took alone for an organisation, before a word in small
 * letters, is a nationality: "European planemaker Marvanta", "an Australian woman" (a regexner
 * list cannot say so: as a list "European" is cut out of "European Union" too).
 * "American", "Swiss", "Thai" and "Hawaiian" also name an airline alone and stay as tagged.</li>
 * </ul>
 */
final class NameBounds {
    private static final String ORGANIZATION = "ORGANIZATION";
    private static final String PERSON = "PERSON";
    private static final String TITLE = "TITLE";
    private static final String NATIONALITY = "NATIONALITY";

    /** How a name runs on inside a word ("SkyDrover"): a capital, small letters, a capital, small letters. */
    private static final java.util.regex.Pattern INNER_CAPITAL =
            java.util.regex.Pattern.compile("([A-Z][a-z]+)([A-Z][a-z]+)+");
    /** Prefixes of surnames and given names written with an inner capital ("MacArthur", "VanDyke", "DelRay"). */
    private static final Set<String> NAME_PREFIXES = Set.of("Mac", "Van", "Von", "Fitz", "Del", "Dal", "Des", "Den",
            "Der", "San", "Ter", "Ver", "Mary", "Ann", "Anne", "Lee", "Rose", "Sue", "Lou", "Kay", "Dee", "Jean",
            "Jay", "Joy", "Beth", "Betty", "Bobbie", "Kim", "Jan");

    private NameBounds() {
    }

    /** Nationalities that are also an airline's name alone ("American said it would cut flights"). */
    private static final Set<String> AIRLINE_NATIONALITIES = Set.of("American", "Swiss", "Thai", "Hawaiian");

    /**
     * The one-word nationalities of {@code modelsDir/nationalities.txt} and of the regexner lists
     * (their NATIONALITY lines whose pattern is one plain word), less the airlines' ones.
     */
    static Set<String> nationalities(java.nio.file.Path modelsDir) {
        Set<String> out = new HashSet<>();
        try {
            java.nio.file.Path list = modelsDir.resolve("nationalities.txt");
            if (java.nio.file.Files.isRegularFile(list)) {
                for (String line : java.nio.file.Files.readAllLines(list)) {
                    if (line.strip().matches("[A-Z][a-z]+")) {
                        out.add(line.strip());
                    }
                }
            }
            java.nio.file.Path dir = modelsDir.resolve("regexner");
            if (java.nio.file.Files.isDirectory(dir)) {
                try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(dir)) {
                    for (java.nio.file.Path f : files.filter(x -> x.toString().endsWith(".txt")).toList()) {
                        for (String line : java.nio.file.Files.readAllLines(f)) {
                            String[] p = line.split("\t");
                            if (p.length >= 2 && p[1].equals("NATIONALITY") && p[0].matches("[A-Z][a-z]+")) {
                                out.add(p[0]);
                            }
                        }
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read the nationalities under " + modelsDir + ": " + e.getMessage(), e);
        }
        out.removeAll(AIRLINE_NATIONALITIES);
        return out;
    }

    static void apply(List<CoreMap> sentences) {
        apply(sentences, Set.of());
    }

    static void apply(List<CoreMap> sentences, Set<String> nationalities) {
        Set<String> companies = new HashSet<>();
        for (CoreMap s : sentences) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            splitShortenedRepeat(labels);
            titleOfficeFor(labels);
            loneNationality(labels, nationalities);
            for (int i = 0; i < labels.size(); i++) {
                if (PERSON.equals(labels.get(i).ner()) && isCompanyShaped(labels.get(i).word()) && isAlone(labels, i)) {
                    companies.add(labels.get(i).word());
                }
            }
        }
        if (companies.isEmpty()) {
            return;
        }
        for (CoreMap s : sentences) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 0; i < labels.size(); i++) {
                if (PERSON.equals(labels.get(i).ner()) && companies.contains(labels.get(i).word()) && isAlone(labels, i)) {
                    labels.get(i).setNER(ORGANIZATION);
                }
            }
        }
    }

    /** "European planemaker": a lone organisation word of the nationality list before a word in small letters. */
    static void loneNationality(List<CoreLabel> labels, Set<String> nationalities) {
        for (int i = 0; i + 1 < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            if (ORGANIZATION.equals(l.ner()) && nationalities.contains(l.word())
                    && (i == 0 || !ORGANIZATION.equals(labels.get(i - 1).ner()))
                    && !ORGANIZATION.equals(labels.get(i + 1).ner())
                    && labels.get(i + 1).word().matches("[a-z][a-z-]*")) {
                l.setNER(NATIONALITY);
            }
        }
    }

    /** Whether a word is written as one company's name: an inner capital after no name prefix. */
    static boolean isCompanyShaped(String word) {
        java.util.regex.Matcher m = INNER_CAPITAL.matcher(word);
        if (!m.matches()) {
            return false;
        }
        int second = 1;
        while (second < word.length() && !Character.isUpperCase(word.charAt(second))) {
            second++;
        }
        String prefix = word.substring(0, second);
        return prefix.length() >= 3 && !NAME_PREFIXES.contains(prefix);
    }

    /** A token tagged as a person with no person's word on either side: a one-word name. */
    private static boolean isAlone(List<CoreLabel> labels, int i) {
        return (i == 0 || !PERSON.equals(labels.get(i - 1).ner()))
                && (i + 1 >= labels.size() || !PERSON.equals(labels.get(i + 1).ner()));
    }

    /**
     * "Pellow Dyeworks, Pellow": a comma inside one tagged run, the words after it the first words
     * of the name before it. The comma is untagged, so the run is two names.
     */
    static void splitShortenedRepeat(List<CoreLabel> labels) {
        for (int c = 1; c + 1 < labels.size(); c++) {
            String tag = labels.get(c).ner();
            if (!",".equals(labels.get(c).word()) || tag == null || "O".equals(tag)
                    || !tag.equals(labels.get(c - 1).ner()) || !tag.equals(labels.get(c + 1).ner())) {
                continue;
            }
            int start = c - 1;
            while (start > 0 && tag.equals(labels.get(start - 1).ner())) {
                start--;
            }
            int end = c + 1;
            while (end < labels.size() && tag.equals(labels.get(end).ner())) {
                end++;
            }
            int after = end - (c + 1);
            int before = c - start;
            if (after >= before) {
                continue;
            }
            boolean prefix = true;
            for (int k = 0; k < after && prefix; k++) {
                prefix = labels.get(start + k).word().equals(labels.get(c + 1 + k).word());
            }
            if (prefix) {
                labels.get(c).setNER("O");
            }
        }
    }

    /** Office nouns the title lists may miss ("Undersecretary", "Under-Secretary"). */
    private static final Set<String> OFFICES = Set.of("minister", "commissioner", "director", "administrator", "chief",
            "head", "chairman", "chairwoman", "chair");

    /** A title word: tagged so, or an office noun ("Undersecretary", "Director"). */
    private static boolean isOffice(CoreLabel l) {
        String w = l.word().toLowerCase(java.util.Locale.ROOT);
        return TITLE.equals(l.ner()) || w.endsWith("secretary") || OFFICES.contains(w);
    }

    /**
     * "Secretary of the Navy for Procurement": an organisation right after a title word and "of"
     * (or "of the") ends before "for"; the words from "for" on are the title's (tagged so, an
     * attribute: "Acquisition" there is no event).
     */
    static void titleOfficeFor(List<CoreLabel> labels) {
        for (int i = 2; i < labels.size(); i++) {
            if (!ORGANIZATION.equals(labels.get(i).ner()) || ORGANIZATION.equals(labels.get(i - 1).ner())) {
                continue;
            }
            int of = "the".equalsIgnoreCase(labels.get(i - 1).word()) ? i - 2 : i - 1;
            if (of < 1 || !"of".equals(labels.get(of).word()) || !isOffice(labels.get(of - 1))) {
                continue;
            }
            int end = i;
            while (end < labels.size() && ORGANIZATION.equals(labels.get(end).ner())) {
                end++;
            }
            for (int k = i + 1; k < end; k++) {
                if ("for".equals(labels.get(k).word())) {
                    for (int m = k; m < end; m++) {
                        labels.get(m).setNER(TITLE);
                    }
                    break;
                }
            }
        }
    }
}
