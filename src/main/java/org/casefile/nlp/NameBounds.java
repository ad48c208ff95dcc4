package org.casefile.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
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
 * "American", "Swiss", "Thai" and "Hawaiian" also name an airline alone and stay as tagged; an
 * adjective of a body taken so ("Congressional investigators") is no name;</li>
 * <li>an institution named in full and then by its head noun with a capital ("the Church of
 * Velmora" … "the Church denied it", "the Skarra Supreme Court" … "may it please the Court") is
 * that organisation again;</li>
 * <li>two organisations joined by "and" in one run, one of them named alone elsewhere in the
 * document: "Halvorsen Capital and Trindle & Moss" beside "Halvorsen Capital" is two;</li>
 * <li>a newspaper's or a broadcaster's title: "the Guardian", "The Velmora Herald", "Skarra News"
 * before a word in small letters.</li>
 * </ul>
 */
public final class NameBounds {
    private static final String ORGANIZATION = "ORGANIZATION";
    private static final String PERSON = "PERSON";
    private static final String TITLE = "TITLE";
    private static final String NATIONALITY = "NATIONALITY";

    /** How a name runs on inside a word ("SkyDrover"): a capital, small letters, a capital, small letters. */
    private static final java.util.regex.Pattern INNER_CAPITAL =
            java.util.regex.Pattern.compile("([A-Z][a-z]+)([A-Z][a-z]+)+");
    /** Prefixes of surnames and given names written with an inner capital ("MacArthur", "VanDyke", "DelRay"). */
    private static final Set<String> NAME_PREFIXES = Set.of("Mac", "Van", "Von", "Fitz", "Del", "Dal", "Des", "Den",
            "Der", "San", "Ter", "Ver", "Vander", "Vanden", "Della", "Dela", "Mary", "Ann", "Anne", "Lee", "Rose", "Sue",
            "Lou", "Kay", "Dee", "Jean", "Jay", "Joy", "Beth", "Betty", "Bobbie", "Bobby", "Billy", "Peggy", "Sara",
            "Julie", "Rae", "Mae", "Sha", "Kim", "Jan");

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
            out.addAll(regexnerPatterns(modelsDir, "NATIONALITY", "[A-Z][a-z]+"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read the nationalities under " + modelsDir + ": " + e.getMessage(), e);
        }
        out.removeAll(AIRLINE_NATIONALITIES);
        return out;
    }

    /**
     * The token patterns of the regexner lists under {@code modelsDir/regexner} that give {@code type}
     * and match {@code shape} (one word: "Brazilian", "sergeant"), as written.
     */
    private static List<String> regexnerPatterns(java.nio.file.Path modelsDir, String type, String shape)
            throws java.io.IOException {
        return regexnerPatterns(modelsDir, type::equals, shape);
    }

    /**
     * The token patterns of the regexner lists under {@code modelsDir/regexner} whose type (the second
     * column, as written) passes {@code type} and that match {@code shape}, as written.
     */
    public static List<String> regexnerPatterns(java.nio.file.Path modelsDir, java.util.function.Predicate<String> type,
            String shape) throws java.io.IOException {
        List<String> out = new java.util.ArrayList<>();
        java.nio.file.Path dir = modelsDir.resolve("regexner");
        if (!java.nio.file.Files.isDirectory(dir)) {
            return out;
        }
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(dir)) {
            for (java.nio.file.Path f : files.filter(x -> x.toString().endsWith(".txt")).toList()) {
                for (String line : java.nio.file.Files.readAllLines(f)) {
                    String[] p = line.split("\t");
                    if (p.length >= 2 && type.test(p[1]) && p[0].matches(shape)) {
                        out.add(p[0]);
                    }
                }
            }
        }
        return out;
    }

    /** The words of a line of business of {@code modelsDir/name-parts.txt} ("Mining", "Logistics"), as written. */
    static Set<String> businessWords(java.nio.file.Path modelsDir) {
        Set<String> out = new HashSet<>();
        java.nio.file.Path list = modelsDir.resolve("name-parts.txt");
        try {
            if (java.nio.file.Files.isRegularFile(list)) {
                for (String line : java.nio.file.Files.readAllLines(list)) {
                    String[] p = line.split("\t");
                    if (p.length >= 2 && p[0].strip().equalsIgnoreCase("business")) {
                        out.add(p[1].strip());
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read " + list + ": " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * The one-word titles of the regexner lists ("sergeant", "mayor"), in small letters, and the
     * abbreviations of {@code title-abbreviations.txt} with their full stop ("sgt."): the words
     * {@link #leadingTitles} takes off the front of a person's name.
     */
    static Set<String> titleWords(java.nio.file.Path modelsDir) {
        Set<String> out = new HashSet<>();
        try {
            regexnerPatterns(modelsDir, "TITLE", "[A-Za-z]+(-[A-Za-z]+)?")
                    .forEach(w -> out.add(w.toLowerCase(java.util.Locale.ROOT)));
            java.nio.file.Path abbreviations = modelsDir.resolve("title-abbreviations.txt");
            if (java.nio.file.Files.isRegularFile(abbreviations)) {
                for (String line : java.nio.file.Files.readAllLines(abbreviations)) {
                    String[] p = line.split("\t");
                    if (!line.startsWith("#") && p.length >= 2 && p[0].matches("[a-z]+")) {
                        out.add(p[0] + ".");
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read the titles under " + modelsDir + ": " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * "Speaking to reporters, Councilwoman Idony Fallowes said", "Detective Sergeant Caius Brannock":
     * title words the tagger took into a person's name are the title, not the name (or the same
     * person would be two, "Sergeant Caius Brannock" and "Caius Brannock"). Words are taken off the
     * front (office nouns too: "Deputy Undersecretary Ann Lee"); a run of two title words or more
     * names no one, while one title word alone is kept as a name (a surname: "Judge said" after
     * "Orla Judge"). A name whose first word is a given name that is also a title's ("Dean") is left
     * whole, as the lists hold no such word.
     */
    static void leadingTitles(List<CoreMap> sentences, Set<String> titles) {
        for (CoreMap s : sentences) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 0; i < labels.size(); i++) {
                if (!PERSON.equals(labels.get(i).ner()) || i > 0 && PERSON.equals(labels.get(i - 1).ner())) {
                    continue;
                }
                int end = i;
                while (end + 1 < labels.size() && PERSON.equals(labels.get(end + 1).ner())) {
                    end++;
                }
                int first = i;
                while (first <= end && (titles.contains(labels.get(first).word().toLowerCase(java.util.Locale.ROOT))
                        || TITLE_TAILS.contains(labels.get(first).word().toLowerCase(java.util.Locale.ROOT))
                                && first > 0 && endsTitle(labels.get(first - 1), titles)
                        || isOffice(labels.get(first)))) {
                    first++;
                }
                // a run of two title words or more ("Deputy Undersecretary") names no one; one word
                // alone may be a surname ("Judge said")
                if (first > end && end == i) {
                    continue;
                }
                for (int k = i; k < first; k++) {
                    labels.get(k).setNER(TITLE);
                }
                i = end;
            }
        }
    }

    /** Whether a word is a title's or its tail's, so that a tail word after it ends the title too. */
    private static boolean endsTitle(CoreLabel before, Set<String> titles) {
        String w = before.word().toLowerCase(java.util.Locale.ROOT);
        return TITLE.equals(before.ner()) || titles.contains(w) || TITLE_TAILS.contains(w);
    }

    /**
     * Words that end a title and are no name, after a title word: "Senate President Pro Tem Ann Lee",
     * "Professor Emerita Ann Lee".
     */
    private static final Set<String> TITLE_TAILS = Set.of("pro", "tem", "tempore", "emeritus", "emerita", "elect",
            "designate");

    /**
     * Office nouns whose "of" or "for" phrase names the office's field ("Minister of Labour",
     * "Secretary for Health"); not "spokesman", whose "for" phrase names the body he speaks for.
     */
    private static final Set<String> PORTFOLIO_OFFICES = Set.of("minister", "ministers", "secretary", "secretaries",
            "undersecretary", "commissioner");

    /** Last words that make a name a body's, whatever office precedes it. */
    private static final Set<String> BODY_ENDS = Set.of("corp", "inc", "co", "ltd", "llc", "plc", "league", "union",
            "association", "company", "group", "bank", "council", "committee", "board", "party", "university");

    /**
     * "The Minister of Labour, Ada Pryne, said": a name the tagger read as an organisation right
     * after an office noun and "of" or "for" is the office's field, part of the title, no
     * organisation ("Labour" is no party here). Only when the office noun itself is outside any
     * name: "the Ministry of Labour" tagged whole is a ministry and stays one.
     */
    static void portfolios(List<CoreMap> sentences) {
        for (CoreMap s : sentences) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 2; i < labels.size(); i++) {
                if (!ORGANIZATION.equals(labels.get(i).ner()) || ORGANIZATION.equals(labels.get(i - 1).ner())) {
                    continue;
                }
                String of = labels.get(i - 1).word().toLowerCase(java.util.Locale.ROOT);
                CoreLabel office = labels.get(i - 2);
                if (!of.equals("of") && !of.equals("for")
                        || !PORTFOLIO_OFFICES.contains(office.word().toLowerCase(java.util.Locale.ROOT))
                        || !Character.isUpperCase(office.word().codePointAt(0))
                        || ORGANIZATION.equals(office.ner()) || PERSON.equals(office.ner())) {
                    continue; // a title is capitalised: "commissioner of Major League Baseball" names the body
                }
                int last = i;
                while (last + 1 < labels.size() && ORGANIZATION.equals(labels.get(last + 1).ner())) {
                    last++;
                }
                if (BODY_ENDS.contains(labels.get(last).word().replace(".", "").toLowerCase(java.util.Locale.ROOT))) {
                    continue; // "Secretary of the Acme Corp.": a body's secretary
                }
                for (int k = i; k < labels.size() && ORGANIZATION.equals(labels.get(k).ner()); k++) {
                    labels.get(k).setNER("O");
                }
            }
        }
    }

    /**
     * "The Ardley County Sheriff's Office said", "the Manhattan District Attorney's Office", "the
     * Attorney General's Office": an office named after its holder's title, the title's "'s" and an
     * institution's head noun, is one organisation with the place before it, where the tagger reads
     * the title as a role and leaves "'s Office" a name of its own. Only capitalised title words,
     * with a capitalised head noun right after the "'s" ("the Sheriff's deputies" stays as it is); a
     * person's office ("Judge Ann Lee's office") keeps its person.
     */
    static void titledOffices(List<CoreMap> sentences) {
        for (CoreMap s : sentences) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 1; i + 1 < labels.size(); i++) {
                String pos = labels.get(i).word().replace('\u2019', '\'');
                CoreLabel head = labels.get(i + 1);
                if (!pos.equals("'s") || !"TITLE".equals(labels.get(i - 1).ner())
                        || !Institutions.isHead(head.word())) {
                    continue;
                }
                int first = i - 1;
                while (first - 1 >= 0 && "TITLE".equals(labels.get(first - 1).ner())) {
                    first--;
                }
                for (int k = first; k < i; k++) {
                    if (!Character.isUpperCase(labels.get(k).word().codePointAt(0))) {
                        first = -1;
                    }
                }
                if (first < 0) {
                    continue;
                }
                // the place or body the office serves, right before the title ("Ardley County")
                while (first - 1 >= 0 && Set.of(ORGANIZATION, "LOCATION", "CITY", "STATE_OR_PROVINCE")
                        .contains(labels.get(first - 1).ner()) && Character.isUpperCase(labels.get(first - 1).word().codePointAt(0))) {
                    first--;
                }
                int last = i + 1;
                while (last + 1 < labels.size() && ORGANIZATION.equals(labels.get(last + 1).ner())) {
                    last++;
                }
                for (int k = first; k <= last; k++) {
                    labels.get(k).setNER(ORGANIZATION);
                }
            }
        }
    }

    /** Nouns for people who work for a firm, whose "at" names the firm ("an analyst at Bramholt"). */
    private static final Set<String> FIRM_STAFF = Set.of("analyst", "analysts", "economist", "economists",
            "strategist", "strategists", "trader", "traders", "banker", "bankers", "consultant", "consultants",
            "researcher", "researchers", "partner", "partners");

    /**
     * "said Idris Mawbey, an analyst at Bramholt": a one-word name the tagger read as a place right
     * after a word for a firm's staff and "at" is the firm (an analyst works at a firm, not a town);
     * only a name that ends its phrase (a comma, a full stop, "and", "in"), never a longer run.
     */
    static void staffFirms(List<CoreMap> sentences) {
        for (CoreMap s : sentences) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 2; i + 1 < labels.size(); i++) {
                CoreLabel l = labels.get(i);
                if (!"LOCATION".equals(l.ner()) || !"at".equals(labels.get(i - 1).word())
                        || !FIRM_STAFF.contains(labels.get(i - 2).word().toLowerCase(java.util.Locale.ROOT))
                        || !PHRASE_ENDS.contains(labels.get(i + 1).word().toLowerCase(java.util.Locale.ROOT))) {
                    continue; // "a banker at London's largest lender": London is the lender's place
                }
                l.setNER(ORGANIZATION);
            }
        }
    }

    /** Words that end the phrase of a firm named after "an analyst at". */
    private static final Set<String> PHRASE_ENDS = Set.of(",", ".", ";", ":", "and", "in", "said", "says", "who", ")");

    /** Words a company's name never starts with. */
    private static final Set<String> NO_NAME_START = Set.of("The", "A", "An", "And", "Or", "Of", "For", "In", "On",
            "At", "By", "To", "With", "From", "Its", "Their", "His", "Her", "Our", "This", "That");

    /**
     * "investors in MacQuarrie Gold and DeVantier Mining": one to three capitalised words the
     * tagger left untagged (or read as a person) before a word of a line of business of
     * {@code name-parts.txt}, also untagged, are a company; never where a capitalised word stands
     * right before or after (a line in title case, a longer name: "the Renewable Energy
     * Directive"), nor when the first word is one the document writes in small letters
     * ("Nuclear Energy" beside "nuclear").
     */
    static void businessRuns(List<CoreMap> sentences, Set<String> business, Set<String> small) {
        for (CoreMap s : sentences) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 1; i < labels.size(); i++) {
                if (!business.contains(labels.get(i).word()) || !"O".equals(labels.get(i).ner())) {
                    continue;
                }
                int start = i;
                while (start - 1 >= 0 && i - (start - 1) <= 3 && isCapitalised(labels.get(start - 1).word())
                        && Character.isLetter(labels.get(start - 1).word().charAt(0))
                        && !NO_NAME_START.contains(labels.get(start - 1).word())
                        && ("O".equals(labels.get(start - 1).ner()) || PERSON.equals(labels.get(start - 1).ner()))) {
                    start--;
                }
                if (start == i || small.contains(labels.get(start).word().toLowerCase(java.util.Locale.ROOT))
                        || start > 0 && isCapitalised(labels.get(start - 1).word())
                        && Character.isLetter(labels.get(start - 1).word().charAt(0))
                        && !NO_NAME_START.contains(labels.get(start - 1).word())
                        || i + 1 < labels.size() && isCapitalised(labels.get(i + 1).word())
                        && Character.isLetter(labels.get(i + 1).word().charAt(0))) {
                    continue;
                }
                for (int k = start; k <= i; k++) {
                    labels.get(k).setNER(ORGANIZATION);
                }
            }
        }
    }

    static void apply(List<CoreMap> sentences) {
        apply(sentences, Set.of());
    }

    static void apply(List<CoreMap> sentences, Set<String> nationalities) {
        Set<String> companies = new HashSet<>();
        Set<String> apposed = new HashSet<>();
        java.util.Map<String, List<CoreLabel>> untaggedApposed = new java.util.HashMap<>();
        for (CoreMap s : sentences) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            quotationMarksOutOfNames(labels);
            splitShortenedRepeat(labels);
            titleOfficeFor(labels);
            secretaryOfState(labels);
            loneNationality(labels, nationalities);
            mastheads(labels);
            institutionsOf(labels);
            placeAfterPerson(labels);
            companiesAfterBusinessNouns(labels);
            companiesApposedToBusinessNouns(labels, nationalities, apposed, untaggedApposed);
            for (int i = 0; i < labels.size(); i++) {
                if (PERSON.equals(labels.get(i).ner()) && isCompanyShaped(labels.get(i).word()) && isAlone(labels, i)) {
                    companies.add(labels.get(i).word());
                }
            }
        }
        companies.addAll(companiesOfCountries(sentences, nationalities));
        // "Tavrin, a Turkish conglomerate, agreed …" then "Tavrin will pay": one word that an
        // apposition names a business is that company wherever the tagger read it alone as a person
        // (one the text also writes with a given name, a title or an address stays a person there)
        // an untagged word so apposed counts only when the tagger reads it alone as a person elsewhere
        // ("Moreover, the company, which …" names no company "Moreover")
        Set<String> alonePersons = new HashSet<>();
        Set<String> personal = new HashSet<>();
        personWords(sentences, alonePersons, personal);
        untaggedApposed.forEach((word, labels) -> {
            if (alonePersons.contains(word) && !personal.contains(word)) {
                labels.forEach(l -> l.setNER(ORGANIZATION));
                apposed.add(word);
            }
        });
        apposed.removeAll(personal);
        companies.addAll(apposed);
        institutionsAgain(sentences);
        splitListedOrganisations(sentences);
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

    /** Adjectives of a body, no name of one ("Congressional investigators", "Parliamentary aides"). */
    private static final Set<String> BODY_ADJECTIVES = Set.of("Congressional", "Parliamentary", "Presidential",
            "Senatorial", "Ministerial", "Governmental", "Mayoral", "Gubernatorial");

    /**
     * "European planemaker": a lone organisation word of the nationality list before a word in
     * small letters is a nationality; an adjective of a body there ("Congressional lawmakers") is
     * no name at all.
     */
    static void loneNationality(List<CoreLabel> labels, Set<String> nationalities) {
        for (int i = 0; i + 1 < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            if (ORGANIZATION.equals(l.ner()) && nationalities.contains(l.word())
                    && (i == 0 || !ORGANIZATION.equals(labels.get(i - 1).ner()))
                    && !ORGANIZATION.equals(labels.get(i + 1).ner())
                    && labels.get(i + 1).word().matches("[a-z][a-z-]*") && nounOrAdjective(labels.get(i + 1))) {
                // (never before a verb: "Ethiopian ordered ten jets" names the airline)
                l.setNER(NATIONALITY);
            } else if (ORGANIZATION.equals(l.ner()) && BODY_ADJECTIVES.contains(l.word())
                    && (i == 0 || !ORGANIZATION.equals(labels.get(i - 1).ner()))
                    && labels.get(i + 1).word().matches("[a-z][a-z-]*")) {
                l.setNER("O");
            }
        }
    }

    /** Head nouns of an institution's name, which the text may use alone for it, with a capital. */
    private static final Set<String> INSTITUTIONS = Institutions.HEADS;

    /**
     * "the Church" after "the Church of Velmora": a head noun of {@link #INSTITUTIONS}, untagged,
     * with a capital after "the" or "this" and before no other capitalised word (nor "of" and one:
     * "the Museum of Flight" is another name), is an organisation
     * when the document names one of two or more words with that head (its last word, or its word
     * before "of").
     */
    static void institutionsAgain(List<CoreMap> sentences) {
        Set<String> heads = new HashSet<>();
        for (CoreMap s : sentences) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            int i = 0;
            while (i < labels.size()) {
                if (!ORGANIZATION.equals(labels.get(i).ner())) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < labels.size() && ORGANIZATION.equals(labels.get(j).ner())) {
                    j++;
                }
                if (j - i >= 2) {
                    String head = Institutions.headOf(labels.subList(i, j).stream().map(CoreLabel::word).toList());
                    if (head != null) {
                        heads.add(head);
                    }
                }
                i = j;
            }
        }
        if (heads.isEmpty()) {
            return;
        }
        for (CoreMap s : sentences) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 1; i < labels.size(); i++) {
                CoreLabel l = labels.get(i);
                String before = labels.get(i - 1).word().toLowerCase(java.util.Locale.ROOT);
                if (heads.contains(l.word()) && "O".equals(l.ner()) && (before.equals("the") || before.equals("this"))
                        && !goesOn(labels, i)) {
                    l.setNER(ORGANIZATION);
                }
            }
        }
    }

    /**
     * "the Museum of Flight", "the Church of the Blessed Lamp", "the Ministry of Fisheries": a head
     * noun of {@link #INSTITUTIONS} with a capital after "the" (capitalised words may stand between),
     * then "of" or "for", perhaps "the", and capitalised words ("and" or "&" may join them; a
     * capitalised preposition of a line in title case ends them), that the tagger
     * left untagged, is one organisation; the place or person tags inside it give way. Never in a
     * line in title case (a capitalised word right after it), nor with nothing capitalised after "of".
     */
    static void institutionsOf(List<CoreLabel> labels) {
        for (int i = 1; i + 2 < labels.size(); i++) {
            CoreLabel head = labels.get(i);
            String link = labels.get(i + 1).word();
            if (!INSTITUTIONS.contains(head.word()) || !isUntagged(head.ner()) || !link.equals("of") && !link.equals("for")) {
                continue;
            }
            int start = i;
            while (start - 1 >= 0 && isCapitalised(labels.get(start - 1).word())
                    && !labels.get(start - 1).word().equalsIgnoreCase("the") && isRetaggable(labels.get(start - 1).ner())) {
                start--;
            }
            if (start == 0 || !labels.get(start - 1).word().equalsIgnoreCase("the")) {
                continue;
            }
            int k = i + 2;
            if ("the".equals(labels.get(k).word())) {
                k++;
            }
            int end = k;
            while (end < labels.size()) {
                String w = labels.get(end).word();
                boolean joiner = (w.equals("and") || w.equals("&")) && end > k && end + 1 < labels.size()
                        && isCapitalised(labels.get(end + 1).word());
                if (!joiner && !(isCapitalised(w) && Character.isLetter(w.charAt(0)) && !TITLE_CASE_SMALL.contains(w)
                        && (isRetaggable(labels.get(end).ner()) || PERSON.equals(labels.get(end).ner())))) {
                    break;
                }
                end++;
            }
            if (end == k || end < labels.size() && isCapitalised(labels.get(end).word())) {
                continue;
            }
            for (int m = start; m < end; m++) {
                labels.get(m).setNER(ORGANIZATION);
            }
            i = end;
        }
    }

    /** Small words a line in title case writes with a capital ("Flock To The Museum Of Toys In Orvale"). */
    private static final Set<String> TITLE_CASE_SMALL = Set.of("In", "At", "On", "To", "For", "Of", "By", "With",
            "From", "And", "Or", "The", "As", "After", "Over", "Into");

    private static boolean isUntagged(String ner) {
        return ner == null || "O".equals(ner) || "MISC".equals(ner);
    }

    /**
     * "the Secretary of State for Health, Ann Lee": "State" after an office and "of" is the
     * office's, not an organisation (the tagger had made one of "State for Health").
     */
    static void secretaryOfState(List<CoreLabel> labels) {
        for (int i = 2; i < labels.size(); i++) {
            if (!"State".equals(labels.get(i).word()) || !ORGANIZATION.equals(labels.get(i).ner())
                    || !"of".equals(labels.get(i - 1).word()) || ORGANIZATION.equals(labels.get(i - 1).ner())
                    || !labels.get(i - 2).word().toLowerCase(java.util.Locale.ROOT).endsWith("secretary")) {
                continue;
            }
            for (int k = i; k < labels.size() && ORGANIZATION.equals(labels.get(k).ner()); k++) {
                labels.get(k).setNER(TITLE);
            }
        }
    }

    /** Double quotation marks, which open or close a quotation and are never part of a name. */
    private static final Set<String> DOUBLE_QUOTES = Set.of("\"", "\u201C", "\u201D", "``", "''", "\u201E", "\u00AB", "\u00BB");

    /**
     * A double quotation mark is never part of a name, though the tagger may read one into a run
     * ("― Ann Lee" at the end of one line, "“Trump must stop …" opening the next: one "person").
     */
    static void quotationMarksOutOfNames(List<CoreLabel> labels) {
        for (CoreLabel l : labels) {
            if (DOUBLE_QUOTES.contains(l.word()) && l.ner() != null && !"O".equals(l.ner())) {
                l.setNER("O");
            }
        }
    }

    /**
     * "Chris Halloran Calls Ada Veltri 'A Disgrace'": a headline in title case gives every word a
     * capital, and the tagger may read two names and the verb between them as one person. A word
     * inside a person's run (a person's word on either side) that the part-of-speech tagger reads as
     * a verb is none of the name: the run is two names. Run on tagged words only.
     */
    static void verbsInsideNames(List<CoreLabel> labels) {
        for (int i = 1; i + 1 < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            if (PERSON.equals(l.ner()) && l.tag() != null && l.tag().startsWith("VB")
                    && PERSON.equals(labels.get(i - 1).ner()) && PERSON.equals(labels.get(i + 1).ner())) {
                l.setNER("O");
            }
        }
    }

    /**
     * "Mayor Petra Ondrisek of Lissendale": one word the tagger read as a person right after a
     * person's name and "of", before no capitalised word, is where the person is from, a place.
     */
    static void placeAfterPerson(List<CoreLabel> labels) {
        for (int i = 2; i < labels.size(); i++) {
            if (PERSON.equals(labels.get(i).ner()) && "of".equals(labels.get(i - 1).word())
                    && PERSON.equals(labels.get(i - 2).ner()) && !PERSON.equals(labels.get(i - 1).ner())
                    && (i + 1 >= labels.size() || !PERSON.equals(labels.get(i + 1).ner())
                    && !isCapitalised(labels.get(i + 1).word()))) {
                labels.get(i).setNER("LOCATION");
            } else if (i >= 3 && PERSON.equals(labels.get(i).ner()) && "Of".equals(labels.get(i - 1).word())
                    && PERSON.equals(labels.get(i - 1).ner()) && PERSON.equals(labels.get(i - 2).ner())
                    && PERSON.equals(labels.get(i - 3).ner())) {
                // a capital "Of" (only a line in title case writes one): "Mayor Hattie Crowell Of Brinley
                // Resigns": no person's name has "Of" in it; the words the tagger read on after it are
                // the place the person is of (a company there is read as the place too: left as it is)
                labels.get(i - 1).setNER("O");
                for (int j = i; j < labels.size() && PERSON.equals(labels.get(j).ner()); j++) {
                    labels.get(j).setNER("LOCATION");
                }
            }
        }
    }

    /** Nouns of a line of business that a nationality may lead before a company's name ("European planemaker"). */
    private static final Set<String> COMPANY_NOUNS = Set.of("airline", "carrier", "bank", "lender", "insurer",
            "retailer", "group", "firm", "company", "giant", "miner", "producer", "brewer", "conglomerate",
            "utility", "operator", "supplier", "manufacturer", "shipbuilder", "developer", "publisher", "broadcaster",
            "startup", "start-up", "refiner", "exporter", "importer", "distributor", "chain", "exchange");

    private static boolean isCompanyNoun(CoreLabel l) {
        String w = l.word();
        return !TITLE.equals(l.ner()) && (COMPANY_NOUNS.contains(w) || w.endsWith("maker") && w.length() > 6);
    }

    /**
     * Nouns that name only a business, never a person's trade ("the veteran lawmaker Ann Lee", "the
     * record producer Jay Park" stay people: no producer, developer or -maker of people here).
     */
    private static final Set<String> BUSINESS_ONLY = Set.of("firm", "company", "bank", "airline", "retailer", "insurer",
            "lender", "chain", "conglomerate", "startup", "brewer", "refiner", "manufacturer", "maker", "automaker",
            "carmaker", "drugmaker", "chipmaker", "planemaker", "steelmaker");

    /** Words after a name that close its noun phrase: a company named after a noun of business ends there. */
    private static final Set<String> PHRASE_CLOSERS = Set.of(",", ".", ";", ":", ")", "and", "in", "of", "for", "to",
            "with", "from", "at", "on", "said", "says", "--", "—", "–");

    /**
     * A name the tagger read as a person right after "the" or "a" and a noun that names only a
     * business ("the consulting firm Harrow Lyle", "the snack maker Tindle Brands."), closing its phrase: the
     * company the noun names. Not when a word of the sentence's own comes after the name ("the
     * company Ann Lee founded" names her), nor after a title ("the firm's chairman Ann Lee").
     */
    static void companiesAfterBusinessNouns(List<CoreLabel> labels) {
        for (int i = 2; i < labels.size(); i++) {
            CoreLabel noun = labels.get(i - 1);
            if (!PERSON.equals(labels.get(i).ner()) || PERSON.equals(noun.ner()) || TITLE.equals(noun.ner())
                    || !BUSINESS_ONLY.contains(noun.word())) {
                continue;
            }
            int end = i;
            while (end < labels.size() && PERSON.equals(labels.get(end).ner())) {
                end++;
            }
            if (end < labels.size() && !PHRASE_CLOSERS.contains(labels.get(end).word())) {
                continue;
            }
            // "the" or "a" opens the phrase, past up to two modifiers in small letters ("the consulting firm")
            int k = i - 2;
            while (k >= 0 && i - 2 - k < 2 && !isDeterminer(labels.get(k).word()) && isSmall(labels.get(k).word())
                    && (labels.get(k).ner() == null || "O".equals(labels.get(k).ner()))) {
                k--;
            }
            if (k < 0 || !isDeterminer(labels.get(k).word())) {
                continue;
            }
            for (int x = i; x < end; x++) {
                labels.get(x).setNER(ORGANIZATION);
            }
        }
    }

    /** Nouns of a body that an apposition may end with after a company's name ("a Boston-based hedge fund", "a unit of …"). */
    private static final Set<String> APPOSED_BUSINESS = java.util.stream.Stream.concat(BUSINESS_ONLY.stream(),
            Set.of("fund", "unit", "subsidiary", "division", "affiliate", "partnership", "bank").stream())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Words that may end an apposition's noun phrase right after its noun. */
    private static final Set<String> APPOSITION_ENDS = Set.of(",", ".", ";", ":", ")", "--", "—", "–", "of", "that",
            "which", "and", "based", "said", "says", "in", "with");

    /**
     * A name the tagger read as a person, right after the sentence's start or a comma and followed
     * by a comma and an apposition that is a business ("Whitcombe Ellery, the London-based insurer,
     * reported a loss"; "Marlowe Kent, a hedge fund, said …"; "…, a unit of …"): the company the
     * apposition names. The apposition is "the" or "a" and at most three modifiers (small words,
     * hyphenated "London-based", places, nationalities) before a noun that names only a business
     * and ends the phrase ("Ann Lee, a bank teller", "Ann Lee, the firm's founder" stay people).
     */
    static void companiesApposedToBusinessNouns(List<CoreLabel> labels) {
        companiesApposedToBusinessNouns(labels, Set.of(), new HashSet<>(), new java.util.HashMap<>());
    }

    /**
     * {@link #companiesApposedToBusinessNouns(List)}, with the nationalities of the lists as
     * modifiers ("Delvane, the Swiss drugmaker,"), and a one-word name the tagger left untagged
     * ("Tavrin, a Turkish conglomerate, agreed") kept aside in {@code untagged} when a comma closes
     * the apposition (not "Meanwhile, the company said"), for the caller to decide; each one-word
     * name read as the company is added to {@code apposed}.
     */
    static void companiesApposedToBusinessNouns(List<CoreLabel> labels, Set<String> nationalities, Set<String> apposed,
            java.util.Map<String, List<CoreLabel>> untaggedApposed) {
        for (int i = 0; i < labels.size(); i++) {
            boolean untagged = isUntagged(labels.get(i).ner()) && NameConsistency.NAME_WORD.matcher(labels.get(i).word()).matches()
                    && !NameConsistency.CALENDAR_WORDS.contains(labels.get(i).word()) && (i == 0 || ",".equals(labels.get(i - 1).word()))
                    && i + 1 < labels.size() && ",".equals(labels.get(i + 1).word());
            if (!PERSON.equals(labels.get(i).ner()) && !untagged || i > 0 && PERSON.equals(labels.get(i - 1).ner())) {
                continue;
            }
            if (i > 0 && (ADDRESS.contains(labels.get(i - 1).word()) || TITLE.equals(labels.get(i - 1).ner()))) {
                continue; // "Mr. Kent, a …", "Director Ann Lee, the …"
            }
            int end = untagged ? i + 1 : i;
            while (end < labels.size() && PERSON.equals(labels.get(end).ner())) {
                end++;
            }
            if (end + 2 >= labels.size() || !",".equals(labels.get(end).word()) || !isDeterminer(labels.get(end + 1).word())) {
                continue;
            }
            int k = end + 2;
            int modifiers = 0;
            while (k < labels.size() && modifiers <= 3 && !APPOSED_BUSINESS.contains(labels.get(k).word())
                    && (isModifier(labels.get(k)) || nationalities.contains(labels.get(k).word())
                            || AIRLINE_NATIONALITIES.contains(labels.get(k).word()))) {
                if (!"-".equals(labels.get(k).word())) {
                    modifiers++; // the tokenizer splits "London-based" at its hyphen
                }
                k++;
            }
            if (k + 1 >= labels.size() || modifiers > 3 || !APPOSED_BUSINESS.contains(labels.get(k).word())
                    || TITLE.equals(labels.get(k).ner()) || !APPOSITION_ENDS.contains(labels.get(k + 1).word())
                    || untagged && !",".equals(labels.get(k + 1).word())) {
                continue;
            }
            if (untagged) {
                untaggedApposed.computeIfAbsent(labels.get(i).word(), w -> new ArrayList<>()).add(labels.get(i));
                i = end;
                continue;
            }
            for (int x = i; x < end; x++) {
                labels.get(x).setNER(ORGANIZATION);
            }
            if (end == i + 1) {
                apposed.add(labels.get(i).word());
            }
            i = end;
        }
    }

    /**
     * Roles a company or a body holds as well as a person ("Harwick Partners, an adviser to the
     * buyer", "the fund's manager", "a member of the group"): they say nothing of a name's kind.
     */
    private static final Set<String> ROLES_OF_BODIES = Set.of("adviser", "advisor", "agent", "consultant", "contractor",
            "supplier", "partner", "owner", "co-owner", "operator", "manager", "sponsor", "broker", "underwriter",
            "shareholder", "stockholder", "investor", "member", "buyer", "seller", "bidder", "creditor", "client",
            "vendor", "provider", "distributor", "dealer", "trustee", "administrator", "receiver", "liquidator",
            "auditor", "publisher", "developer", "landlord", "tenant", "parent", "founder", "backer", "donor",
            "lobbyist", "representative", "custodian", "guarantor", "insurer", "lender", "defendant", "plaintiff",
            "claimant", "respondent", "appellant", "petitioner", "party", "leader", "rival", "competitor", "employer");
    /** Words that may end a role's phrase in an apposition: punctuation and the prepositions of its holder. */
    private static final Set<String> ROLE_PHRASE_ENDS = Set.of(",", ".", ";", ":", ")", "--", "—", "–", "for", "of",
            "at", "with", "in", "to", "from", "on", "who", "and");

    /**
     * A name of two or three words the tagger read as an organisation, opening its sentence or
     * after a comma, set off by a comma before an apposition whose noun is a role that only a
     * person holds ("Mirela Quay Court, a lawyer, said" was a court; "Grace Temple, a spokeswoman
     * for the ministry," a temple): that person. The apposition is "a", "an" or "the", up to three
     * words in small letters and the role (a title in small letters, singular), ending its phrase.
     * Not a name ending like a body's ("Harwick Bank, a lender"), not a role a body may hold
     * ({@link #ROLES_OF_BODIES}: "an adviser to the buyer"), not a plural ("the bank's lawyers").
     */
    static void peopleApposedToRoles(List<CoreLabel> labels) {
        for (int i = 0; i < labels.size(); i++) {
            if (!ORGANIZATION.equals(labels.get(i).ner())
                    || i > 0 && !",".equals(labels.get(i - 1).word()) && !isSmall(labels.get(i - 1).word())) {
                continue;
            }
            int end = i;
            while (end < labels.size() && ORGANIZATION.equals(labels.get(end).ner())) {
                end++;
            }
            int from = i;
            i = end;
            if (end - from < 2 || end - from > 3 || end + 2 >= labels.size() || !",".equals(labels.get(end).word())
                    || !isDeterminer(labels.get(end + 1).word())) {
                continue;
            }
            boolean nameWords = true;
            for (int x = from; x < end; x++) {
                String w = labels.get(x).word();
                nameWords &= NameConsistency.NAME_WORD.matcher(w).matches() || w.matches("\\p{Lu}\\.");
            }
            String last = labels.get(end - 1).word().toLowerCase(java.util.Locale.ROOT).replace(".", "");
            if (!nameWords || BODY_ENDS.contains(last) || Institutions.isHead(labels.get(end - 1).word())
                    && !"Court".equals(labels.get(end - 1).word())) {
                continue;
            }
            int k = end + 2;
            while (k < labels.size() && k - end - 2 < 3 && !TITLE.equals(labels.get(k).ner())
                    && (isSmall(labels.get(k).word()) || Token.isPossessiveMark(labels.get(k).word()))
                    && !PHRASE_CLOSERS.contains(labels.get(k).word())) {
                k++;
            }
            if (k + 1 >= labels.size() || !TITLE.equals(labels.get(k).ner())) {
                continue;
            }
            String role = labels.get(k).word();
            if (!isSmall(role) || role.endsWith("s") && !role.endsWith("ss") || ROLES_OF_BODIES.contains(role)
                    || BUSINESS_ONLY.contains(role) || COMPANY_NOUNS.contains(role)
                    || TITLE.equals(labels.get(k + 1).ner()) || !ROLE_PHRASE_ENDS.contains(labels.get(k + 1).word())) {
                continue;
            }
            for (int x = from; x < end; x++) {
                labels.get(x).setNER(PERSON);
            }
        }
    }

    /**
     * People the tagger read as a body or a place, mended before the surnames are read again
     * ({@link NameConsistency}): {@link #peopleApposedToRoles} and {@link #givenNamesReadAsPlaces}.
     */
    static void peopleReadAsOthers(List<CoreMap> sentences) {
        for (CoreMap s : sentences) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            peopleApposedToRoles(labels);
            givenNamesReadAsPlaces(labels);
        }
    }

    /** Prepositions before a place: "in Sofia", "from Florence". */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from", "to", "near", "of", "into", "outside",
            "across", "around", "toward", "towards", "through", "via", "between", "In", "At", "From", "To", "Near");

    /**
     * A word the tagger read as a place alone, that is a listed given name and stands right before
     * a person's name with nothing between: "Sofia Castellano Ruiz was elected" had been a place
     * "Sofia" and a person "Castellano Ruiz". The given name opens the person's name. Not after a
     * preposition of place ("in Sofia Ana Ruiz met …" is rare enough to leave) nor when the place
     * is itself inside a longer place run.
     */
    static void givenNamesReadAsPlaces(List<CoreLabel> labels) {
        for (int i = 0; i + 1 < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            if (!isPlace(l.ner()) || !PERSON.equals(labels.get(i + 1).ner()) || !GivenNames.isGivenName(l.word())
                    || !NameConsistency.NAME_WORD.matcher(l.word()).matches()
                    || i > 0 && (isPlace(labels.get(i - 1).ner()) || PLACE_PREPOSITIONS.contains(labels.get(i - 1).word()))
                    || l.endPosition() >= 0 && l.endPosition() == labels.get(i + 1).beginPosition()) {
                continue;
            }
            l.setNER(PERSON);
        }
    }

    /**
     * The words the tagger read as a person's: alone ("Tavrin said") into {@code alone}, and beside
     * a given name or after a title or a form of address ("Ann Tavrin", "Director Tavrin", "Mr.
     * Tavrin": a person's name in the document) into {@code personal}.
     */
    private static void personWords(List<CoreMap> sentences, Set<String> alone, Set<String> personal) {
        for (CoreMap s : sentences) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 0; i < labels.size(); i++) {
                if (!PERSON.equals(labels.get(i).ner())) {
                    continue;
                }
                CoreLabel before = i > 0 ? labels.get(i - 1) : null;
                if (!isAlone(labels, i) || before != null && (TITLE.equals(before.ner()) || ADDRESS.contains(before.word()))) {
                    personal.add(labels.get(i).word());
                } else {
                    alone.add(labels.get(i).word());
                }
            }
        }
    }

    /** A modifier inside an apposition: a word in small letters, a hyphenated one, a place or a nationality. */
    private static boolean isModifier(CoreLabel l) {
        String w = l.word();
        if ("-".equals(w)) {
            return true;
        }
        if (w.isEmpty() || !Character.isLetter(w.charAt(0)) || isDeterminer(w) || PHRASE_CLOSERS.contains(w)) {
            return false; // "Ann Lee, the founder of a consulting firm": the noun is a phrase further on
        }
        return isSmall(w) || w.contains("-") || "LOCATION".equals(l.ner()) || "MISC".equals(l.ner())
                || "NATIONALITY".equals(l.ner()) || "COUNTRY".equals(l.ner()) || "CITY".equals(l.ner());
    }

    private static boolean isDeterminer(String w) {
        return w.equalsIgnoreCase("the") || w.equalsIgnoreCase("a") || w.equalsIgnoreCase("an");
    }

    private static boolean isSmall(String w) {
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0));
    }

    /** Forms of address before a person's name. */
    private static final Set<String> ADDRESS = Set.of("Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Miss");

    /**
     * One word the tagger read as a person that a country's possessive with "it" or "its" after the
     * name, or a nationality and a noun of business, lead ("UK's Velmaris said it would buy …",
     * "European planemaker Ostravel"; "his Spanish rival Vellacott" and "Germany's Draycott said the
     * talks failed" name people),
     * when the document never gives that word a given name, a title or a form of address: a
     * company. ("France's Merivel" stays a person in a story that also writes "Ann Merivel" or
     * "President Merivel".)
     */
    static Set<String> companiesOfCountries(List<CoreMap> sentences, Set<String> nationalities) {
        Set<String> candidates = new HashSet<>();
        Set<String> personal = new HashSet<>();
        for (CoreMap s : sentences) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 0; i < labels.size(); i++) {
                CoreLabel l = labels.get(i);
                if (!PERSON.equals(l.ner())) {
                    continue;
                }
                if (!isAlone(labels, i)) {
                    personal.add(l.word());
                    continue;
                }
                CoreLabel before = i > 0 ? labels.get(i - 1) : null;
                if (before != null && (TITLE.equals(before.ner()) || ADDRESS.contains(before.word()))) {
                    personal.add(l.word());
                    continue;
                }
                if (i < 2) {
                    continue;
                }
                CoreLabel second = labels.get(i - 2);
                // a country's possessive alone leads people as often ("Germany's Draycott said"): only
                // with "it" or "its" after the name in its sentence
                boolean country = (before.word().equals("'s") || before.word().equals("’s")) && isPlace(second.ner())
                        && labels.subList(i + 1, labels.size()).stream().anyMatch(x -> x.word().equals("it") || x.word().equals("its"));
                boolean nationality = isCompanyNoun(before) && (NATIONALITY.equals(second.ner())
                        || nationalities.contains(second.word()) && !ORGANIZATION.equals(second.ner()));
                if (country || nationality) {
                    candidates.add(l.word());
                }
            }
        }
        candidates.removeAll(personal);
        return candidates;
    }

    private static boolean isPlace(String ner) {
        return ner != null && ("LOCATION".equals(ner) || org.casefile.domain.PlaceType.ofTag(ner).isPresent());
    }

    /** Nouns a newspaper's title ends with ("The Guardian", "the Velmora Herald"). */
    private static final Set<String> MASTHEADS = Set.of("Guardian", "Times", "Telegraph", "Independent", "Observer",
            "Economist", "Herald", "Tribune", "Gazette", "Chronicle", "Inquirer", "Examiner", "Globe", "Courier",
            "Mirror", "Register", "Journal", "Post");

    /**
     * A newspaper's or a broadcaster's title the tagger left untagged: a noun of {@link #MASTHEADS}
     * with a capital after "the" (and capitalised words: "The Velmora Herald"), or "News" after
     * capitalised words ("Skarra News"), before a word in small letters or a punctuation mark. The
     * untagged or place-tagged words of the title become one organisation; a sentence in title case
     * ("Good News For Farmers") has a capital after it and is left alone.
     */
    static void mastheads(List<CoreLabel> labels) {
        for (int i = 1; i < labels.size(); i++) {
            String w = labels.get(i).word();
            if (ROLE_MASTHEADS.contains(w) && ORGANIZATION.equals(labels.get(i).ner())
                    && !ORGANIZATION.equals(labels.get(i - 1).ner())
                    && (i + 1 >= labels.size() || !ORGANIZATION.equals(labels.get(i + 1).ner()))
                    && labels.get(i - 1).word().equalsIgnoreCase("the") && !isRoleMasthead(labels, i)) {
                labels.get(i).setNER("O"); // "the Guardian ad litem": the tagger's newspaper is an office
                continue;
            }
            boolean news = w.equals("News");
            if (!news && !MASTHEADS.contains(w) || !"O".equals(labels.get(i).ner())) {
                continue;
            }
            if (i + 1 < labels.size() && !isSmallOrPunctuation(labels.get(i + 1).word()) || goesOn(labels, i)) {
                continue;
            }
            if (ROLE_MASTHEADS.contains(w) && !isRoleMasthead(labels, i)) {
                continue; // "the Guardian ad litem", "the Medical Examiner": an office, no newspaper
            }
            int start = i;
            while (start - 1 >= 0 && isCapitalised(labels.get(start - 1).word())
                    && !labels.get(start - 1).word().equalsIgnoreCase("the") && isRetaggable(labels.get(start - 1).ner())) {
                start--;
            }
            boolean afterThe = start > 0 && labels.get(start - 1).word().equalsIgnoreCase("the");
            if (news ? start == i || start == 0 : !afterThe) {
                continue;
            }
            for (int k = start; k <= i; k++) {
                labels.get(k).setNER(ORGANIZATION);
            }
        }
    }

    /** Masthead nouns that are also offices or roles ("a guardian", "the examiner", "an observer"). */
    private static final Set<String> ROLE_MASTHEADS = Set.of("Guardian", "Examiner", "Observer");

    /**
     * A role noun names a newspaper after "the" ("the Guardian reported"), or after a place's name
     * ("the Skarra Examiner"); not after another capitalised word ("the Medical Examiner", "the
     * Public Guardian"), nor before the Latin "ad" of an office ("the Guardian ad litem"). (The
     * rules here run before the parts of speech are read: no verb can be told from a noun.)
     */
    private static boolean isRoleMasthead(List<CoreLabel> labels, int i) {
        CoreLabel before = labels.get(i - 1);
        if (!before.word().equalsIgnoreCase("the")) {
            return isPlace(before.ner());
        }
        return i + 1 >= labels.size() || !labels.get(i + 1).word().equals("ad");
    }

    /**
     * Whether a name goes on after token {@code i}: a capitalised word next, or "of" and one
     * ("the Museum of Flight", "The Times of Velmora").
     */
    private static boolean goesOn(List<CoreLabel> labels, int i) {
        if (i + 1 >= labels.size()) {
            return false;
        }
        String next = labels.get(i + 1).word();
        return isCapitalised(next) || next.equals("of") && i + 2 < labels.size() && isCapitalised(labels.get(i + 2).word());
    }

    private static boolean isCapitalised(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    private static boolean isSmallOrPunctuation(String w) {
        return !w.isEmpty() && (Character.isLowerCase(w.charAt(0)) || !Character.isLetterOrDigit(w.charAt(0)));
    }

    /** Tags a title's words may carry from the tagger: none, a place's, or an organisation's. */
    private static boolean isRetaggable(String ner) {
        return ner == null || "O".equals(ner) || "ORGANIZATION".equals(ner) || "LOCATION".equals(ner)
                || "MISC".equals(ner) || org.casefile.domain.PlaceType.ofTag(ner).isPresent();
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
     * "analysts at Halvorsen Capital and Trindle & Moss": one organisation run with "and" inside,
     * where the words on one side of it, two or more, are an organisation run of their own elsewhere
     * in the document, with no "and" after it there ("Halvorsen Capital" alone), and the other side
     * is one too or a firm's "X &amp; Y", is two names: the "and" leaves the run. A name with "and"
     * that is never split so ("Procter and Gamble", "the Bureau of Alcohol and Tobacco", "the
     * Department of Health and Social Care" beside "the Department of Health") stays whole.
     */
    static void splitListedOrganisations(List<CoreMap> sentences) {
        List<OrganisationRun> all = organisationRuns(sentences);
        Set<String> runs = new HashSet<>();
        for (OrganisationRun r : all) {
            if (r.end() >= r.labels().size() || !"and".equalsIgnoreCase(r.labels().get(r.end()).word())) {
                runs.add(words(r.labels(), r.begin(), r.end())); // "National Air" cut before "and Space Museum" is no name alone
            }
        }
        for (OrganisationRun r : all) {
            List<CoreLabel> labels = r.labels();
            int i = r.begin();
            int end = r.end();
            for (int a = i + 1; a < end - 1; a++) {
                if (!"and".equals(labels.get(a).word())) {
                    continue;
                }
                String before = words(labels, i, a);
                String after = words(labels, a + 1, end);
                boolean left = a - i >= 2 && runs.contains(before);
                boolean right = end - a - 1 >= 2 && runs.contains(after);
                // the other side must be a name too: found alone as well, or a firm's "X & Y"
                // ("the Department of Health and Social Care" beside "the Department of Health" stays one)
                boolean leftFirm = before.contains("&");
                boolean rightFirm = after.contains("&");
                if (left && (right || rightFirm) || right && leftFirm) {
                    labels.get(a).setNER("O");
                    break;
                }
            }
        }
    }

    /** A run of tokens tagged as an organisation: {@code labels} from {@code begin} to {@code end} (exclusive). */
    private record OrganisationRun(List<CoreLabel> labels, int begin, int end) {
    }

    /** The runs of organisation tokens of the document, in order. */
    private static List<OrganisationRun> organisationRuns(List<CoreMap> sentences) {
        List<OrganisationRun> runs = new ArrayList<>();
        for (CoreMap s : sentences) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 0; i < labels.size(); i++) {
                if (!ORGANIZATION.equals(labels.get(i).ner())) {
                    continue;
                }
                int end = i;
                while (end < labels.size() && ORGANIZATION.equals(labels.get(end).ner())) {
                    end++;
                }
                runs.add(new OrganisationRun(labels, i, end));
                i = end - 1;
            }
        }
        return runs;
    }

    private static String words(List<CoreLabel> labels, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            b.append(k > from ? " " : "").append(labels.get(k).word());
        }
        return b.toString();
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
    private static boolean nounOrAdjective(CoreLabel l) {
        return l.tag() == null || l.tag().startsWith("NN") || l.tag().startsWith("JJ");
    }

    /** Bodies whose name is whole before a field of office ("the Air Force for Acquisition", "the Army for Installations"). */
    private static final Set<String> SERVICE_HEADS = Set.of("Force", "Navy", "Army", "Ministry", "Corps");

    /**
     * Whether the organisation from {@code from} to {@code end} is a service or a ministry named
     * in full and then "for" and one or two words of a field, the phrase closed by punctuation
     * ("deputy secretary of the Air Ministry for Procurement, said"): the field is the title's.
     * A body named with "for" from its first word on ("the Centers for Disease Control") stays whole.
     */
    private static boolean armedServiceField(List<CoreLabel> labels, int from, int end) {
        if (end >= labels.size() || !Set.of(",", ".", ";", ")").contains(labels.get(end).word())) {
            return false;
        }
        for (int k = from + 1; k < end; k++) {
            if ("for".equals(labels.get(k).word())) {
                return SERVICE_HEADS.contains(labels.get(k - 1).word()) && (k - from >= 2
                        || Set.of("Navy", "Army").contains(labels.get(k - 1).word())) && end - k - 1 >= 1 && end - k - 1 <= 2;
            }
        }
        return false;
    }

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
            if (end >= labels.size() || !PERSON.equals(labels.get(end).ner()) && !armedServiceField(labels, i, end)) {
                continue; // only before the holder's name: "the Centers for Disease Control" stays whole
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
