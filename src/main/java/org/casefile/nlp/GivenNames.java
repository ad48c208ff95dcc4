package org.casefile.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Given names, from the name-gender list of Stanford CoreNLP's coreference (about 14,600 first
 * names, each with the gender it is used for, in its models jar). Without the models jar no word
 * is a given name.
 */
public final class GivenNames {
    /** Whom a given name is used for. */
    public enum Use { MALE, FEMALE, BOTH }

    private static final String RESOURCE = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";

    private static final class Holder {
        static final Map<String, Use> USES = read();
    }

    private GivenNames() {
    }

    /** Whom a word, as a given name, is used for (case does not matter); none for a word not listed. */
    public static Optional<Use> of(String word) {
        return Optional.ofNullable(Holder.USES.get(word.toLowerCase(Locale.ROOT)));
    }

    /** Whether a word is a listed given name. */
    public static boolean isGivenName(String word) {
        return Holder.USES.containsKey(word.toLowerCase(Locale.ROOT));
    }

    private static Map<String, Use> read() {
        Map<String, Use> out = new HashMap<>();
        InputStream in = GivenNames.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            return out;
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] cols = line.strip().toLowerCase(Locale.ROOT).split("\\s+");
                if (cols.length != 2 || cols[0].startsWith("#")) {
                    continue;
                }
                Use u = cols[1].equals("male") ? Use.MALE : cols[1].equals("female") ? Use.FEMALE : null;
                if (u != null) {
                    out.merge(cols[0], u, (a, b) -> a == b ? a : Use.BOTH);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
