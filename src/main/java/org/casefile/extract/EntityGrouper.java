package org.casefile.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casefile.domain.EntityType;
import org.casefile.domain.PlaceType;
import org.casefile.ingest.IngestedDocument;
import org.casefile.nlp.AnnotatedDocument;
import org.casefile.nlp.EntityMention;
import org.casefile.nlp.Headline;
import org.casefile.nlp.Institutions;
import org.casefile.nlp.GivenNames;
import org.casefile.nlp.ProductNames;
import org.casefile.nlp.Sentence;
import org.casefile.nlp.Token;

/**
 * Groups the mentions of one document into entities. People: "Omar Abdulsatar Ameen", "Omar
 * Ameen", "Mr. Ameen" and "Ameen" are one person; a surname alone joins the full name of this
 * document that has it (when two people share it, the one of them named before it if the other is not
 * yet, else neither: it stays a person of its own); a short form
 * of the given name joins the full one ("Tom Reddick" / "Thomas Reddick"), a different given name
 * never does. Organisations: "Immigration and Customs Enforcement (ICE)" makes ICE an alias; listed
 * aliases ({@code models/aliases.txt}) join their canonical name; a legal form ("Co.", "Inc.") does
 * not matter; a company's name the tagger read as a person's ("Torvane Mills" beside "Torvane Mills
 * Inc.") and its first word alone ("Torvane") join it. Places: the same name, a long form of a country too ("Republic of X" / "X").
 *
 * <p>A name is one entity only as the tagger found it: neighbouring names are never joined across
 * a comma, except the surname-first form of lists and captions ("REDDICK, Thomas", the surname in
 * capitals). Products: every name with one model ("Velcor V210 Skyrunner", "Velcor V210", "the
 * V210s") is one product, named by its longest form in the singular. Roles, nationalities and charges are no
 * entities: a role stays on the person's mention
 * ({@link RoleTitles}). A generic word alone ("City", "Central") or a name cut after "of" ("Province
 * of") is a fragment and is dropped. A "person" in a byline after the writer's name, or after
 * "the", that ends like a publication ("Harbor Gazette") is an organisation. A name written in
 * capitals (a dateline "SPRINGFIELD", a caption) takes ordinary capitalisation.
 *
 * <p>Stateless apart from its rules; thread-safe.
 */
public final class EntityGrouper {
    private static final Pattern ACRONYM_AFTER = Pattern.compile("^\\s*\\(\\s*([A-Z][A-Za-z.&]{1,9})\\s*\\)");
    private static final Set<String> SMALL_WORDS = Set.of("and", "of", "the", "for", "on", "in", "&", "de", "u.s.");
    /** An age in apposition right after a name: "Orrell, 81, would retire" is a person's. */
    private static final Pattern AGE_AFTER = Pattern.compile("\\s*,\\s*[1-9][0-9]?\\s*,");
    private static final Pattern BYLINE = Pattern.compile("^\\s*(?i:by)\\s+");
    private static final Pattern THE_BEFORE = Pattern.compile("(?i)\\bthe\\s+$");

    private final Rules rules;
    private final NameRules names;

    public EntityGrouper(Rules rules) {
        this.rules = rules;
        this.names = rules.names();
    }

    private static final class Group {
        final EntityType type;
        PlaceType subtype;
        final List<EntityMention> mentions = new ArrayList<>();
        final Set<String> forms = new LinkedHashSet<>();
        String canonical;
        List<String> words;

        // groups are compared pairwise: their keys are kept, with the canonical name each was made of
        private String key;
        private String keyOf;
        private String orgKey;
        private String orgKeyOf;

        Group(EntityType type, PlaceType subtype, String canonical) {
            this.type = type;
            this.subtype = subtype;
            this.canonical = canonical;
            this.words = NameKey.words(canonical);
        }

        /** The canonical name's key as an organisation's ({@link NameRules#key}). */
        String orgKey(NameRules names) {
            if (orgKeyOf != canonical) {
                orgKey = names.key(EntityType.ORGANIZATION, canonical);
                orgKeyOf = canonical;
            }
            return orgKey;
        }

        /** {@link NameKey#of} the canonical name. */
        String key() {
            if (keyOf != canonical) {
                key = NameKey.of(canonical);
                keyOf = canonical;
            }
            return key;
        }
    }

    public DocumentEntities group(AnnotatedDocument annotated) {
        IngestedDocument doc = annotated.document();
        String text = doc.text();
        List<Group> groups = new ArrayList<>();
        Map<String, Group> byKey = new HashMap<>();
        // longest names first, so that a short form finds its full name wherever it appears
        List<EntityMention> ordered = new ArrayList<>(annotated.entities().stream()
                .filter(m -> !m.entityType().isAttribute()).toList());
        ordered.sort(Comparator.comparingInt((EntityMention m) -> -(m.tokenEnd() - m.tokenBegin()))
                .thenComparingInt(EntityMention::begin));
        Map<String, String> acronyms = acronyms(annotated);
        Map<EntityMention, String> inverted = invertedNames(annotated);
        Map<EntityMention, String> titles = RoleTitles.of(annotated);
        Set<String> personLastWords = personLastWords(annotated);
        Set<String> loneSurnames = loneSurnames(annotated);
        for (EntityMention m : ordered) {
            EntityType type = inverted.containsKey(m) ? EntityType.PERSON : m.entityType();
            PlaceType subtype = inverted.containsKey(m) ? null : m.placeType();
            String written = inverted.getOrDefault(m, m.text().replaceAll("\\s+", " "));
            List<String> words = NameKey.words(written);
            if (words.isEmpty()) {
                continue;
            }
            String listed = rules.canonicalFor(written);
            if (type == EntityType.PERSON && listed == null && saintsNameOfPlace(annotated, m)) {
                // "a spokeswoman for St. Ermund's said", "the Saint Wilfrid's School choir": no person
                Group named = placeOfSaint(groups, m, text);
                if (named != null) {
                    named.mentions.add(m);
                    named.forms.add(m.text().replaceAll("\\s+", " "));
                }
                continue;
            }
            Group institution = type == EntityType.ORGANIZATION && listed == null
                    ? institutionNamedBefore(groups, m, text) : null;
            if (institution != null) {
                institution.mentions.add(m); // "the Commission" after "the Federal Fisheries Commission"
                institution.forms.add(m.text().replaceAll("\\s+", " "));
                continue;
            }
            if (listed == null && type != EntityType.MONEY && names.isFragment(written)
                    && !(type == EntityType.PERSON && surnameOfPersonNamedInFull(groups, words, text, m))) {
                continue; // "City", "Province of": no name of anything
            }
            if (listed == null && isWholeHeadline(annotated, m, words)) {
                continue; // "Appeals Court Revives Lawsuit Against Harbor Board": a headline in capitals, no name
            }
            Group namedAfter = type == EntityType.PERSON && words.size() == 1 && listed == null
                    && Character.isUpperCase(m.text().charAt(0))
                    && groups.stream().noneMatch(o -> o.type == EntityType.PERSON && o.words.contains(words.get(0)))
                    && !addressed(m, annotated) && titles.get(m) == null
                    && beforeCommonNoun(annotated, m) ? institutionBearing(groups, words.get(0)) : null;
            if (namedAfter != null) {
                namedAfter.mentions.add(m); // "Morrow teachers" beside "Agatha Morrow Middle School"
                namedAfter.forms.add(m.text().replaceAll("\\s+", " "));
                continue;
            }
            // ("the Orrell campaign" beside "Tamsin Orrell" is hers, as below)
            Group namesakeCompany = listed == null && !(afterThe(text, m) && namesakeLedAfter(annotated, m))
                    ? companyOfSurname(groups, m, type, subtype, words) : null;
            if (namesakeCompany != null) {
                // "Heddle Farms" and "Margit Heddle" in one document: each lone "Heddle" by what the text says of it
                Reading reading = surnameOrCompany(annotated, m, titles);
                if (reading == Reading.COMPANY) {
                    namesakeCompany.mentions.add(m);
                    namesakeCompany.forms.add(m.text().replaceAll("\\s+", " "));
                    continue;
                }
                if (reading == Reading.UNDECIDED) {
                    continue; // "Sauter expects sales to rise": the founder's or her company's, the text does not say
                }
                type = EntityType.PERSON;
                subtype = null;
            }
            if (type == EntityType.ORGANIZATION && words.size() == 2 && listed == null && !names.endsLikeBusiness(written)
                    && foundsCompanyOfSurname(annotated, m, words, groups)) {
                type = EntityType.PERSON; // "Tamsin Orrell founded Orrell Analytics": the founder whose name it bears
            } else if (words.size() == 1 && afterThe(text, m) && findPerson(groups, words) != null
                    && namesakeLedAfter(annotated, m)) {
                type = EntityType.PERSON; // "the Orrell campaign" beside "Tamsin Orrell": hers, not the company's
                subtype = null;
            } else if ((type == EntityType.ORGANIZATION || type == EntityType.LOCATION && subtype == null)
                    && words.size() == 1 && listed == null && findPerson(groups, words) != null
                    && (subjectPronounAfter(annotated, m).isPresent()
                            || AGE_AFTER.matcher(text).region(m.end(), text.length()).lookingAt())) {
                type = EntityType.PERSON; // "Orrell said she would step down", "Orrell, 81, …" beside "Tamsin Orrell" and "Orrell Analytics"
            } else if (type == EntityType.PERSON && words.size() == 1 && !addressed(m, annotated) && titles.get(m) == null
                    && (placeReading(annotated.sentences().get(m.sentence()).tokens(), m, !names.isListedPlace(written))
                            || names.isListedPlace(written) && findPerson(groups, words) == null
                                    && itAfterSpeechVerb(annotated.sentences().get(m.sentence()).tokens(), m))) {
                type = EntityType.LOCATION; // "Jordan said on Monday it would reopen its border" beside "Brendan Jordan"
                subtype = null;
            } else if (listed == null && (type == EntityType.PERSON && findPerson(groups, words) == null
                    || type == EntityType.ORGANIZATION && words.size() == 1) && afterPlaceOffice(annotated, m)) {
                type = EntityType.LOCATION; // "the mayor of Ashby Vale": the tagger's person or body is the town
                subtype = null;
            } else if (type == EntityType.LOCATION && subtype == null && listed == null && words.size() == 1
                    && ACCORDING_TO_BEFORE.matcher(text.substring(Math.max(0, m.begin() - 14), m.begin())).find()
                    && PUNCTUATION_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
                type = EntityType.PERSON; // "According to Olszewska, …": a source, a surname no list knows as a place
            } else if (type == EntityType.PERSON && names.endsLikePublication(written) && isPublicationPlace(text, m)) {
                type = EntityType.ORGANIZATION; // "By Lena Ortiz, Harbor Gazette"
            } else if (type == EntityType.LOCATION && subtype == null && listed == null && names.endsLikeBusiness(written)) {
                type = EntityType.ORGANIZATION; // "the Marrowfield Chemicals plant": a line of business names a company
            } else if (type == EntityType.PERSON && words.size() == 1 && listed == null && findPerson(groups, words) == null
                    && companyPartAfter(annotated, m)) {
                type = EntityType.ORGANIZATION; // "Calloway's chief executive": no person has one
            } else if (type == EntityType.PERSON && words.size() == 1 && listed == null && !addressed(m, annotated)
                    && companyModifierAfter(annotated, m) && companyStartingWith(groups, words.get(0)) != null) {
                type = EntityType.ORGANIZATION; // "Kalvane shares rose", "Kalvane founder Oskar Kalvane" beside "Kalvane Labs"
            } else if (type == EntityType.PERSON && words.size() == 1 && listed == null && findPerson(groups, words) == null
                    && DISTANCE_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 60))).lookingAt()) {
                type = EntityType.LOCATION; // "moved to Hallam, about 80 miles north of the capital"
                subtype = null;
            } else if (type == EntityType.PERSON && words.size() == 1 && afterThe(text, m)) {
                type = EntityType.MISC; // "the Levant": a person's name takes no article
            } else if (type == EntityType.PERSON && words.size() >= 2 && listed == null && afterThe(text, m)
                    && GivenNameGender.ofName(written, null).isEmpty() && PUNCTUATION_AFTER.matcher(text).region(
                            m.end(), text.length()).lookingAt()) {
                type = EntityType.MISC; // "the crew of the Merrow Dawn, lost at sea": a boat, not a person
            } else if (isPersonReadAsPlaceOrBody(m, subtype, listed, words, annotated, personLastWords, loneSurnames)
                    || isSurnameOfPersonBefore(groups, m, subtype, listed, words, annotated)) {
                type = EntityType.PERSON; // "Mayor Ann Oakby …" then "Oakby's lawyer": not a place
                subtype = null;
            }
            Group g = type == EntityType.PERSON ? findPerson(groups, words) : null;
            Optional<GivenNameGender.Gender> addressed = Optional.empty();
            if (type == EntityType.PERSON && words.size() == 1) {
                addressed = addressedGender(text, m, titles.get(m));
                if (addressed.isPresent()) {
                    g = personOfGender(groups, words, addressed.get(), m, annotated, true);
                } else if (g == null && titles.get(m) != null) {
                    // two namesakes and a titled surname: the one the document gives that title
                    // ("Senator Quist" in the headline, "Senator Margit Quist" beside "Arvid Quist")
                    g = namesakeWithTitle(groups, words, titles.get(m), titles);
                }
                if (g == null && addressed.isEmpty()) {
                    // two namesakes and a bare surname: the pronoun its clause goes on with may tell
                    Optional<GivenNameGender.Gender> pronoun = subjectPronounAfter(annotated, m);
                    if (pronoun.isPresent()) {
                        g = personOfGender(groups, words, pronoun.get(), m, annotated, false);
                    }
                    if (g == null) {
                        g = onlyNamesakeBefore(groups, words, m);
                    }
                }
            }
            if (g == null) {
                String expanded = acronyms.get(m.text());
                String name = listed != null ? listed : expanded != null ? expanded : written;
                // a product is its model: "Velcor V210 Skyrunner", "Velcor V210" and "the V210s" are one
                String model = type == EntityType.PRODUCT ? ProductNames.model(name) : null;
                // "Mr. Hale" and "Mrs. Hale" that none of the Hales named in full takes are two people, not one
                boolean namesakes = addressed.isPresent() && groups.stream().anyMatch(o -> o.type == EntityType.PERSON
                        && o.words.size() >= 2 && o.words.get(o.words.size() - 1).equals(words.get(0)));
                String key = type + "|" + (model != null ? model : names.key(type, name))
                        + (namesakes ? "|" + addressed.get() : "");
                g = byKey.get(key);
                if (g == null) {
                    g = new Group(type, subtype, name);
                    groups.add(g);
                    byKey.put(key, g);
                }
            }
            if (g.type == EntityType.PERSON && words.size() == g.words.size() && words.size() >= 2
                    && names.isFullFormOf(words.get(0), g.words.get(0))) {
                g.forms.add(g.canonical); // "Thomas Reddick" names the person better than "Tom Reddick"
                g.canonical = written;
                g.words = words;
            } else if (names.isLongForm(g.type, g.canonical) && !names.isLongForm(g.type, written) && listed == null) {
                g.forms.add(g.canonical); // "Iraq" rather than "Republic of Iraq"
                g.canonical = written;
            } else if (g.type == EntityType.PRODUCT && g.canonical.equals(written + "s")) {
                g.forms.add(g.canonical); // "Velcor V210 Skyrunner" rather than "Velcor V210 Skyrunners"
                g.canonical = written;
            } else if (Capitals.isShouted(g.canonical) && !Capitals.isShouted(written)
                    && NameKey.of(written).equals(g.key())) {
                g.forms.add(g.canonical);
                g.canonical = written;
            }
            g.mentions.add(m);
            g.forms.add(m.text().replaceAll("\\s+", " "));
            if (g.subtype == null) {
                g.subtype = subtype;
            }
        }
        joinLoneWordsToOtherReading(groups, annotated);
        companiesCalledByFirstWord(groups, annotated, titles);
        joinCompanyNamesReadAsPeople(groups);
        joinShortOrganisationNames(groups, text);
        joinNamesReadTwoWays(groups);
        joinPeopleAnInstitutionIsNamedAfter(groups, annotated, titles);
        joinNicknamesOfTeams(groups, text);
        groups.sort(Comparator.comparingInt(g -> g.mentions.stream().mapToInt(EntityMention::begin).min().orElse(0)));
        List<Entity> entities = new ArrayList<>();
        Map<EntityMention, String> entityOf = new LinkedHashMap<>();
        for (Group g : groups) {
            String id = doc.id() + ":e" + entities.size();
            g.mentions.sort(Comparator.comparingInt(EntityMention::begin));
            String canonical = Capitals.ordinary(g.type, g.canonical);
            List<String> aliases = g.forms.stream().filter(f -> !f.equals(canonical)).sorted().toList();
            entities.add(new Entity(id, g.type, g.subtype, canonical, aliases,
                    g.mentions.stream().map(m -> Mention.of(doc.cite(m.begin(), m.end()), titles.get(m))).toList()));
            g.mentions.forEach(m -> entityOf.put(m, id));
        }
        Map<EntityMention, String> titleOf = new HashMap<>(titles);
        titleOf.keySet().retainAll(entityOf.keySet());
        return new DocumentEntities(entities, entityOf, titleOf);
    }

    /**
     * A lone word tagged as a person once and as a place or an organisation elsewhere in the
     * document ("Briskwater mayor indicted" in a headline, "BRISKWATER, Ore. —" in the dateline) is
     * that place or organisation: the tagger's person reading has no full name to stand on. A lone
     * word read as a person or as a place that no list knows, and that starts the one company name
     * with a legal form or a line of business, is that company. Never a person the text addresses
     * ("Mr. Tavelli", the founder of "Tavelli Sports Group Inc."; "Ms. Holm" beside "Holm Vance
     * Partners").
     */
    private void joinLoneWordsToOtherReading(List<Group> groups, AnnotatedDocument annotated) {
        for (var it = groups.iterator(); it.hasNext();) {
            Group g = it.next();
            if (g.type == EntityType.LOCATION && g.words.size() == 1 && g.subtype == null) {
                // a lone word read as a place that no place list knows, which starts the one company
                // name: "Lanthorn" beside "Lanthorn Robotics (Inc.)"; never where the
                // text writes it as a place ("its plant in Kohler" beside "Kohler Co.")
                // ("at Lanthorn's plant" is the company's plant: the preposition governs the plant)
                boolean writtenAsPlace = g.mentions.stream().anyMatch(m -> afterPlacePrepositionOrArticle(
                        annotated.sentences().get(m.sentence()).tokens(), m)
                        && !possessive(annotated.sentences().get(m.sentence()).tokens(), m));
                Group company = writtenAsPlace ? null : organisationStartingWith(groups, g.words.get(0));
                if (company != null) {
                    absorb(company, g);
                    it.remove();
                }
                continue;
            }
            if (g.type != EntityType.PERSON || g.words.size() != 1
                    || g.mentions.stream().anyMatch(x -> addressed(x, annotated))) {
                continue; // "Ms. Holm" is a person whatever else the word names ("Holm Vance Partners", "the Holm campaign")
            }
            String key = g.key();
            Group other = groups.stream().filter(o -> o != g && o.type != EntityType.PERSON && o.type != EntityType.MONEY
                    && o.key().equals(key)).findFirst().orElse(null);
            if (other == null) {
                other = partnerAfterAmpersand(groups, g, annotated.document().text());
            }
            if (other == null) {
                other = organisationStartingWith(groups, g.words.get(0));
                if (other == null && g.mentions.stream().noneMatch(x -> titled(x, annotated, true))) {
                    // "Glenmoor commissioner" beside "Glenmoor County"; never "Sheriff Jackson" beside "Jackson County"
                    other = placeNamedBy(groups, g.words.get(0));
                }
            }
            if (other != null) {
                absorb(other, g);
                it.remove();
            }
        }
    }

    /** A person's mention with a form of address in it or right before it: "Mr. Tavelli", "Ms. Holm". */
    private static boolean addressed(EntityMention m, AnnotatedDocument annotated) {
        if (NameKey.startsWithPersonalHonorific(m.text())) {
            return true;
        }
        List<Token> tokens = annotated.sentences().get(m.sentence()).tokens();
        return m.tokenBegin() > 0 && NameKey.startsWithPersonalHonorific(tokens.get(m.tokenBegin() - 1).word())
                && tokens.get(m.tokenBegin() - 1).word().length() <= 4;
    }

    /**
     * The one organisation of the document whose longer name starts with the word and is a
     * company's ({@link #namedAsCompany}), when no person of the document has that word in a name of two or more words: "Tavelli's
     * chief executive" beside "Tavelli Sports Group Inc." (no "Ann Tavelli"). Without a legal form
     * the longer name may be a body of a place ("Quillfield" beside "Quillfield Police Department").
     */
    private Group organisationStartingWith(List<Group> groups, String word) {
        Group found = null;
        for (Group o : groups) {
            if (o.type == EntityType.PERSON && o.words.size() >= 2 && o.words.contains(word)) {
                return null;
            }
            if (o.type == EntityType.ORGANIZATION && o.words.size() >= 2 && o.words.get(0).equals(word)) {
                if (found != null || !namedAsCompany(o)) {
                    return null; // two companies start with it
                }
                found = o;
            }
        }
        return found;
    }

    /**
     * The one organisation of the document whose name ends with "&" and the word, when every mention
     * of the lone word follows an ampersand: the tagger split "Vantorre & Gribble agrees to buy …"
     * in a headline and read its second partner as a person.
     */
    private static Group partnerAfterAmpersand(List<Group> groups, Group g, String text) {
        if (g.mentions.stream().anyMatch(x -> !text.substring(Math.max(0, x.begin() - 3), x.begin()).matches(".*&\\s+"))) {
            return null;
        }
        Pattern ending = Pattern.compile("&\\s+" + Pattern.quote(g.canonical) + "$");
        List<Group> found = groups.stream().filter(o -> o.type == EntityType.ORGANIZATION
                && ending.matcher(o.canonical).find()).toList();
        return found.size() == 1 ? found.get(0) : null;
    }

    /**
     * The one place of the document named by the word and generic words after it ("Glenmoor County"
     * for "Glenmoor"), when no person of the document has that word in a name of two or more words:
     * a lone word the tagger read as a person in "Glenmoor commissioner pleads not guilty" has no
     * full name to stand on, and the document names the place.
     */
    private Group placeNamedBy(List<Group> groups, String word) {
        Group found = null;
        for (Group o : groups) {
            if (o.type == EntityType.PERSON && o.words.size() >= 2 && o.words.contains(word)) {
                return null;
            }
            if (o.type == EntityType.LOCATION && o.words.size() >= 2 && o.words.get(0).equals(word)
                    && names.isFirstWordAndGeneric(o.canonical)) {
                if (found != null) {
                    return null; // "Glenmoor County" and "Glenmoor City": which one is meant is not said
                }
                found = o;
            }
        }
        return found;
    }

    /** First words that make a place of a name, whatever follows: "Santa Cruz", "Saint Paul", "Fort Worth". */
    private static final Set<String> PLACE_FIRST_WORDS = Set.of("santa", "san", "saint", "st", "fort", "mount", "lake",
            "port", "glen", "cape", "point", "new", "north", "south", "east", "west");

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from", "to", "into", "near", "of",
            "outside", "across", "throughout", "around", "toward", "towards");

    /**
     * A name of two or three words the tagger read as a place, whose first word is a given name and
     * whose last word the document names as a person elsewhere ("Wendell Ashbury, was arrested" then
     * "Ashbury, 61, appeared"), or that a title introduces ("Director Wendell Ashbury", "the port's
     * director, Wendell Ashbury,"): that person. A place named after someone stays a place: the place
     * list or the aliases know it, and no title or person of the document says otherwise. The same
     * holds for a name read as an organisation ("its chief executive, Bartholomew Quist,"), and a
     * byline's name alone on its line is a person ("By Nadia Feldhaus"), unless the name has a legal
     * form or ends like a publication's.
     */
    private boolean isPersonReadAsPlaceOrBody(EntityMention m, PlaceType subtype, String listed, List<String> words,
            AnnotatedDocument annotated, Set<String> personLastWords, Set<String> loneSurnames) {
        boolean body = m.entityType() == EntityType.ORGANIZATION;
        if (m.entityType() != EntityType.LOCATION && !body || subtype != null || listed != null || words.size() < 2
                || words.size() > 3 || PLACE_FIRST_WORDS.contains(words.get(0))) {
            return false;
        }
        // a given name first (CoreNLP's list of them); a body that a person's title introduces
        // needs none ("its chief executive, Bartholomew Quist,": the list lacks some given names)
        // (one given to both sexes counts: "Paris Vantongeren, a designer," then "Vantongeren said")
        boolean givenName = GivenNameGender.ofName(m.text(), null).isPresent()
                || GivenNames.isGivenName(m.text().strip().split("\\s+")[0]);
        // a given name no list knows, before a surname the document writes alone as a person's, the
        // name acting as a verb's subject: "Abelard Finchley unlocks the door" then "Finchley, 78,"
        // (a place seldom acts, and one named after a person stays apart: "in Abelard Finchley")
        String last = words.get(words.size() - 1);
        boolean actingSurname = !givenName && !body && loneSurnames.contains(last)
                && verbAfter(m, annotated);
        if (!givenName && !body && !actingSurname && !titledDirectly(m, annotated) && !apposedToTitle(m, annotated)) {
            return false; // "District Judge Oradell Pellham", "the town's mayor, Oradell Pellham,": a title
                          // right before the name, or ending the phrase it is apposed to, needs no listed given name
        }
        String written = m.text().replaceAll("\\s+", " ");
        if (body && (!names.key(EntityType.ORGANIZATION, written).equals(NameKey.of(written))
                || names.endsLikePublication(written))) {
            return false; // "Marta Kessel Inc.", "Ivo Lang Journal": a body named after a person
        }
        String text = annotated.document().text();
        if (body && givenName && isByline(text, m)) {
            return true; // "By Nadia Feldhaus" (or "By Nadia Feldhaus and Ivo Lang") over the publication's line
        }
        List<Token> tokens = annotated.sentences().get(m.sentence()).tokens();
        if (afterPlacePrepositionOrArticle(tokens, m)) {
            return false; // "in Santa Rosa", "the Lincoln Park"
        }
        if (m.tokenEnd() < tokens.size() && tokens.get(m.tokenEnd()).isTagged() && tokens.get(m.tokenEnd()).isNoun()) {
            return false; // "Lincoln Park residents": a place that modifies a noun
        }
        if (titled(m, annotated, body)) {
            return true;
        }
        // the document names its last word as a person's: only for a place reading ("Edward Jones"
        // the firm stays a firm beside "Ann Jones")
        if (body && !names.endsLikeBusiness(written) && apposedToRoleNoun(m, annotated)
                && loneSurnames.contains(last) && noOtherFullName(annotated, m, last)) {
            return true; // "The landlord, Maxwell Trevanion, plans …" then "Trevanion said": no firm
        }
        if ((!body || !names.endsLikeBusiness(written)) && listedAmongPersons(m, annotated)) {
            return true; // "The three, Osric Talbert, Mirela Quist and Davin Oyelaran, resigned"
        }
        return !body && (givenName || actingSurname)
                && (personLastWords.contains(last) || isLoneSubjectElsewhere(annotated, m, last));
    }

    /**
     * Whether the name is one of a list of names joined by commas and a final "and" or "or" whose
     * other members, two at least, are all people: "Osric Talbert, Mirela Quist and Davin Oyelaran"
     * lists three people even when the tagger reads the middle one as a body. A list with a place or
     * a body besides ("Ann Lee, Harwick Mills and Tom Ash") says nothing of its members' kind.
     */
    static boolean listedAmongPersons(EntityMention m, AnnotatedDocument annotated) {
        List<Token> tokens = annotated.sentences().get(m.sentence()).tokens();
        List<EntityMention> inSentence = annotated.entities().stream()
                .filter(o -> o.sentence() == m.sentence() && !o.entityType().isAttribute()).toList();
        int persons = 0;
        boolean joined = false;
        for (int dir : new int[] {-1, 1}) {
            EntityMention at = m;
            while (true) {
                int k = dir < 0 ? at.tokenBegin() - 1 : at.tokenEnd();
                int separators = 0;
                boolean and = false;
                while (k >= 0 && k < tokens.size() && separators < 2
                        && Set.of(",", "and", "or").contains(tokens.get(k).word())) {
                    and |= !tokens.get(k).word().equals(",");
                    separators++;
                    k += dir;
                }
                if (separators == 0) {
                    break;
                }
                int edge = k;
                Optional<EntityMention> next = inSentence.stream()
                        .filter(o -> dir < 0 ? o.tokenEnd() == edge + 1 : o.tokenBegin() == edge).findFirst();
                if (next.isEmpty()) {
                    break;
                }
                if (next.get().entityType() != EntityType.PERSON) {
                    return false;
                }
                persons++;
                joined |= and;
                at = next.get();
            }
        }
        return persons >= 2 && joined;
    }

    /**
     * Whether the document writes the word alone elsewhere, as the tagger's place or body, as the
     * subject of a verb and after no word of place: "met Emery Tolland in Vasterholm" then "Tolland
     * paid him" names a person by full name and then by surname, as places are not named ("Alice
     * Springs" is never "Springs paid").
     */
    private static boolean isLoneSubjectElsewhere(AnnotatedDocument annotated, EntityMention m, String word) {
        for (EntityMention o : annotated.entities()) {
            if (o == m || o.entityType() == EntityType.PERSON || o.entityType().isAttribute()
                    || o.tokenEnd() - o.tokenBegin() != 1 || !List.of(word).equals(NameKey.words(o.text()))) {
                continue;
            }
            List<Token> tokens = annotated.sentences().get(o.sentence()).tokens();
            if (o.tokenEnd() < tokens.size() && tokens.get(o.tokenEnd()).isTagged() && tokens.get(o.tokenEnd()).isVerb()
                    && !afterPlacePrepositionOrArticle(tokens, o)) {
                return true;
            }
        }
        return false;
    }

    /** The mention is all a byline names: "By" alone before it on its line, nothing after it there. */
    private static boolean isByline(String text, EntityMention m) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, m.begin() - 1)) + 1;
        int lineEnd = text.indexOf('\n', m.end());
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
        return BYLINE_OF_NAMES.matcher(line).matches();
    }

    /**
     * A byline line that only names its writers: "By" and one to three names of two or three
     * capitalised words, joined by commas or "and" ("By Greta Vollmark and Ivo Lang").
     */
    private static final Pattern BYLINE_OF_NAMES;

    static {
        String name = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,2}";
        BYLINE_OF_NAMES = Pattern.compile("\\s*(?i:by)\\s+" + name + "(?:\\s*(?:,|,?\\s+and)\\s+" + name + "){0,2}\\s*");
    }

    /** How many words a headline must have before a mention of all of it is read as the headline, not a name. */
    private static final int HEADLINE_WORDS = 5;

    /**
     * The mention covers every word of the document's headline, of five words or more: the tagger
     * read a headline written with capitals on every word as one name.
     */
    private static boolean isWholeHeadline(AnnotatedDocument annotated, EntityMention m, List<String> words) {
        if (words.size() < HEADLINE_WORDS || m.sentence() != 0 || annotated.sentences().isEmpty()) {
            return false;
        }
        Sentence first = annotated.sentences().get(0);
        String text = annotated.document().text();
        return Headline.is(annotated.document(), first.begin(), first.end())
                && text.substring(first.begin(), m.begin()).isBlank()
                && text.substring(m.end(), first.end()).chars().noneMatch(Character::isLetterOrDigit);
    }

    /** The last word of every name the tagger read as a person's, once per document. */
    private static Set<String> personLastWords(AnnotatedDocument annotated) {
        Set<String> out = new java.util.HashSet<>();
        for (EntityMention o : annotated.entities()) {
            if (o.entityType() == EntityType.PERSON) {
                List<String> words = NameKey.words(o.text());
                if (!words.isEmpty()) {
                    out.add(words.get(words.size() - 1));
                }
            }
        }
        return out;
    }

    /** The one-word names the tagger read as a person's ("Finchley, 78, is the last cobbler"). */
    private static Set<String> loneSurnames(AnnotatedDocument annotated) {
        Set<String> out = new java.util.HashSet<>();
        for (EntityMention o : annotated.entities()) {
            List<String> words = NameKey.words(o.text());
            if (o.entityType() == EntityType.PERSON && words.size() == 1) {
                out.add(words.get(0));
            }
        }
        return out;
    }

    /**
     * The name set off by commas after "the" or "a" and one noun in small letters, singular: "The
     * landlord, Maxwell Trevanion, plans …" (a role's holder; "The buyers, …" may be firms).
     */
    private static boolean apposedToRoleNoun(EntityMention m, AnnotatedDocument annotated) {
        List<Token> tokens = annotated.sentences().get(m.sentence()).tokens();
        int b = m.tokenBegin();
        if (b < 3 || !tokens.get(b - 1).word().equals(",") || m.tokenEnd() >= tokens.size()
                || !tokens.get(m.tokenEnd()).word().equals(",")) {
            return false;
        }
        Token noun = tokens.get(b - 2);
        String article = tokens.get(b - 3).word().toLowerCase(java.util.Locale.ROOT);
        return noun.word().matches("[a-z]+") && !isPlural(noun) && (!noun.isTagged() || noun.pos().equals("NN"))
                && (article.equals("the") || article.equals("a")) && (b == 3 || !tokens.get(b - 4).isTagged()
                        || !tokens.get(b - 4).pos().equals("IN"));
    }

    /** No other name of two or more words that the tagger read as a person's ends with the word. */
    private static boolean noOtherFullName(AnnotatedDocument annotated, EntityMention m, String last) {
        for (EntityMention o : annotated.entities()) {
            List<String> words = NameKey.words(o.text());
            if (o != m && o.entityType() == EntityType.PERSON && words.size() >= 2 && words.get(words.size() - 1).equals(last)) {
                return false;
            }
        }
        return true;
    }

    /** A verb of the tagged sentence right after the mention: "Abelard Finchley unlocks". */
    private static boolean verbAfter(EntityMention m, AnnotatedDocument annotated) {
        List<Token> tokens = annotated.sentences().get(m.sentence()).tokens();
        return m.tokenEnd() < tokens.size() && tokens.get(m.tokenEnd()).isTagged() && tokens.get(m.tokenEnd()).isVerb();
    }

    /** Whether a possessive ending follows the mention ("Lanthorn's plant"). */
    private static boolean possessive(List<Token> tokens, EntityMention m) {
        return m.tokenEnd() < tokens.size() && Token.isPossessiveMark(tokens.get(m.tokenEnd()).word());
    }

    /**
     * Whether the sentence reads a one-word name as a place: a possessive before what a place has
     * ({@code place-owned} or {@code place-office} in word-classes.txt: "Jordan's border", "Houston's
     * mayor"); a copula before what a place is ({@code place-kind}: "Chester is a city in ...",
     * "Lincoln is the capital of Nebraska"; not "is a city councilman"); "has" before a number of
     * residents ("Houston has 2.3 million residents"); or an "its" later in the sentence that nothing
     * else between could own: no singular common noun and no other name ("Jordan said on Monday it
     * would reopen its border"; not "Houston said the bill would hurt its sponsors"). With {@code
     * predicateOnly}, for a name no place list knows, only the copula and the residents count
     * ("Chester is a city in northwest England").
     */
    private boolean placeReading(List<Token> tokens, EntityMention m, boolean predicateOnly) {
        int i = m.tokenEnd();
        if (i >= tokens.size()) {
            return false;
        }
        if (Token.isPossessiveMark(tokens.get(i).word())) {
            int j = skipModifiers(tokens, i + 1);
            return !predicateOnly && j < tokens.size() && nounOrUntagged(tokens.get(j))
                    && (rules.inClass(tokens.get(j), "place-owned") || rules.inClass(tokens.get(j), "place-office"));
        }
        String next = tokens.get(i).word().toLowerCase(java.util.Locale.ROOT);
        if (BE_FORMS.contains(next)) {
            int j = i + 1;
            if (j < tokens.size() && ARTICLES.contains(tokens.get(j).word().toLowerCase(java.util.Locale.ROOT))) {
                j++;
            }
            j = skipModifiers(tokens, j);
            // the noun ends its phrase: "is a city in …", "is the capital of …"; not "is a state senator"
            return j < tokens.size() && nounOrUntagged(tokens.get(j)) && rules.inClass(tokens.get(j), "place-kind")
                    && (j + 1 >= tokens.size() || tokens.get(j + 1).word().isEmpty() || !Character.isLetter(tokens.get(j + 1).word().charAt(0))
                            || PHRASE_ENDERS.contains(tokens.get(j + 1).word().toLowerCase(java.util.Locale.ROOT)));
        }
        if (HAVE_FORMS.contains(next)) {
            for (int j = i + 1; j < Math.min(tokens.size() - 1, i + 5); j++) {
                if (NUMBER.matcher(tokens.get(j).word()).matches() && rules.inClass(tokens.get(j + 1), "place-office")) {
                    return true; // "Houston has 2.3 million residents"
                }
            }
        }
        for (int j = i; j < tokens.size() && !predicateOnly; j++) {
            Token t = tokens.get(j);
            String w = t.word().toLowerCase(java.util.Locale.ROOT);
            if (w.equals("its")) {
                return true;
            }
            if (PERSON_PRONOUNS.contains(w)) {
                return false; // "Houston said he would cut its budget": the person speaks
            }
            if ("NN".equals(t.pos()) || !t.isTagged() && NOUN_OPENERS.contains(w)
                    || Token.isNameTag(t.ner()) && !DATE_TAGS.contains(t.ner())) {
                return false; // "Houston said the bill would hurt its sponsors": the bill's
            }
        }
        return false;
    }

    /**
     * A speech verb right after the name whose reported clause opens with "it" and an auxiliary:
     * "Jordan said it would not allow the convoy …", "Chad says it will close the border". A
     * person who speaks of himself says "he"; the name the list knows as a country speaks of itself
     * as "it". Not "said it was …" ("Jordan said it was a mistake": "it" is the matter spoken of).
     */
    private boolean itAfterSpeechVerb(List<Token> tokens, EntityMention m) {
        int i = m.tokenEnd();
        return i + 2 < tokens.size() && speechVerbAfter(tokens, m) && itAndAuxiliaryAfter(tokens, i);
    }

    /** "it" and one of {@link #IT_AUXILIARIES} right after the verb at {@code verb} ("said it would"). */
    private static boolean itAndAuxiliaryAfter(List<Token> tokens, int verb) {
        return verb + 2 < tokens.size() && tokens.get(verb + 1).word().equals("it")
                && IT_AUXILIARIES.contains(tokens.get(verb + 2).word().toLowerCase(java.util.Locale.ROOT));
    }

    /** Auxiliaries after a reported "it" that make it the speaker's own plan or deed, not a matter judged. */
    private static final Set<String> IT_AUXILIARIES = Set.of("would", "will", "could", "can", "had", "has",
            "plans", "planned", "intends", "intended", "wants", "wanted");

    /** The index of the first token from {@code j} that is no adjective or adverb (tagged ones only). */
    private static int skipModifiers(List<Token> tokens, int j) {
        while (j < tokens.size() && tokens.get(j).pos() != null
                && (tokens.get(j).pos().startsWith("JJ") || tokens.get(j).pos().startsWith("RB"))) {
            j++;
        }
        return j;
    }

    private static boolean nounOrUntagged(Token t) {
        return !t.isTagged() || t.isNoun();
    }

    private static final Set<String> BE_FORMS = Set.of("is", "was", "remains", "became");
    private static final Set<String> HAVE_FORMS = Set.of("has", "had", "have");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** Words after a noun that end its phrase ("a city in …", "a town of 9,000", "a port that …"). */
    private static final Set<String> PHRASE_ENDERS = Set.of("in", "of", "on", "near", "with", "and", "that", "which",
            "where", "whose", "about", "along", "north", "south", "east", "west");
    /** Words that open a noun phrase, for a sentence with no part-of-speech tags. */
    private static final Set<String> NOUN_OPENERS = Set.of("a", "an", "the", "this", "these", "those", "their", "our",
            "my", "your", "every", "each");
    private static final Pattern NUMBER = Pattern.compile("[0-9][0-9.,]*|million|billion|thousand|hundred");

    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "his", "her", "him");
    private static final Set<String> DATE_TAGS = Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL",
            "MONEY", "PERCENT");

    /** Verbs of founding, by lemma: "Tamsin Orrell founded Orrell Analytics". */
    private static final Set<String> FOUNDING = Set.of("found", "co-found", "cofound", "establish", "start", "launch",
            "create", "build");

    /**
     * Whether a two-word name the tagger read as an organisation founds, right after it, a company
     * whose name starts with its second word ("Tamsin Orrell founded Orrell Analytics", "Tamsin
     * Orrell co-founded Orrell Analytics"): a person whose surname the company bears.
     */
    private boolean foundsCompanyOfSurname(AnnotatedDocument annotated, EntityMention m, List<String> words,
            List<Group> groups) {
        List<Token> tokens = annotated.sentences().get(m.sentence()).tokens();
        int i = m.tokenEnd();
        if (i + 1 >= tokens.size() || tokens.get(i).lemma() == null || tokens.get(i).isTagged() && !tokens.get(i).isVerb()
                || !FOUNDING.contains(tokens.get(i).lemma().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        String surname = words.get(1);
        List<String> next = NameKey.words(tokens.get(i + 1).word());
        return !next.isEmpty() && next.get(0).equals(surname) && i + 2 < tokens.size()
                && tokens.get(i + 2).word().length() > 0 && Character.isUpperCase(tokens.get(i + 2).word().charAt(0));
    }

    /** A noun a person's surname leads right after the mention ({@code namesake-led}: "the Orrell campaign"). */
    private boolean namesakeLedAfter(AnnotatedDocument annotated, EntityMention m) {
        List<Token> tokens = annotated.sentences().get(m.sentence()).tokens();
        return m.tokenEnd() < tokens.size() && rules.inClass(tokens.get(m.tokenEnd()), "namesake-led");
    }

    /** A preposition of place or "the" right before the mention: "in Oakby", "the Oakby". */
    private static boolean afterPlacePrepositionOrArticle(List<Token> tokens, EntityMention m) {
        if (m.tokenBegin() == 0) {
            return false;
        }
        String before = tokens.get(m.tokenBegin() - 1).word().toLowerCase(java.util.Locale.ROOT);
        return PLACE_PREPOSITIONS.contains(before) || before.equals("the");
    }

    /** How far before the comma of an apposition its title may end ("the director of the port, Ann Lee"). */
    private static final int APPOSITION_WORDS = 6;

    /**
     * A title word (tagged TITLE, not read as a verb) right before the mention, or before the comma
     * that opens it as an apposition with no other comma between.
     */
    private static boolean titled(EntityMention m, AnnotatedDocument annotated, boolean singular) {
        List<Token> tokens = annotated.sentences().get(m.sentence()).tokens();
        if (m.tokenBegin() == 0) {
            return false;
        }
        boolean comma = tokens.get(m.tokenBegin() - 1).word().equals(",");
        if (!comma) {
            return isTitleWord(tokens.get(m.tokenBegin() - 1)) && (!singular || !isPlural(tokens.get(m.tokenBegin() - 1)));
        }
        boolean closed = m.tokenEnd() >= tokens.size() || tokens.get(m.tokenEnd()).word().equals(",")
                || tokens.get(m.tokenEnd()).word().equals(".");
        if (!closed) {
            return false; // "toured Santa Rosa, Santa Cruz and Napa": a list, not an apposition
        }
        for (int i = m.tokenBegin() - 2; i >= 0 && i >= m.tokenBegin() - 2 - APPOSITION_WORDS; i--) {
            Token t = tokens.get(i);
            if (isTitleWord(t)) {
                return !singular || !isPlural(t); // "The bank's lawyers, Sullivan Cromwell," may name a firm
            }
            if (t.word().equals(",") || t.isTagged() && !APPOSED_PHRASE.matcher(t.pos()).matches()) {
                return false; // another comma, or a verb: no apposition to a title
            }
        }
        return false;
    }

    /** A person's title (singular) right before the name, with no comma between: "Board Chair Ann Lee". */
    private static boolean titledDirectly(EntityMention m, AnnotatedDocument annotated) {
        List<Token> tokens = annotated.sentences().get(m.sentence()).tokens();
        return m.tokenBegin() > 0 && isTitleWord(tokens.get(m.tokenBegin() - 1)) && !isPlural(tokens.get(m.tokenBegin() - 1));
    }

    /**
     * The name is apposed to a phrase that a singular title ends: "The town's mayor, Ann Lee, said".
     * Stricter than {@link #titled}: the title must be the last word before the comma, so that "the
     * governor's home county, Fenmarsh County," (a place apposed to a phrase that merely holds a
     * title) is not read as a person.
     */
    private static boolean apposedToTitle(EntityMention m, AnnotatedDocument annotated) {
        List<Token> tokens = annotated.sentences().get(m.sentence()).tokens();
        int b = m.tokenBegin();
        if (b < 2 || !tokens.get(b - 1).word().equals(",")) {
            return false;
        }
        boolean closed = m.tokenEnd() >= tokens.size() || tokens.get(m.tokenEnd()).word().equals(",")
                || tokens.get(m.tokenEnd()).word().equals(".");
        Token title = tokens.get(b - 2);
        return closed && isTitleWord(title) && !isPlural(title);
    }

    private static boolean isPlural(Token t) {
        return t.isTagged() ? t.pos().equals("NNS") : t.word().endsWith("s") && !t.word().endsWith("ss");
    }

    /** What may stand between a title and the comma of its apposition: "the director of the port's board". */
    private static final Pattern APPOSED_PHRASE = Pattern.compile("DT|IN|NN.*|JJ.?|POS|PRP\\$|CD");

    private static boolean isTitleWord(Token t) {
        return "TITLE".equals(t.ner()) && !t.isVerb();
    }

    /** A distance from a place set off after its name: ", about 80 miles north of", ", 12 km from". */
    private static final java.util.regex.Pattern DISTANCE_AFTER = java.util.regex.Pattern.compile(
            "\\s*,\\s+(?:(?:about|some|nearly|roughly|around|almost|just|only|less than|more than)\\s+)?[\\d,.]+(?:\\s+|-)"
            + "(?:miles?|kilometers?|kilometres?|km)\\b");

    /**
     * Whether "of" and a noun whose "of" names a place ({@code place-office} in word-classes.txt:
     * "the mayor of", "residents of") stand right before the mention, which owns nothing after it
     * ("the mayor of Ann Lee's hometown" names a person's town, not a town).
     */
    private boolean afterPlaceOffice(AnnotatedDocument annotated, EntityMention m) {
        List<Token> tokens = annotated.sentences().get(m.sentence()).tokens();
        int of = m.tokenBegin() - 1;
        if (of < 1 || !tokens.get(of).word().equalsIgnoreCase("of")
                || m.tokenEnd() < tokens.size() && Token.isPossessiveMark(tokens.get(m.tokenEnd()).word())) {
            return false;
        }
        return rules.inClass(tokens.get(of - 1), "place-office");
    }

    /**
     * Whether a possessive ending and a word of {@code company-part} (word-classes.txt) follow the
     * mention, past at most two adjectives: "Calloway's chief executive", "Calloway's shareholders" (not
     * "Trump's campaign headquarters": a noun between may be a person's).
     */
    private boolean companyPartAfter(AnnotatedDocument annotated, EntityMention m) {
        List<Token> tokens = annotated.sentences().get(m.sentence()).tokens();
        int i = m.tokenEnd();
        if (i >= tokens.size() || !tokens.get(i).isTagged() || !Token.isPossessiveMark(tokens.get(i).word())) {
            return false;
        }
        for (int k = i + 1; k < tokens.size() && k <= i + 3; k++) {
            Token t = tokens.get(k);
            if (rules.inClass(t.lemma().toLowerCase(java.util.Locale.ROOT), "company-part")
                    || rules.inClass(t.word().toLowerCase(java.util.Locale.ROOT), "company-part")) {
                // the phrase's head, or a title's ("chief executive officer"); not "Lee's executive assistant"
                return k + 1 >= tokens.size() || !tokens.get(k + 1).isNoun()
                        || tokens.get(k + 1).lemma().equalsIgnoreCase("officer");
            }
            // adjectives only ("chief", "former"): a noun between makes the part another's ("Trump's campaign staff")
            if (!t.pos().startsWith("JJ") && !t.word().equalsIgnoreCase("chief")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a noun of {@code company-modifier} (word-classes.txt) follows the mention right away,
     * with no possessive, and ends its phrase (a verb, a name, a punctuation mark or nothing after
     * it): "Kalvane shares rose", "Kalvane founder Oskar Kalvane"; not "Kalvane's shares", "Kalvane
     * shares his view" (a verb), "the Kalvane stock options".
     */
    private boolean companyModifierAfter(AnnotatedDocument annotated, EntityMention m) {
        List<Token> tokens = annotated.sentences().get(m.sentence()).tokens();
        int i = m.tokenEnd();
        if (i >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(i);
        if (!t.isTagged()) {
            // no tags: only a word that is never a verb ("founder", not "shares")
            return rules.inClass(t, "company-modifier");
        }
        if (!t.isNoun() || t.pos().startsWith("NNP") || !rules.inClass(t, "company-modifier")
                && !rules.inClass(t, "company-modifier-noun")) {
            return false;
        }
        if (i + 1 >= tokens.size()) {
            return true;
        }
        Token next = tokens.get(i + 1);
        return !next.isTagged() || !next.isNoun() || next.pos().startsWith("NNP");
    }

    /**
     * The one organisation of the document whose longer name starts with the word and is a
     * company's ({@link #namedAsCompany}), whoever else bears the word: "Kalvane Labs" for "Kalvane
     * shares" beside its founder "Oskar Kalvane". Null when none or two do.
     */
    private Group companyStartingWith(List<Group> groups, String word) {
        Group found = null;
        for (Group o : groups) {
            if (o.type == EntityType.ORGANIZATION && o.words.size() >= 2 && o.words.get(0).equals(word)) {
                if (found != null || !namedAsCompany(o)) {
                    return null;
                }
                found = o;
            }
        }
        return found;
    }

    /** Words after a lone name that say the name is a thing, not a person: "Harlan said it would close …". */
    private static final Set<String> THING_PRONOUNS = Set.of("it", "its", "which");

    /**
     * A lone word the tagger read as a place or an organisation that is the surname of a person this
     * document has already named in full, in a place where a person can stand: "Mayor Ann Oakby was
     * indicted …" then "Oakby's wife", "If convicted, Oakby could face". It stays what the tagger said
     * when the aliases know it as a body, when the place list or the aliases know it as a place unless
     * a verb or a possessive ending follows it and no "it" or "its" ("Washington won 54 percent" after
     * "Jonathan Washington"; "Washington said it would" stays the place), after a preposition of place
     * ("in Oakby") or an article ("the Oakby"), before a noun it modifies ("Oakby police"), when the
     * document names a place or a body with that word in it ("Oakby County", "Oakby Motor Co."), and,
     * read as an organisation, when its sentence goes on with "it", "its" or "which" ("Harlan said it
     * would close 40 stores" may be the founder's company).
     */
    private boolean isSurnameOfPersonBefore(List<Group> groups, EntityMention m, PlaceType subtype,
            String listed, List<String> words, AnnotatedDocument annotated) {
        boolean organisation = m.entityType() == EntityType.ORGANIZATION;
        boolean known = subtype != null || listed != null;
        if (words.size() != 1 || known && organisation
                || m.entityType() != EntityType.LOCATION && !organisation) {
            return false;
        }
        String word = words.get(0);
        boolean person = false;
        for (Group g : groups) {
            if (g.type == EntityType.PERSON) {
                person |= g.words.size() >= 2 && g.words.get(g.words.size() - 1).equals(word)
                        && g.mentions.stream().anyMatch(x -> x.begin() < m.begin());
            } else if (g.type != EntityType.MONEY && g.words.size() >= 2 && g.words.contains(word)) {
                return false;
            }
        }
        if (!person) {
            return false;
        }
        List<Token> tokens = annotated.sentences().get(m.sentence()).tokens();
        if (known) {
            // a place the list knows, as the surname of a person named in full before, only where a
            // person acts: the subject of a verb right after it or its owner ("Jonathan Washington …"
            // then "Washington won 54 percent"), never after a word of place ("to Washington"), and
            // never where its sentence goes on with "it" or "its" ("Washington said it would …")
            return m.tokenEnd() < tokens.size() && !afterPlacePrepositionOrArticle(tokens, m) && !placeReading(tokens, m, false)
                    && tokens.subList(m.tokenEnd(), tokens.size()).stream()
                            .noneMatch(t -> THING_PRONOUNS.contains(t.word().toLowerCase(java.util.Locale.ROOT)))
                    && (possessive(tokens, m) || speechVerbAfter(tokens, m)
                            || tokens.get(m.tokenEnd()).isTagged() && tokens.get(m.tokenEnd()).isVerb());
        }
        if (relationBefore(tokens, m)) {
            return true; // "an aide to Quist", "a son of Quist": a relation, not a place
        }
        if (!tokens.get(m.tokenBegin()).isTagged()) {
            // no part of speech to tell a modifier ("Oakridge police") from a subject, but a verb of
            // speech right after the word, or a possessive ending, is no modifier's: "Kettering said
            // both sides had compromised" after "Minister Obadiah Kettering" (the tagger's town)
            return !afterPlacePrepositionOrArticle(tokens, m) && m.tokenEnd() < tokens.size()
                    && (possessive(tokens, m) || speechVerbAfter(tokens, m));
        }
        if (afterPlacePrepositionOrArticle(tokens, m)) {
            return false;
        }
        if (organisation && tokens.subList(m.tokenEnd(), tokens.size()).stream()
                .anyMatch(t -> THING_PRONOUNS.contains(t.word().toLowerCase(java.util.Locale.ROOT)))) {
            return false;
        }
        return m.tokenEnd() >= tokens.size() || !tokens.get(m.tokenEnd()).isNoun();
    }

    /**
     * "To" or "of" right before the mention after a word of a person's relation to another
     * ({@code relative} in word-classes.txt: "an aide to Quist", "the son of Quist"), or "to" after a
     * post held for another ({@code post}: "an adviser to Quist"; "the mayor of Quist" may be a place's),
     * or "for" after any of these or a holder ({@code holder}: "a spokesman for Quist", "a lawyer for Quist").
     */
    private boolean relationBefore(List<Token> tokens, EntityMention m) {
        int b = m.tokenBegin();
        if (b < 2) {
            return false;
        }
        String prep = tokens.get(b - 1).word().toLowerCase(java.util.Locale.ROOT);
        Token noun = tokens.get(b - 2);
        String word = noun.word().toLowerCase(java.util.Locale.ROOT);
        String lemma = noun.lemma() == null ? word : noun.lemma().toLowerCase(java.util.Locale.ROOT);
        boolean relative = rules.inClass(word, "relative") || rules.inClass(lemma, "relative");
        boolean post = rules.inClass(word, "post") || rules.inClass(lemma, "post");
        boolean holder = rules.inClass(word, "holder") || rules.inClass(lemma, "holder");
        return prep.equals("to") && (relative || post) || prep.equals("of") && relative
                || prep.equals("for") && (relative || post || holder);
    }

    /**
     * A verb of speech ({@code speech} in claim-cues.txt) in small letters right after the mention,
     * in a sentence the tagger did not read ("Kettering said", "Kettering told"): its lemma is the word
     * read as a past tense.
     */
    private boolean speechVerbAfter(List<Token> tokens, EntityMention m) {
        Token next = tokens.get(m.tokenEnd());
        return !next.word().isEmpty() && Character.isLowerCase(next.word().charAt(0))
                && (next.word().endsWith("ed") || next.word().endsWith("s") || next.lemma() != null
                        && !next.lemma().equalsIgnoreCase(next.word()))
                && rules.isCue(next.lemma() == null ? next.word() : next.lemma(), "speech");
    }

    /** "St." or "Saint" right before a name, as the text writes it. */
    private static final Pattern SAINT_BEFORE = Pattern.compile("(?:\\bSt\\.|\\bSaint)\\s+$");
    /** A possessive ending right after a name: "'s", "’s". */
    private static final Pattern POSSESSIVE_AFTER = Pattern.compile("['’]s\\b");

    /**
     * Whether a "person" is a saint's name that names a church, a school or a hospital: "St." or
     * "Saint" opens it or stands right before it, and a possessive ending follows that owns no common
     * noun ("a spokeswoman for St. Ermund's said", "the Saint Wilfrid's School choir"; not "St.
     * Clair's lawyer", a person's).
     */
    private static boolean saintsNameOfPlace(AnnotatedDocument annotated, EntityMention m) {
        String text = annotated.document().text();
        boolean saint = m.text().startsWith("St. ") || m.text().startsWith("Saint ")
                || SAINT_BEFORE.matcher(text.substring(Math.max(0, m.begin() - 7), m.begin())).find();
        if (!saint || !POSSESSIVE_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
            return false;
        }
        List<Token> tokens = annotated.sentences().get(m.sentence()).tokens();
        int next = m.tokenEnd() + 1;
        if (m.tokenEnd() < tokens.size() && !Token.isPossessiveMark(tokens.get(m.tokenEnd()).word())) {
            next = m.tokenEnd(); // the tokenizer kept "'s" on the word
        }
        if (next >= tokens.size()) {
            return true;
        }
        Token t = tokens.get(next);
        if (t.isTagged()) {
            return !t.isNoun() || t.pos().startsWith("NNP");
        }
        return !BEFORE_NOUN.matcher(" " + t.word()).lookingAt();
    }

    /**
     * The one organisation or place of the document whose name starts with the saint's name and
     * its possessive ending ("St. Ermund's Hospital" for "St. Ermund's"); null when none or two.
     */
    private static Group placeOfSaint(List<Group> groups, EntityMention m, String text) {
        String saint = text.substring(Math.max(0, m.begin() - 7), m.begin());
        java.util.regex.Matcher before = SAINT_BEFORE.matcher(saint);
        String written = (before.find() ? saint.substring(before.start()) : "") + m.text();
        String prefix = written.replaceAll("\\s+", " ") + "'s ";
        Group found = null;
        for (Group g : groups) {
            if ((g.type == EntityType.ORGANIZATION || g.type == EntityType.LOCATION)
                    && g.canonical.replace('’', '\'').startsWith(prefix)) {
                if (found != null) {
                    return null;
                }
                found = g;
            }
        }
        return found;
    }

    /**
     * A "person" whose full name opens the name of one organisation or place of the document that
     * ends with an institution's or a site's head word ("Fennimore Castell" beside "Fennimore Castell
     * University", "Hollis Burke" beside "Hollis Burke Elementary School": {@code place-head} or
     * {@code named-after-head} in word-classes.txt, or an institution's head noun) is that
     * institution, when no mention of the person reads as a person's: addressed, titled, with an age,
     * apposed to a role, or going on with "he" or "she" ("Ilse Varga said she …" beside "the Ilse
     * Varga Foundation" stays the founder).
     */
    private void joinPeopleAnInstitutionIsNamedAfter(List<Group> groups, AnnotatedDocument annotated,
            Map<EntityMention, String> titles) {
        String text = annotated.document().text();
        for (var it = groups.iterator(); it.hasNext();) {
            Group g = it.next();
            if (g.type != EntityType.PERSON || g.words.size() < 2) {
                continue;
            }
            Group named = null;
            boolean two = false;
            for (Group o : groups) {
                if ((o.type == EntityType.ORGANIZATION || o.type == EntityType.LOCATION) && o.words.size() > g.words.size()
                        && o.words.subList(0, g.words.size()).equals(g.words) && namedAfterHead(o)) {
                    two |= named != null;
                    named = o;
                }
            }
            if (named == null || two) {
                continue;
            }
            boolean person = g.mentions.stream().anyMatch(m -> addressed(m, annotated) || titles.get(m) != null
                    || AGE_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()
                    || subjectPronounAfter(annotated, m).isPresent() || apposedToRoleNoun(m, annotated)
                    || apposedToTitle(m, annotated));
            if (!person) {
                absorb(named, g);
                it.remove();
            }
        }
    }

    /** Whether a name's last word heads an institution or a site named after someone: "University", "School", "Stadium". */
    private boolean namedAfterHead(Group o) {
        String last = o.canonical.substring(o.canonical.lastIndexOf(' ') + 1);
        String lower = last.toLowerCase(java.util.Locale.ROOT);
        return Institutions.isHead(last) || rules.inClass(lower, "place-head") || rules.inClass(lower, "named-after-head");
    }

    /**
     * An organisation named by one plural word that is the last word of exactly one longer
     * organisation's name of the document, no company's and no publication's, is that organisation
     * when the text speaks of it as a team: a word of {@code team-role} in word-classes.txt right
     * after the nickname or the full name ("Ravens coach Ines Palo said" beside "the Kestrel Valley
     * Ravens"). Never a word of {@code member-plural}, which names the members of many bodies
     * ("Democrats" beside "Young Democrats"), nor "Times" beside "the Tampa Bay Times".
     */
    private void joinNicknamesOfTeams(List<Group> groups, String text) {
        for (var it = groups.iterator(); it.hasNext();) {
            Group g = it.next();
            if (g.type != EntityType.ORGANIZATION || g.words.size() != 1) {
                continue;
            }
            String word = g.canonical.strip();
            if (!word.matches("\\p{Lu}\\p{Ll}+[^s]s") || rules.inClass(word.toLowerCase(java.util.Locale.ROOT), "member-plural")
                    || rules.canonicalFor(word) != null) {
                continue;
            }
            Group team = null;
            boolean two = false;
            for (Group o : groups) {
                if (o != g && o.type == EntityType.ORGANIZATION && o.words.size() >= 2
                        && o.canonical.endsWith(" " + word)) {
                    two |= team != null;
                    team = o;
                }
            }
            if (team == null || two || namedAsCompany(team) || names.endsLikePublication(team.canonical)
                    || Institutions.headOf(List.of(team.canonical.split("\\s+"))) != null) {
                continue;
            }
            boolean asTeam = java.util.stream.Stream.concat(g.mentions.stream(), team.mentions.stream()).anyMatch(m -> {
                java.util.regex.Matcher next = NEXT_WORD.matcher(text).region(m.end(), text.length());
                return next.lookingAt() && rules.inClass(next.group(1), "team-role");
            });
            if (asTeam) {
                absorb(team, g);
                it.remove();
            }
        }
    }

    /** Whether a common noun follows the mention right away, which it modifies: "Morrow teachers", "Morrow students". */
    private static boolean beforeCommonNoun(AnnotatedDocument annotated, EntityMention m) {
        List<Token> tokens = annotated.sentences().get(m.sentence()).tokens();
        if (m.tokenEnd() >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(m.tokenEnd());
        if (t.isTagged()) {
            return t.isNoun() && !t.pos().startsWith("NNP") && t.word().matches("\\p{Ll}+");
        }
        return BEFORE_NOUN.matcher(" " + t.word()).lookingAt();
    }

    /**
     * The one organisation or place of the document, named after someone ({@link #namedAfterHead}:
     * "Agatha Morrow Middle School"), that has the word in its name before its last word and no word
     * in small letters ("Obama Speech at Black Caucus Foundation" is no school named after Obama); null
     * when none or two. The caller asks that no person of the document bears the word.
     */
    private Group institutionBearing(List<Group> groups, String word) {
        Group found = null;
        for (Group o : groups) {
            if ((o.type == EntityType.ORGANIZATION || o.type == EntityType.LOCATION) && o.words.size() >= 3
                    && o.words.subList(0, o.words.size() - 1).contains(word) && namedAfterHead(o)
                    && !o.canonical.matches(".*\\s\\p{Ll}.*")) { // not "Obama Speech at Black Caucus Foundation"
                if (found != null) {
                    return null;
                }
                found = o;
            }
        }
        return found;
    }

    /** What a lone word that is both a person's surname and a company's first word names at one mention. */
    private enum Reading { PERSON, COMPANY, UNDECIDED }

    /**
     * The one company of the document whose name starts with a lone word ("Heddle" and "Heddle
     * Farms") when a person named in full bears that word as a surname ("Margit Heddle"); null
     * otherwise, and for a word the lists know or read as a person's given name alone.
     */
    private Group companyOfSurname(List<Group> groups, EntityMention m, EntityType type, PlaceType subtype,
            List<String> words) {
        if (words.size() != 1 || !(type == EntityType.PERSON || type == EntityType.ORGANIZATION
                || type == EntityType.LOCATION && subtype == null)) {
            return null;
        }
        Group person = findPerson(groups, words);
        if (person == null || person.words.size() < 2
                || !person.words.get(person.words.size() - 1).equals(words.get(0))) {
            return null;
        }
        return companyStartingWith(groups, words.get(0));
    }

    /**
     * Whether a lone word that is both the surname of a person named in full and the first word of
     * a company's name ("Margit Heddle", "Heddle Farms") names the person or the company at this
     * mention, from what the text says of it there. The person: a form of address ("Ms. Heddle"), a
     * title ("Chairwoman Heddle"), an age ("Heddle, 64,"), a "he" or "she" that its verb goes on with
     * ("Heddle said she"), "who" after a comma, a possessive before shares that no verb of price
     * follows (his stake: "Heddle's shares are worth $40 million"). The company: a possessive before
     * shares and a verb of price ({@code holding}, {@code price-move}: "Heddle's shares fell"), "which"
     * after a comma, "shares of" before it, a possessive before what a company has ({@code company-part}
     * {@code company-owned} or {@code company-owned-noun} in word-classes.txt: "Heddle's founder", "Heddle's shares"), such a noun
     * right after it ("Heddle workers", "Heddle shares"), what is said of a company ("Heddle is
     * privately held", "Heddle employs 900 people") or an "it" its verb goes on with ("Heddle said it
     * would"). Undecided otherwise: the mention joins neither.
     */
    private Reading surnameOrCompany(AnnotatedDocument annotated, EntityMention m, Map<EntityMention, String> titles) {
        String text = annotated.document().text();
        if (addressed(m, annotated) || titles.get(m) != null
                || AGE_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
            return Reading.PERSON;
        }
        List<Token> tokens = annotated.sentences().get(m.sentence()).tokens();
        int i = m.tokenEnd();
        if (i < tokens.size()) {
            boolean owner = Token.isPossessiveMark(tokens.get(i).word());
            Token noun = tokens.get(owner ? Math.min(i + 1, tokens.size() - 1) : i);
            // a word that may be a verb too ("shares", "plants") only where the tags read it as a noun
            boolean neverVerb = rules.inClass(noun, "company-part") || rules.inClass(noun, "company-owned")
                    || rules.inClass(noun, "company-modifier");
            boolean alsoVerb = rules.inClass(noun, "company-owned-noun") || rules.inClass(noun, "company-modifier-noun");
            boolean asNoun = noun.isTagged() ? noun.isNoun() && !noun.pos().startsWith("NNP") : neverVerb;
            int afterNoun = owner ? i + 2 : i + 1;
            boolean priceMoves = afterNoun < tokens.size() && rules.inClass(tokens.get(afterNoun), "price-move");
            if (rules.inClass(noun, "holding") && (owner || priceMoves)) {
                // "Heddle's shares fell", "Heddle shares rose" (whatever the tagger made of "shares") are the
                // company's stock; "Heddle's shares are worth $40 million", his stake
                return priceMoves ? Reading.COMPANY : Reading.PERSON;
            }
            if (owner && companyPartAfter(annotated, m)) {
                return Reading.COMPANY; // "Heddle's chief executive"
            }
            if ((owner || asNoun) && (neverVerb || alsoVerb)) {
                return Reading.COMPANY;
            }
            if (tokens.get(i).word().equals(",") && i + 1 < tokens.size()) {
                String rel = tokens.get(i + 1).word().toLowerCase(java.util.Locale.ROOT);
                if (rel.equals("which")) {
                    return Reading.COMPANY; // "Heddle, which was founded in 1921,"
                }
                if (rel.equals("who") || rel.equals("whose")) {
                    return Reading.PERSON; // "Heddle, who is 52,"
                }
            }
        }
        if (SHARES_OF.matcher(text.substring(Math.max(0, m.begin() - 16), m.begin())).find()) {
            return Reading.COMPANY; // "shares of Heddle rose"
        }
        if (COMPANY_PREDICATE.matcher(text).region(m.end(), text.length()).lookingAt()) {
            return Reading.COMPANY;
        }
        String pronoun = subjectPronounOrItAfter(tokens, m);
        return pronoun == null ? Reading.UNDECIDED : pronoun.equals("it") ? Reading.COMPANY : Reading.PERSON;
    }

    /** What is said of a company only, right after its name: "is privately held", "is listed", "was founded in", "employs". */
    private static final Pattern COMPANY_PREDICATE = Pattern.compile("\\s+(?:(?:is|was|has been|had been|remains)\\s+"
            + "(?:(?:privately|publicly|family|wholly|majority|closely)[- ]?)?(?:held|owned|traded|listed|headquartered|founded)"
            + "|employs|employed)\\b");

    /**
     * The first "he", "she" or "it" after a name that a verb right after it goes on with, no person
     * named between ("Heddle said on Monday that it would", "Heddle said she"); null when none.
     */
    private static String subjectPronounOrItAfter(List<Token> tokens, EntityMention m) {
        if (m.tokenEnd() >= tokens.size() || !tokens.get(m.tokenEnd()).isTagged() || !tokens.get(m.tokenEnd()).isVerb()) {
            return null;
        }
        for (int i = m.tokenEnd() + 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if ("PERSON".equals(t.ner())) {
                return null;
            }
            String w = t.word().toLowerCase(java.util.Locale.ROOT);
            if (w.equals("he") || w.equals("she") || w.equals("it")) {
                return w;
            }
        }
        return null;
    }

    /**
     * A "person" of two or more words that the text goes on to call by its first word alone and
     * that speaks of itself as "it" is a company: "Lockmere Hartwell said profit fell. Lockmere also
     * said it would sell its shipping arm." News calls a person by the surname, a company by its
     * first word. Only when the first word is no given name any list knows, no mention is
     * addressed ("Mr.") or titled ("President"), none is called by its last word alone, no "he" or
     * "she" goes on from one, and the first word has six letters or more; the "it" must follow a speech verb right after one of its mentions ("said it would").
     */
    private void companiesCalledByFirstWord(List<Group> groups, AnnotatedDocument annotated,
            Map<EntityMention, String> titles) {
        for (int gi = 0; gi < groups.size(); gi++) {
            Group g = groups.get(gi);
            // a short first word may be a surname written first ("Xi Jinping … Xi said it would …")
            if (g.type != EntityType.PERSON || g.words.size() < 2 || g.words.get(0).length() < FIRST_WORD_OF_COMPANY
                    || GivenNames.isGivenName(g.words.get(0)) || g.mentions.stream().anyMatch(titles::containsKey)
                    || GivenNameGender.ofName(g.canonical, null).isPresent()) {
                continue;
            }
            String first = g.words.get(0);
            String last = g.words.get(g.words.size() - 1);
            boolean firstAlone = false;
            boolean ok = true;
            boolean speaksAsIt = false;
            for (EntityMention m : g.mentions) {
                List<String> w = NameKey.words(m.text());
                if (addressed(m, annotated) || subjectPronounAfter(annotated, m).isPresent()
                        || w.size() == 1 && w.get(0).equals(last)) {
                    ok = false;
                    break;
                }
                firstAlone |= w.size() == 1 && w.get(0).equals(first);
                speaksAsIt |= speaksOfItself(annotated.sentences().get(m.sentence()).tokens(), m);
            }
            if (!ok || !firstAlone || !speaksAsIt) {
                continue;
            }
            Group org = new Group(EntityType.ORGANIZATION, null, g.canonical);
            absorb(org, g);
            groups.set(gi, org);
        }
    }

    /**
     * The fewest letters of a first word that names a company alone: the surnames written first
     * in East Asian names ("Xi", "Wang", "Park", "Zhang") are shorter.
     */
    private static final int FIRST_WORD_OF_COMPANY = 6;

    /** "X said it would …", "X also said it had …": a speech verb after the name (past adverbs), then "it" and an auxiliary. */
    private boolean speaksOfItself(List<Token> tokens, EntityMention m) {
        int j = skipModifiers(tokens, m.tokenEnd());
        if (j + 2 >= tokens.size()) {
            return false;
        }
        Token verb = tokens.get(j);
        return verb.isTagged() && verb.isVerb() && rules.isCue(verb.lemma() == null ? verb.word() : verb.lemma(), "speech")
                && itAndAuxiliaryAfter(tokens, j);
    }

    /**
     * A "person" whose name is an organisation's of this document without its legal form is that
     * organisation: "Torvane Mills agrees to buy …" in a headline, "Torvane Mills Inc. said" in the
     * story. The tagger reads a company's name as a person where nothing around it says otherwise;
     * a name that starts with a known given name stays a person (a founder: "Ralph Lauren").
     */
    private void joinCompanyNamesReadAsPeople(List<Group> groups) {
        for (var it = groups.iterator(); it.hasNext();) {
            Group g = it.next();
            if (g.type != EntityType.PERSON || g.words.size() < 2
                    || GivenNameGender.ofName(g.canonical, null).isPresent()) {
                continue; // "Ralph Lauren" beside "Ralph Lauren Corp.": a given name says person
            }
            String key = g.orgKey(names);
            Group org = groups.stream().filter(o -> o.type == EntityType.ORGANIZATION
                    && o.orgKey(names).equals(key)).findFirst().orElse(null);
            if (org != null) {
                absorb(org, g);
                it.remove();
            }
        }
    }

    /**
     * An organisation named by one word that is the first word of exactly one longer company name
     * of this document, a company's ({@link #namedAsCompany}), is that company: "Torvane" after
     * "Torvane Mills Inc."; so is such a word the tagger read as a place that no list knows and the
     * text never places anything in. With two candidates ("Torvane Mills Inc.", "Torvane Bank Corp.") or a
     * longer name that is no company's ("United Nations") it stays apart.
     */
    private void joinShortOrganisationNames(List<Group> groups, String text) {
        for (var it = groups.iterator(); it.hasNext();) {
            Group g = it.next();
            // the tagger reads a company's unknown first word alone as a place as often as not
            // ("Halberd, which had hoped to win the order" beside "Halberd Aerospace"): a place no list
            // knows (no subtype), never written after a word of place ("in", "from", "of" …), never a
            // dateline's in capitals, never "Dover-based", is the company
            boolean unknownPlace = g.type == EntityType.LOCATION && g.subtype == null && g.words.size() == 1
                    && g.mentions.stream().noneMatch(m -> AFTER_PLACE_WORD.matcher(
                            text.substring(Math.max(0, m.begin() - 12), m.begin())).find()
                            && !SHARES_OF.matcher(text.substring(Math.max(0, m.begin() - 12), m.begin())).find()
                            || Capitals.isShouted(m.text()) || text.startsWith("-based", m.end()));
            // nor is a company's first word before a noun of its own a person ("Ostrevik chief executive Ann
            // Lee", "the Ostrevik board" beside "Ostrevik Chemical"), unless a person of the story bears it
            // as a surname ("Marr" beside "Ivo Marr" and "Marr Engineering")
            boolean modifierPerson = g.type == EntityType.PERSON && g.words.size() == 1
                    && g.mentions.stream().allMatch(m -> BEFORE_NOUN.matcher(text.substring(m.end(),
                            Math.min(text.length(), m.end() + 40))).lookingAt())
                    && groups.stream().noneMatch(o -> o != g && o.type == EntityType.PERSON && o.words.size() >= 2
                            && o.words.get(o.words.size() - 1).equals(g.words.get(0)));
            if (g.type == EntityType.PERSON && g.words.size() == 1 && thingOrBodyWord(g, groups, text)) {
                it.remove(); // "Harbour commissioner Ann Lee", "its Kestrel booking system": no person
                continue;
            }
            if (g.type != EntityType.ORGANIZATION && !unknownPlace && !modifierPerson || g.words.size() != 1) {
                continue;
            }
            List<Group> longer = groups.stream().filter(o -> o != g && o.type == EntityType.ORGANIZATION
                    && o.words.size() >= 2 && o.words.get(0).equals(g.words.get(0))).toList();
            if (longer.size() == 1 && !namedAsCompany(longer.get(0))) {
                continue; // "United" beside "United Nations", "Velmora" beside "Velmora Police Department"
            }
            if (longer.size() == 1) {
                absorb(longer.get(0), g);
                it.remove();
            }
        }
    }

    /**
     * Whether a one-word "person" is a word for a thing or a body: no given name, no surname of another
     * person of the story, and either written once after "its" or "their" ("its Kestrel booking system":
     * a person is nobody's) or every time right before a holder's title in small letters ("Harbour
     * commissioner Ann Lee", a headline's "Harbour director pleads not guilty").
     */
    private boolean thingOrBodyWord(Group g, List<Group> groups, String text) {
        String word = g.words.get(0);
        if (GivenNameGender.ofName(g.canonical, null).isPresent() || groups.stream().anyMatch(o -> o != g
                && o.type == EntityType.PERSON && o.words.size() >= 2 && o.words.contains(word))) {
            return false;
        }
        boolean owned = g.mentions.stream().anyMatch(m -> THING_OWNER.matcher(
                text.substring(Math.max(0, m.begin() - 6), m.begin())).find());
        boolean titled = g.mentions.stream().allMatch(m -> {
            java.util.regex.Matcher next = NEXT_WORD.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 30)));
            return next.lookingAt() && (rules.inClass(next.group(1), "holder") || rules.inClass(next.group(1), "post"));
        });
        return owned || titled;
    }

    private static final java.util.regex.Pattern THING_OWNER = java.util.regex.Pattern.compile("\\b(?:its|their) $");
    private static final java.util.regex.Pattern NEXT_WORD = java.util.regex.Pattern.compile(" ([a-z]+)\\b");

    /**
     * A name of two or more words the tagger read as an organisation in one sentence and as a place
     * in another ("plans to rebuild Kestrel Park, the club's stadium" … "any move away from Kestrel
     * Park") is one entity: the reading of most of its mentions; on a tie, a place when its last word
     * names a site ({@code place-head} in word-classes.txt: "Park", "Bridge", "Stadium"), else the
     * organisation.
     */
    private void joinNamesReadTwoWays(List<Group> groups) {
        List<Group> gone = new ArrayList<>();
        for (Group place : groups) {
            if (place.type != EntityType.LOCATION || place.words.size() < 2 || gone.contains(place)) {
                continue;
            }
            Group org = groups.stream().filter(o -> o.type == EntityType.ORGANIZATION && !gone.contains(o)
                    && o.key().equals(place.key())).findFirst().orElse(null);
            if (org == null) {
                continue;
            }
            boolean site = rules.inClass(place.words.get(place.words.size() - 1), "place-head");
            // the place's head word breaks a tie only: a club named so that acts and speaks more
            // often as itself ("Wexcombe Park said …, Wexcombe Park fired …") stays a body
            Group keep = place.mentions.size() > org.mentions.size()
                    || site && place.mentions.size() == org.mentions.size() ? place : org;
            Group from = keep == place ? org : place;
            absorb(keep, from);
            gone.add(from);
        }
        groups.removeAll(gone);
    }

    /**
     * Whether an organisation's name is a company's: it ends with a legal form ("Inc.", "Co.") or
     * with a line of business ("Lanthorn Robotics"; {@code business} in {@code name-parts.txt}),
     * where "Quillfield Police Department" may be a body of a place.
     */
    private boolean namedAsCompany(Group org) {
        return !org.orgKey(names).equals(org.key())
                || names.endsLikeBusiness(org.canonical);
    }

    /** Moves the mentions and written forms of {@code from} into {@code into}. */
    private static void absorb(Group into, Group from) {
        into.mentions.addAll(from.mentions);
        into.forms.addAll(from.forms);
        if (into.subtype == null) {
            into.subtype = from.subtype;
        }
    }

    /** A word in small letters right after a name: the name modifies a noun ("Ostrevik chief executive"). */
    private static final java.util.regex.Pattern BEFORE_NOUN = java.util.regex.Pattern.compile(
            " (?!(?:said|says|told|tells|has|had|have|is|was|were|will|would|could|can|may|might|must|should|did|does"
            + "|and|or|but|who|whose|of|in|at|on|to|for|from|with|by|as|also|then|now|not|never)\\b)[a-z]{2,}\\b(?<!ed)");

    /** "Shares of Sorvald", "stock of": the "of" of what a company issues, no word of place. */
    private static final java.util.regex.Pattern SHARES_OF = java.util.regex.Pattern.compile("(?i)\\b(shares|stock)\\s+of\\s+$");

    /** A word of place right before a name: "in Halberd", "near Oslo", "to Brixham", "residents of Dover". */
    private static final java.util.regex.Pattern AFTER_PLACE_WORD = java.util.regex.Pattern.compile(
            "(?i)\\b(in|at|near|to|outside|across|around|from|of|into|through)\\s+$");

    /** A mark of punctuation next after a name: it modifies no noun ("the Merrow Dawn, lost …", "the Merrow Dawn."). */
    private static final java.util.regex.Pattern PUNCTUATION_AFTER = java.util.regex.Pattern.compile("\\s*[,.;:)]");
    /** "according to" right before a mention (the text before it ends so). */
    private static final java.util.regex.Pattern ACCORDING_TO_BEFORE = java.util.regex.Pattern.compile("(?i)\\baccording\\s+to\\s+$");

    private static boolean afterThe(String text, EntityMention m) {
        return THE_BEFORE.matcher(text.substring(Math.max(0, m.begin() - 8), m.begin())).find();
    }

    /**
     * A byline line ("By Lena Ortiz, Harbor Gazette"), a line of its own right under a byline ("By
     * Lena Ortiz" / "Harbor Gazette"), or right after "the" ("the Harbor Gazette reported").
     */
    private static boolean isPublicationPlace(String text, EntityMention m) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, m.begin() - 1)) + 1;
        String before = text.substring(lineStart, m.begin());
        if (BYLINE.matcher(before).find() && before.contains(",") || afterThe(text, m)) {
            return true;
        }
        int lineEnd = text.indexOf('\n', m.end());
        if (!before.isBlank() || lineStart < 2 || !text.substring(m.end(), lineEnd < 0 ? text.length() : lineEnd).isBlank()) {
            return false;
        }
        int previousStart = text.lastIndexOf('\n', lineStart - 2) + 1;
        return BYLINE.matcher(text.substring(previousStart, lineStart - 1)).find();
    }

    /**
     * The person group a (possibly partial) name belongs to: every word of the mention is in the
     * group's name and the last words agree (a lone word may be the surname or the given name); a
     * given name may be a short form of the group's ("Tom Reddick" in "Thomas Reddick").
     */
    /**
     * A lone word read as a person's that would be a fragment ("Court", "Street", "North") but is the
     * surname of the one person the document names in full ("Amara Court, a lawyer, …" then "Court
     * said"): that person.
     * Not after "the" ("the Court ruled" beside "Amara Court" is a court).
     */
    private boolean surnameOfPersonNamedInFull(List<Group> groups, List<String> words, String text, EntityMention m) {
        if (words.size() != 1 || afterThe(text, m)) {
            return false;
        }
        Group g = findPerson(groups, words);
        return g != null && g.words.size() >= 2 && g.words.get(g.words.size() - 1).equals(words.get(0));
    }

    private Group findPerson(List<Group> groups, List<String> words) {
        Group best = null;
        for (Group g : groups) {
            if (g.type != EntityType.PERSON || !partOf(words, g.words)) {
                continue;
            }
            String last = words.get(words.size() - 1);
            boolean surnameAgrees = last.equals(g.words.get(g.words.size() - 1));
            boolean givenNameAlone = words.size() == 1 && last.equals(g.words.get(0));
            // "Lucía Ferrán Olmedo" … "Ferrán said": the first of two surnames, as Spanish names are
            // shortened; a listed given name in the middle is a middle name ("Alphonse Ambrose Tarranby")
            boolean firstOfTwoSurnames = words.size() == 1 && g.words.size() >= 3 && last.equals(g.words.get(1))
                    && !GivenNames.isGivenName(last);
            if (!surnameAgrees && !givenNameAlone && !firstOfTwoSurnames) {
                continue;
            }
            if (best != null) {
                return null; // two people share the name part: which one is meant, the text does not say
            }
            best = g;
        }
        return best;
    }

    /**
     * The one person named in full with the surname whose mentions bear the title (its words, in
     * any case, without periods), when several people of the document bear the surname; null when
     * none or more than one does ("Sen." and "Senator" are not matched).
     */
    private static Group namesakeWithTitle(List<Group> groups, List<String> words, String title,
            Map<EntityMention, String> titles) {
        String wanted = titleKey(title);
        Group found = null;
        for (Group g : groups) {
            if (g.type != EntityType.PERSON || g.words.size() < 2
                    || !words.get(0).equals(g.words.get(g.words.size() - 1))) {
                continue;
            }
            if (g.mentions.stream().anyMatch(x -> titles.get(x) != null && titleKey(titles.get(x)).equals(wanted))) {
                if (found != null) {
                    return null;
                }
                found = g;
            }
        }
        return found;
    }

    private static String titleKey(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replace(".", "").replaceAll("\\s+", " ").strip();
    }

    /** A form of address right before a name: "Mr. Hale", "Ms Hale". */
    private static final Pattern ADDRESS_BEFORE = Pattern.compile("(?i)\\b(mr|mrs|ms|miss)\\.?\\s+$");

    /**
     * The gender a form of address or a title gives a one-word name ("Ms. Hale", "Councilwoman
     * Hale"), if any.
     */
    private static Optional<GivenNameGender.Gender> addressedGender(String text, EntityMention m, String title) {
        String written = m.text().strip();
        int space = written.indexOf(' ');
        if (space > 0 && NameKey.startsWithPersonalHonorific(written)) {
            return GivenNameGender.ofName(null, written.substring(0, space));
        }
        Matcher a = ADDRESS_BEFORE.matcher(text.substring(Math.max(0, m.begin() - 6), m.begin()));
        if (a.find()) {
            return GivenNameGender.ofName(null, a.group(1));
        }
        return title == null ? Optional.empty() : GivenNameGender.ofName(null, title);
    }

    /** "Mr. and Mrs. ", "Mr. & Mrs. " before a name: a couple, whose form of address gives no one's gender. */
    private static final Pattern COUPLE_BEFORE = Pattern.compile("(?i)\\b(?:Mr|Mrs|Ms|Dr)\\.?\\s+(?:and|&)\\s+(?:Mr|Mrs|Ms|Dr)\\.?\\s*$");

    /**
     * The gender of the form of address a person's name in full is written with ("Mrs. Orla
     * Dempsey", "Mr. Tobin Varnum"), when its full mentions that have one agree; empty otherwise.
     */
    private static Optional<GivenNameGender.Gender> addressedInFull(Group g, String text) {
        Set<GivenNameGender.Gender> seen = new java.util.HashSet<>();
        for (EntityMention x : g.mentions) {
            if (x.tokenEnd() - x.tokenBegin() >= 2 && !COUPLE_BEFORE.matcher(text.substring(Math.max(0, x.begin() - 16), x.begin())).find()) {
                addressedGender(text, x, null).ifPresent(seen::add);
            }
        }
        return seen.size() == 1 ? Optional.of(seen.iterator().next()) : Optional.empty();
    }

    /**
     * The gender of the pronoun a subject's sentence goes on with: "Hale said she would appeal",
     * "Hale told reporters he was innocent". The name is the subject of the verb right after it, the
     * pronoun is the first "he" or "she" after it in its sentence, and no other person is named
     * between the two ("Hale told Ann Lee she could stay" tells nothing).
     */
    private static Optional<GivenNameGender.Gender> subjectPronounAfter(AnnotatedDocument annotated, EntityMention m) {
        List<Token> tokens = annotated.sentences().get(m.sentence()).tokens();
        if (m.tokenEnd() >= tokens.size() || !tokens.get(m.tokenEnd()).isTagged() || !tokens.get(m.tokenEnd()).isVerb()) {
            return Optional.empty();
        }
        for (int i = m.tokenEnd() + 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if ("PERSON".equals(t.ner())) {
                return Optional.empty();
            }
            String w = t.word().toLowerCase(java.util.Locale.ROOT);
            if (w.equals("he") || w.equals("she")) {
                return GivenNameGender.ofPronoun(w);
            }
        }
        return Optional.empty();
    }

    /**
     * The person a surname with a form of address stands for ("Ms. Hale"), among the people of
     * the document named in full before it with that surname: the only one whose gender (given name,
     * or the text's "his sister, Ann Hale", "he") is the same, when every other one's is the other
     * ("Mrs. Hale" beside "Ann Hale" and "Tom Hale"); a single one whose gender is the other is
     * someone else ("Mr. Hale" after "Ann Hale" alone). Null otherwise: with two Hales and no gender
     * to tell them apart, the surname stays apart. A form of address before any full name ("Ms. Hale said she would appeal.
     * Ann Hale and her brother Tom Hale …") stands for the one named later whose gender is known
     * and the same, when every other one's is known and the other, and none is named in its own
     * sentence ("Ms. Hale, a lawyer for Ann Hale and Tom Hale," is a third Hale); never for one whose
     * gender is unknown ({@code cataphora} false for a pronoun's gender: "Hale said she …" needs a
     * Hale before).
     */
    private Group personOfGender(List<Group> groups, List<String> words, GivenNameGender.Gender wanted, EntityMention m,
            AnnotatedDocument annotated, boolean cataphora) {
        List<Group> named = new ArrayList<>();
        List<Group> later = new ArrayList<>();
        for (Group g : groups) {
            if (g.type == EntityType.PERSON && g.words.size() >= 2 && partOf(words, g.words)
                    && words.get(0).equals(g.words.get(g.words.size() - 1))) {
                // named before in full; a surname alone before it ("Mr. Quillon and Mrs. Quillon") names no one yet
                (g.mentions.stream().anyMatch(x -> x.begin() < m.begin() && x.tokenEnd() - x.tokenBegin() >= 2)
                        ? named : later).add(g);
            }
        }
        if (named.isEmpty()) {
            // never one named in its own sentence: "Ms. Hale, a lawyer for Ann Hale and Tom Hale," is a third Hale
            // (named in full: "Mr. Quillon and Mrs. Quillon arrived" leaves "Mrs. Quillon" to Agnes beside Harold)
            boolean sameSentence = later.stream().anyMatch(g -> g.mentions.stream().anyMatch(x -> x.sentence() == m.sentence()
                    && x.tokenEnd() - x.tokenBegin() >= 2));
            return cataphora && !sameSentence ? onlyOfGender(later, wanted, annotated, false) : null;
        }
        return onlyOfGender(named, wanted, annotated, true);
    }

    /**
     * The one person of {@code namesakes} whose gender is known and {@code wanted}, when every other
     * one's is known and the other; null otherwise. A single namesake of unknown gender may be the one
     * ({@code unknownMay}); beside others, one of unknown gender leaves the choice unclear ("Tarn Hale
     * … His brother, Sable Hale" then "Ms. Hale": a third Hale as likely as Tarn).
     */
    private static Group onlyOfGender(List<Group> namesakes, GivenNameGender.Gender wanted, AnnotatedDocument annotated,
            boolean unknownMay) {
        Group found = null;
        for (Group g : namesakes) {
            Optional<GivenNameGender.Gender> gender = GivenNameGender.ofName(g.canonical, null);
            if (gender.isEmpty()) {
                gender = addressedInFull(g, annotated.document().text()); // "Mrs. Orla Dempsey" is no "Mr. Dempsey"
            }
            if (gender.isEmpty() && namesakes.size() > 1) {
                gender = genderInText(g, annotated); // "Corwin Hask …, but he", "His sister, Jessamy Hask"
            }
            if (gender.isPresent() && gender.get() != wanted) {
                continue;
            }
            if (gender.isEmpty() && (!unknownMay || namesakes.size() > 1) || found != null) {
                return null; // "Jordan Hale" may be either; two of the gender
            }
            found = g;
        }
        return found;
    }

    /**
     * A surname alone, with two or more people of the document named in full with it, of whom only
     * one is named before it: that one ("Corwin Hask was convicted … Hask, 52, could face … His
     * sister, Jessamy Hask, testified"): a reader has met no other Hask yet. Null otherwise.
     */
    private static Group onlyNamesakeBefore(List<Group> groups, List<String> words, EntityMention m) {
        Group found = null;
        for (Group g : groups) {
            if (g.type != EntityType.PERSON || g.words.size() < 2 || !words.get(0).equals(g.words.get(g.words.size() - 1))
                    || g.mentions.stream().noneMatch(x -> x.tokenEnd() - x.tokenBegin() >= 2 && x.begin() < m.begin())) {
                continue;
            }
            if (found != null) {
                return null;
            }
            found = g;
        }
        return found;
    }

    /**
     * The gender the text gives a person named in full whose given name tells none: a word of kinship
     * apposed right before one of its mentions ("His sister, Jessamy Hask"), else the first "he" or
     * "she" after such a mention in its sentence with no other person named or titled, no "that"
     * and no "who" between ("found Corwin Hask guilty, but he …"; not "Tarn Hask told the court that
     * the officer said she …"), when all its mentions agree.
     */
    private static Optional<GivenNameGender.Gender> genderInText(Group g, AnnotatedDocument annotated) {
        return genderInText(g.mentions, annotated);
    }

    /** {@link #genderInText(Group, AnnotatedDocument)} from one person's mentions. */
    static Optional<GivenNameGender.Gender> genderInText(List<EntityMention> mentions, AnnotatedDocument annotated) {
        Set<GivenNameGender.Gender> seen = new java.util.HashSet<>();
        for (EntityMention x : mentions) {
            if (x.tokenEnd() - x.tokenBegin() < 2) {
                continue;
            }
            List<Token> tokens = annotated.sentences().get(x.sentence()).tokens();
            int before = x.tokenBegin() - 1;
            if (before >= 0 && tokens.get(before).word().equals(",")) {
                before--;
            }
            Optional<GivenNameGender.Gender> kin = before >= 0 ? GivenNameGender.ofKin(tokens.get(before).word())
                    : Optional.empty();
            if (kin.isPresent()) {
                seen.add(kin.get());
                continue;
            }
            boolean pronoun = false;
            for (int i = x.tokenEnd(); i < tokens.size(); i++) {
                Token t = tokens.get(i);
                String w = t.word().toLowerCase(java.util.Locale.ROOT);
                if ("PERSON".equals(t.ner()) || "TITLE".equals(t.ner()) || w.equals("that") || w.equals("who")) {
                    break; // another person, named or by a title, or a clause of its own ("told the court that the officer said she …")
                }
                if (w.equals("he") || w.equals("she")) {
                    seen.add(GivenNameGender.ofPronoun(w).orElseThrow());
                    pronoun = true;
                    break;
                }
            }
            if (!pronoun && onlyPersonOfSentence(tokens, x) && x.sentence() + 1 < annotated.sentences().size()) {
                // "Margarethe Solvang died on Tuesday at her home. She was 91.": the next sentence
                // opens with the pronoun of the one person its sentence names
                List<Token> next = annotated.sentences().get(x.sentence() + 1).tokens();
                String w = next.isEmpty() ? "" : next.get(0).word();
                if (w.equals("He") || w.equals("She")) {
                    seen.add(GivenNameGender.ofPronoun(w.toLowerCase(java.util.Locale.ROOT)).orElseThrow());
                }
            }
        }
        return seen.size() == 1 ? Optional.of(seen.iterator().next()) : Optional.empty();
    }

    /** Whether no word of the sentence outside the mention is tagged as a person or a title. */
    private static boolean onlyPersonOfSentence(List<Token> tokens, EntityMention x) {
        for (int i = 0; i < tokens.size(); i++) {
            if ((i < x.tokenBegin() || i >= x.tokenEnd())
                    && ("PERSON".equals(tokens.get(i).ner()) || "TITLE".equals(tokens.get(i).ner()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "the Commission" after "the Federal Fisheries Commission": a one-word organisation after
     * "the" or "this" that is an institution's head noun stands for the one organisation of the
     * document with that head named before it; with two such names ("the Federal Fisheries
     * Commission", "the Skarra Trade Commission") or none before it, for none.
     */
    private static Group institutionNamedBefore(List<Group> groups, EntityMention m, String text) {
        String written = m.text().strip();
        if (!Institutions.isHead(written)) {
            return null;
        }
        String before = text.substring(Math.max(0, m.begin() - 6), m.begin()).toLowerCase(java.util.Locale.ROOT);
        if (!before.matches("(?s).*\\b(the|this)\\s+$")) {
            return null;
        }
        Group found = null;
        for (Group g : groups) {
            if (g.type != EntityType.ORGANIZATION || !written.equals(Institutions.headOf(List.of(g.canonical.split("\\s+"))))
                    || g.mentions.stream().noneMatch(x -> x.begin() < m.begin())) {
                continue;
            }
            if (found != null) {
                return null;
            }
            found = g;
        }
        return found;
    }

    /** Every word of {@code words} is in {@code name}; with a given name and a surname, the given names may be short and full forms. */
    private boolean partOf(List<String> words, List<String> name) {
        if (name.containsAll(words)) {
            return true;
        }
        return words.size() >= 2 && name.size() >= 2 && names.sameGivenName(words.get(0), name.get(0))
                && name.containsAll(words.subList(1, words.size()));
    }

    /**
     * Lists and captions write names surname first, the surname in capitals: "AMEEN, Omar
     * Abdulsatar". Both mentions then stand for "Omar Abdulsatar Ameen" (the tagger may have read
     * the capitals as a place, or as no name at all). Two names in ordinary capitalisation around a
     * comma are two people ("According to Quill, Marsh was ...").
     */
    private static Map<EntityMention, String> invertedNames(AnnotatedDocument annotated) {
        Map<EntityMention, String> out = new HashMap<>();
        String text = annotated.document().text();
        for (EntityMention given : annotated.entities()) {
            if (given.entityType() != EntityType.PERSON || given.tokenBegin() < 2 || given.sentence() >= annotated.sentences().size()) {
                continue;
            }
            List<Token> tokens = annotated.sentences().get(given.sentence()).tokens();
            Token comma = tokens.get(given.tokenBegin() - 1);
            Token surname = tokens.get(given.tokenBegin() - 2);
            if (!comma.word().equals(",") || !surname.word().matches("\\p{Lu}[\\p{Lu}'’-]+")
                    || !text.substring(surname.end(), given.begin()).matches(",[ ]?")) {
                continue;
            }
            if (!captionPlace(text, tokens, surname)) {
                continue; // "for ICE, Tom Bell said", "In BRISKWATER, Tom Bell": no caption
            }
            EntityMention surnameMention = annotated.entities().stream()
                    .filter(m -> m.sentence() == given.sentence() && m.tokenBegin() <= surname.index() && m.tokenEnd() > surname.index())
                    .findFirst().orElse(null);
            if (surnameMention != null && (surnameMention.tokenEnd() - surnameMention.tokenBegin() != 1
                    || surnameMention.entityType().isAttribute() || surnameMention.entityType() == EntityType.ORGANIZATION)) {
                continue;
            }
            String name = given.text().replaceAll("\\s+", " ") + " " + surname.word();
            out.put(given, name);
            if (surnameMention != null) {
                out.put(surnameMention, name);
            }
        }
        return out;
    }

    /** Words after which a caption or list names a party: "v. FENSHOLT, Margaret", "Defendant: TANDRY, Oskar". */
    private static final Set<String> CAPTION_BEFORE = Set.of(":", ";", "v.", "vs.", "v", "vs", "-", "•", "*");

    /** The surname starts its sentence or line, or follows a caption word ("v.", ":"). */
    private static boolean captionPlace(String text, List<Token> tokens, Token surname) {
        if (surname.index() == 0) {
            return true;
        }
        Token before = tokens.get(surname.index() - 1);
        return CAPTION_BEFORE.contains(before.word().toLowerCase(java.util.Locale.ROOT))
                || text.substring(before.end(), surname.begin()).contains("\n");
    }

    /** "Immigration and Customs Enforcement (ICE)": ICE -> the name before it, when the initials agree. */
    private static Map<String, String> acronyms(AnnotatedDocument annotated) {
        Map<String, String> out = new HashMap<>();
        String text = annotated.document().text();
        for (EntityMention m : annotated.entities()) {
            Matcher a = ACRONYM_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 16)));
            if (a.find() && initialsMatch(m.text(), a.group(1))) {
                out.put(a.group(1), m.text());
            }
        }
        return out;
    }

    static boolean initialsMatch(String name, String acronym) {
        StringBuilder initials = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && !SMALL_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                initials.append(Character.toUpperCase(w.charAt(0)));
            }
        }
        String letters = acronym.replaceAll("[^A-Za-z]", "").toUpperCase(java.util.Locale.ROOT);
        return initials.toString().equals(letters);
    }
}
