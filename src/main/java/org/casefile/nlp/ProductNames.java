package org.casefile.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Products named by their maker and a model designation: "Velcor V210", "Quellmark 450 Skyrunner".
 * A model designation is a word of two to four digits, with up to three capitals and a hyphen
 * before it and letters or digits after ("V210", "450", "F-35", "450-200LR"), never a year
 * ("Velcor 2024 results"). It is a product's only where it follows an organisation's name the
 * tagger found, here or elsewhere in the document ("Velcor" ORGANIZATION, then "V210"; the tagger
 * may read "Velcor" so in one sentence only), or its possessive before a model with a letter ("Velcor's
 * V210": the product is then named "V210"; not "Velcor's 450"); the maker's name and one capitalised word after
 * the model ("Skyrunner") are the product's name too. Elsewhere in the document the model alone
 * names the same product ("the V210", "two V210s", "the 450"): a model of letters and digits
 * anywhere, a model of digits only after "the", "its", "a", "first", "new" … and not before a
 * plural noun or a unit ("the 450 workers", "450 million" are counts). Tags those words, in
 * place, {@value #TAG}: one product entity per model ({@code EntityGrouper}).
 */
public final class ProductNames {
    static final String TAG = "PRODUCT";
    private static final String ORGANIZATION = "ORGANIZATION";
    private static final Pattern MODEL = Pattern.compile("(?:[A-Z]{1,3}-?)?\\d{2,4}(?:-?[A-Z0-9]{1,6})*");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern YEAR = Pattern.compile("(?:1[89]|20)\\d\\d");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+");
    /** Words before a model of digits alone that make it a name ("the 450"), not a count ("450 jobs"). */
    private static final Set<String> BEFORE_BARE = Set.of("the", "a", "an", "its", "their", "his", "her", "this", "that",
            "these", "those", "first", "new", "'s", "’s", "'", "’", "each", "every", "our", "your");
    /** Small words after a number that make it a count or an amount ("450 million", "450 percent"). */
    private static final Set<String> UNITS = Set.of("million", "billion", "trillion", "thousand", "hundred", "percent",
            "%", "per", "cent", "km", "miles", "kg", "tonnes", "tons", "feet", "metres", "meters");
    /** Verbs ending in s that may follow a name ("the 450 was", "the 450 has"): no plural noun. */
    private static final Set<String> VERBS_IN_S = Set.of("was", "is", "has", "does");
    private static final Set<String> CALENDAR = CalendarWords.MONTHS_AND_WEEKDAYS;

    private ProductNames() {
    }

    /** Tags, in place, the products of a document ({@link ProductNames}). */
    static void apply(List<CoreMap> sentences) {
        // the words of the document's organisations: the tagger reads a maker's name before a model
        // as an organisation in one sentence and not in the next ("the Velcor V210")
        Set<String> makers = new HashSet<>();
        for (CoreMap s : sentences) {
            for (CoreLabel l : s.get(CoreAnnotations.TokensAnnotation.class)) {
                if (ORGANIZATION.equals(l.ner()) && NAME_WORD.matcher(l.word()).matches()) {
                    makers.add(l.word());
                }
            }
        }
        if (makers.isEmpty()) {
            return;
        }
        namesBeforeProductNouns(sentences, makers);
        Set<String> models = new HashSet<>();
        for (CoreMap s : sentences) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 1; i < labels.size(); i++) {
                // "Velcor V210", or the maker's possessive: "Velcor's V210" (then "V210" alone is the name)
                // (a model of letters and digits: "Standard & Poor's 500" names an index by a number alone)
                boolean possessive = i >= 2 && Token.isPossessiveMark(labels.get(i - 1).word())
                        && maker(labels.get(i - 2), makers) && !DIGITS.matcher(labels.get(i).word()).matches();
                if ((maker(labels.get(i - 1), makers) || possessive) && isModel(labels, i)) {
                    models.add(labels.get(i).word());
                }
            }
        }
        if (models.isEmpty()) {
            return;
        }
        for (CoreMap s : sentences) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 0; i < labels.size(); i++) {
                String model = modelOf(labels.get(i).word(), models);
                String ner = labels.get(i).ner();
                if (model == null || !"O".equals(ner) && !ORGANIZATION.equals(ner) && !"MISC".equals(ner)) {
                    continue;
                }
                boolean afterMaker = i > 0 && maker(labels.get(i - 1), makers) && isModel(labels, i);
                if (!afterMaker && !bare(labels, i, model)) {
                    continue;
                }
                int from = i;
                while (afterMaker && from > 0 && maker(labels.get(from - 1), makers)) {
                    from--;
                }
                int to = i + 1;
                if (continues(labels, to)) {
                    to++;
                }
                for (int k = from; k < to; k++) {
                    labels.get(k).setNER(TAG);
                }
                i = to - 1;
            }
        }
    }

    /** Nouns of a kind of product that a maker's name and a model's name may stand before ("Velcor Skyrunner jets"). */
    private static final Set<String> PRODUCT_NOUNS = Set.of("car", "cars", "sedan", "sedans", "suv", "suvs", "truck",
            "trucks", "pickup", "pickups", "vehicle", "vehicles", "phone", "phones", "smartphone", "smartphones",
            "handset", "handsets", "laptop", "laptops", "tablet", "tablets", "jet", "jets", "jetliner", "jetliners",
            "airliner", "airliners", "plane", "planes", "aircraft", "console", "consoles", "drone", "drones", "chip",
            "chips", "processor", "processors", "headset", "headsets");
    /** A word of a model's name after the maker's: "Vela", "Nova", "X5", "3". */
    private static final Pattern MODEL_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+|[A-Z0-9][A-Za-z0-9-]{0,5}");

    /**
     * A maker's name (an organisation's word of the document) and up to three words of a model's
     * name before a noun of a kind of product ("recalled 50,000 Sorimachi Vela sedans", "the Orvell
     * Nova 3 smartphone"): a product, whatever the tagger read ("Vela" as a person's surname).
     * Never a name the document also writes as an organisation's with no such noun after it
     * ("Velcor Motors said …" beside "Velcor Motors trucks"), nor a word of a place or a date.
     */
    private static void namesBeforeProductNouns(List<CoreMap> sentences, Set<String> makers) {
        Set<String> orgNames = new HashSet<>();
        for (CoreMap s : sentences) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 0; i < labels.size(); i++) {
                if (!ORGANIZATION.equals(labels.get(i).ner())) {
                    continue;
                }
                int j = i;
                StringBuilder name = new StringBuilder();
                while (j < labels.size() && ORGANIZATION.equals(labels.get(j).ner())) {
                    name.append(' ').append(labels.get(j).word());
                    j++;
                }
                if (j >= labels.size() || !PRODUCT_NOUNS.contains(labels.get(j).word())) {
                    orgNames.add(name.toString().trim());
                }
                i = j - 1;
            }
        }
        for (CoreMap s : sentences) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 0; i + 2 < labels.size(); i++) {
                CoreLabel first = labels.get(i);
                if (!NAME_WORD.matcher(first.word()).matches() || !maker(first, makers)
                        || i > 0 && Character.isUpperCase(labels.get(i - 1).word().charAt(0))
                                && !"O".equals(labels.get(i - 1).ner())) {
                    continue;
                }
                int to = i + 1;
                StringBuilder name = new StringBuilder(first.word());
                while (to < labels.size() && to - i <= 3 && MODEL_WORD.matcher(labels.get(to).word()).matches()
                        && !YEAR.matcher(labels.get(to).word()).matches() && namePart(labels.get(to).ner())) {
                    name.append(' ').append(labels.get(to).word());
                    to++;
                }
                if (to == i + 1 || to >= labels.size() || !PRODUCT_NOUNS.contains(labels.get(to).word())
                        || orgNames.contains(name.toString()) || readAsOneCompany(labels, i, to)) {
                    continue;
                }
                for (int k = i; k < to; k++) {
                    labels.get(k).setNER(TAG);
                }
                i = to;
            }
        }
    }

    /**
     * Whether the tagger read every word of the run as one organisation's and none has a digit:
     * "American Airlines planes" is the airline's fleet, "Orvell Nova 3 smartphone" a model.
     */
    private static boolean readAsOneCompany(List<CoreLabel> labels, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!ORGANIZATION.equals(labels.get(k).ner()) || labels.get(k).word().chars().anyMatch(Character::isDigit)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a tag may stand on a word of a product's name the tagger misread: none, a name's, a number's. */
    private static boolean namePart(String ner) {
        return ner == null || Set.of("O", ORGANIZATION, "MISC", "PERSON", "NUMBER").contains(ner);
    }

    /** Whether a word is (part of) an organisation's name here or elsewhere in the document. */
    private static boolean maker(CoreLabel l, Set<String> makers) {
        return ORGANIZATION.equals(l.ner()) || makers.contains(l.word());
    }

    /** The model a word names ("V210", or "V210s" for more than one), or null. */
    private static String modelOf(String word, Set<String> models) {
        if (models.contains(word)) {
            return word;
        }
        if (word.endsWith("s") && models.contains(word.substring(0, word.length() - 1))) {
            return word.substring(0, word.length() - 1);
        }
        return null;
    }

    /** Whether the word at {@code i} is a model designation and no year, count or amount. */
    private static boolean isModel(List<CoreLabel> labels, int i) {
        String w = labels.get(i).word();
        if (!MODEL.matcher(w).matches() || YEAR.matcher(w).matches()) {
            return false;
        }
        return !DIGITS.matcher(w).matches() || w.length() >= 3 && !count(labels, i);
    }

    /** Whether a number is followed by a plural noun or a unit: "450 workers", "450 million". */
    private static boolean count(List<CoreLabel> labels, int i) {
        if (i + 1 >= labels.size()) {
            return false;
        }
        String next = labels.get(i + 1).word();
        String lower = next.toLowerCase(Locale.ROOT);
        return UNITS.contains(lower) || next.matches("[a-z]{3,}s") && !VERBS_IN_S.contains(next);
    }

    /** Whether a model stands alone as the product's name ({@link ProductNames}). */
    private static boolean bare(List<CoreLabel> labels, int i, String model) {
        if (!DIGITS.matcher(model).matches()) {
            return true;
        }
        if (i == 0 || count(labels, i)) {
            return false;
        }
        return BEFORE_BARE.contains(labels.get(i - 1).word().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the word at {@code i} goes on the product's name: one capitalised word ("Skyrunner"), no
     * month or weekday, and not the first of a run of them (a headline in title case, "Velcor V210
     * Makes First Flight", says no more of the name).
     */
    private static boolean continues(List<CoreLabel> labels, int i) {
        if (i >= labels.size()) {
            return false;
        }
        CoreLabel l = labels.get(i);
        String ner = l.ner();
        if (!NAME_WORD.matcher(l.word()).matches() || CALENDAR.contains(l.word().toLowerCase(Locale.ROOT))
                || !"O".equals(ner) && !ORGANIZATION.equals(ner) && !"MISC".equals(ner) && !"PERSON".equals(ner)) {
            return false;
        }
        return i + 1 >= labels.size() || !Character.isUpperCase(labels.get(i + 1).word().charAt(0));
    }

    /** The model designation of a product's name ("V210" of "Velcor V210 Skyrunner", of "V210s"), or null. */
    public static String model(String name) {
        for (String w : name.split("\\s+")) {
            if (MODEL.matcher(w).matches()) {
                return w;
            }
            if (w.endsWith("s") && MODEL.matcher(w.substring(0, w.length() - 1)).matches()) {
                return w.substring(0, w.length() - 1);
            }
        }
        return null;
    }
}
