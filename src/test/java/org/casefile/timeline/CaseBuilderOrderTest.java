package org.casefile.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.casefile.domain.ContractValue;
import org.casefile.domain.DateDerivation;
import org.casefile.domain.EntityType;
import org.casefile.domain.EventType;
import org.casefile.domain.Modality;
import org.casefile.domain.ParticipantRole;
import org.casefile.domain.Polarity;
import org.casefile.domain.Precision;
import org.casefile.extract.DocumentExtraction;
import org.casefile.extract.Entity;
import org.casefile.extract.Event;
import org.casefile.extract.EventDate;
import org.casefile.extract.Mention;
import org.casefile.extract.NameRules;
import org.casefile.extract.Participant;
import org.casefile.extract.Rules;
import org.casefile.ingest.Citation;
import org.casefile.ingest.IngestedDocument;
import org.casefile.support.TestPipelines;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * The case build does not depend on the order of its input: hand-made extractions (no language
 * models) in every order give the same case, with the same ids; merges chosen per pair never
 * chain two different people together.
 */
class CaseBuilderOrderTest {
    private static final LocalDate DAY = LocalDate.of(2022, 6, 7);
    private static final NameRules NAMES = Rules.load(TestPipelines.RULES).names();

    /** One document saying {@code text}, with the given entities and events of it. */
    private static final class Doc {
        final IngestedDocument doc;
        final List<Entity> entities = new ArrayList<>();
        final List<Event> events = new ArrayList<>();

        Doc(String id, String text) {
            doc = Texts.document(id, text, DAY);
        }

        String entity(String type, String name, String... aliases) {
            int at = doc.text().indexOf(name);
            String id = doc.id() + ":e" + entities.size();
            Citation c = doc.cite(at, at + name.length());
            entities.add(new Entity(id, EntityType.valueOf(type), null, name, List.of(aliases), List.of(Mention.of(c, null))));
            return id;
        }

        void event(String type, EventDate date, String... participants) {
            List<Participant> ps = new ArrayList<>();
            for (int i = 0; i < participants.length; i++) {
                ps.add(new Participant(participants[i], i == 0 ? ParticipantRole.AGENT : ParticipantRole.PATIENT));
            }
            add(type, date, ps);
        }

        /** An event the participants all underwent ("were arrested"): each a patient. */
        void undergone(String type, EventDate date, String... participants) {
            List<Participant> ps = new ArrayList<>();
            for (String p : participants) {
                ps.add(new Participant(p, ParticipantRole.PATIENT));
            }
            add(type, date, ps);
        }

        private void add(String type, EventDate date, List<Participant> ps) {
            Citation sentence = doc.cite(0, doc.text().length());
            events.add(new Event(doc.id() + ":v" + events.size(), ContractValue.parse(EventType.class, type),
                    Polarity.POSITIVE, Modality.ASSERTED, doc.text(), date, ps, null, 1,
                    List.of(sentence), List.of(), sentence));
        }

        DocumentExtraction extraction() {
            return new DocumentExtraction(doc, entities, List.of(), events, List.of(), List.of());
        }
    }

    private static EventDate day(LocalDate d) {
        return new EventDate(d.toString(), d.toString(), d, d, Precision.DAY, true, DateDerivation.EXPLICIT);
    }

    private static EventDate year(int y) {
        return new EventDate(Integer.toString(y), Integer.toString(y), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31),
                Precision.YEAR, true, DateDerivation.EXPLICIT);
    }

    private static List<DocumentExtraction> story() {
        Doc a = new Doc("d1", "Clifford Quillard sued Brenlow Masonry Co. in 2022.");
        a.event("filing", year(2022), a.entity("PERSON", "Clifford Quillard"),
                a.entity("ORGANIZATION", "Brenlow Masonry Co."));
        Doc b = new Doc("d2", "Cliff Quillard sued Brenlow Masonry on June 7, 2022.");
        b.event("filing", day(DAY), b.entity("PERSON", "Cliff Quillard"), b.entity("ORGANIZATION", "Brenlow Masonry"));
        Doc c = new Doc("d3", "Vashti A. Pellworth and Vashti B. Pellworth met Vashti Pellworth in Tarrowmere.");
        c.entity("PERSON", "Vashti A. Pellworth");
        c.entity("PERSON", "Vashti B. Pellworth");
        c.entity("LOCATION", "Tarrowmere");
        Doc d = new Doc("d4", "Vashti Pellworth, Quillard and Hesketh Ondrejka of Brenlow Masonry were arrested on June 7, 2022.");
        d.entity("PERSON", "Vashti Pellworth");
        String q = d.entity("PERSON", "Quillard");
        d.undergone("arrest", day(DAY), d.entity("PERSON", "Hesketh Ondrejka"), q);
        d.entity("ORGANIZATION", "Brenlow Masonry");
        Doc e = new Doc("d5", "Police arrested Hesketh Ondrejka in 2022 in TARROWMERE.");
        e.event("arrest", year(2022), e.entity("TITLE", "Police"), e.entity("PERSON", "Hesketh Ondrejka"));
        e.entity("LOCATION", "TARROWMERE");
        return List.of(a.extraction(), b.extraction(), c.extraction(), d.extraction(), e.extraction());
    }

    private static CaseFile build(List<DocumentExtraction> xs) {
        return new CaseBuilder(NAMES).build(xs);
    }

    @Test
    void everyOrderOfTheDocumentsGivesTheSameCase() {
        List<DocumentExtraction> xs = new ArrayList<>(story());
        CaseFile expected = build(xs);
        Collections.reverse(xs);
        assertThat(build(xs)).isEqualTo(expected);
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(xs, random);
            assertThat(build(xs)).isEqualTo(expected);
        }
    }

    @Test
    void namesAndIdsComeFromTheMembersNotFromTheirOrder() {
        List<DocumentExtraction> reversed = new ArrayList<>(story());
        Collections.reverse(reversed);
        CaseFile c = build(reversed);
        assertThat(c.entities()).extracting(e -> e.id() + "=" + e.name() + e.aliases()).containsExactly(
                "e1=Clifford Quillard[Cliff Quillard, Quillard]",
                "e2=Brenlow Masonry Co.[Brenlow Masonry]",
                "e3=Vashti A. Pellworth[Vashti Pellworth]",
                "e4=Vashti B. Pellworth[]",
                "e5=Tarrowmere[TARROWMERE]",
                "e6=Hesketh Ondrejka[]");
        assertThat(c.entities().get(4).mentions()).extracting(Mention::text).containsExactly("Tarrowmere", "TARROWMERE");
    }

    @Test
    void twoMiddleNamesNeverMeetThroughTheShortName() {
        CaseFile c = build(story());
        List<String> pellworths = c.entities().stream().filter(e -> e.name().contains("Pellworth"))
                .map(e -> e.name() + e.aliases()).toList();
        assertThat(pellworths).containsExactly("Vashti A. Pellworth[Vashti Pellworth]", "Vashti B. Pellworth[]");
    }

    @Test
    void eventsMergeOnANamedParticipantNeverOnARoleWord() {
        List<Event> events = build(story()).events();
        assertThat(events).extracting(v -> v.type().name() + " " + v.date().value() + " sources=" + v.sources())
                .containsExactly("FILING 2022-06-07 sources=2", "ARREST 2022-06-07 sources=2");
        // the lone surname "Quillard" is Clifford Quillard, the case's one Quillard, whose article it shares
        // Brenlow Masonry with (with two Quillards, or nothing shared, it would be nobody's:
        // SurnamesAndReportsAcrossArticlesTest); the filing and the arrest stay two events
        assertThat(events.get(1).participants()).extracting(Participant::entity).containsExactly("e6", "e1");
    }
}
