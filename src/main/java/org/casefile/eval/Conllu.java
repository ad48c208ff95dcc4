package org.casefile.eval;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of a GUM CoNLL-U file the evaluation needs: words with their spacing and UPOS, and
 * the bracketed {@code Entity=} mentions of the MISC column.
 */
final class Conllu {

    /** One syntactic word; {@code spaceAfter} already accounts for multiword tokens. */
    record Word(String form, String upos, int sentence, int indexInSentence, boolean spaceAfter) {
    }

    /**
     * One entity mention over words {@code first..last} (document indexes, inclusive).
     *
     * @param minSpan 1-based word positions inside the mention that form its minimal span
     */
    record Mention(int first, int last, String etype, List<Integer> minSpan, String identity) {
    }

    final List<Word> words = new ArrayList<>();
    final List<Mention> mentions = new ArrayList<>();

    private record Open(int first, String etype, List<Integer> minSpan, String identity) {
    }

    static Conllu read(Path file) throws IOException {
        Conllu c = new Conllu();
        Map<String, Deque<Open>> open = new HashMap<>();
        int sentence = -1;
        boolean inSentence = false;
        int rangeEnd = -1;
        boolean rangeSpaceAfter = true;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                inSentence = false;
                rangeEnd = -1;
                continue;
            }
            if (line.startsWith("#")) {
                continue;
            }
            if (!inSentence) {
                inSentence = true;
                sentence++;
                rangeEnd = -1;
            }
            String[] col = line.split("\t", -1);
            String id = col[0];
            if (id.contains("-")) {
                rangeEnd = Integer.parseInt(id.substring(id.indexOf('-') + 1));
                rangeSpaceAfter = !hasNoSpace(col[9]);
                continue;
            }
            if (id.contains(".")) {
                continue;
            }
            int index = Integer.parseInt(id);
            boolean spaceAfter;
            if (index < rangeEnd) {
                spaceAfter = false;
            } else if (index == rangeEnd) {
                spaceAfter = rangeSpaceAfter;
            } else {
                spaceAfter = !hasNoSpace(col[9]);
            }
            int wordIndex = c.words.size();
            c.words.add(new Word(col[1], col[3], sentence, index, spaceAfter));
            String entity = miscValue(col[9], "Entity");
            if (entity != null) {
                c.parseEntity(entity, wordIndex, open);
            }
        }
        return c;
    }

    private void parseEntity(String value, int word, Map<String, Deque<Open>> open) {
        int i = 0;
        while (i < value.length()) {
            char ch = value.charAt(i);
            if (ch == '(') {
                int j = i + 1;
                while (j < value.length() && value.charAt(j) != '(' && value.charAt(j) != ')') {
                    j++;
                }
                String[] f = value.substring(i + 1, j).split("-", 8);
                String eid = f[0];
                String etype = f.length > 1 ? f[1] : null;
                List<Integer> min = f.length > 5 ? positions(f[5]) : List.of();
                String identity = f.length > 7 ? decode(f[7]) : null;
                Open o = new Open(word, etype, min, identity);
                if (j < value.length() && value.charAt(j) == ')') {
                    mentions.add(new Mention(word, word, etype, min, identity));
                    j++;
                } else {
                    open.computeIfAbsent(eid, k -> new ArrayDeque<>()).push(o);
                }
                i = j;
            } else if (Character.isDigit(ch)) {
                int j = i;
                while (j < value.length() && Character.isDigit(value.charAt(j))) {
                    j++;
                }
                String eid = value.substring(i, j);
                Deque<Open> stack = open.get(eid);
                if (stack != null && !stack.isEmpty()) {
                    Open o = stack.pop();
                    mentions.add(new Mention(o.first(), word, o.etype(), o.minSpan(), o.identity()));
                }
                i = j + 1;
            } else {
                i++;
            }
        }
    }

    /** GUM identities are Wikipedia titles with {@code _} for spaces and %-escapes. */
    private static String decode(String identity) {
        String s = identity.replace("+", "%2B").replace('_', ' ');
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    private static List<Integer> positions(String field) {
        List<Integer> out = new ArrayList<>();
        for (String p : field.split(",")) {
            try {
                out.add(Integer.parseInt(p.strip()));
            } catch (NumberFormatException e) {
                return List.of();
            }
        }
        return out;
    }

    private static boolean hasNoSpace(String misc) {
        return "No".equals(miscValue(misc, "SpaceAfter"));
    }

    private static String miscValue(String misc, String key) {
        if (misc == null || misc.equals("_")) {
            return null;
        }
        for (String part : misc.split("\\|")) {
            if (part.startsWith(key + "=")) {
                return part.substring(key.length() + 1);
            }
        }
        return null;
    }
}
