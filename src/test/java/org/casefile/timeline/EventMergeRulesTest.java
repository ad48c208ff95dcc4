package org.casefile.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.casefile.ingest.Citation;
import org.casefile.ingest.IngestedDocument;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

/**
 * When reports are one event: hand-made extractions, no language models. A merge needs a shared
 * citation, a shared named person or organisation with compatible dates, or the same explicit day
 * with the same named participants; a role word is never evidence.
 */
class EventMergeRulesTest {
    private static final LocalDate DAY = LocalDate.of(2023, 9, 12);

    /** One document saying {@code text}, with the given entities and events of it. */
    private static final class Doc {
        final IngestedDocument doc;
        final List<Entity> entities = new ArrayList<>();
        final List<Event> events = new ArrayList<>();

        Doc(String id, String text) {
            doc = Texts.document(id, text, DAY);
        }

        String entity(String type, String name) {
            int at = doc.text().indexOf(name);
            String id = doc.id() + ":e" + entities.size();
            Citation c = doc.cite(at, at + name.length());
            entities.add(new Entity(id, EntityType.valueOf(type), null, name, List.of(), List.of(Mention.of(c, null))));
            return id;
        }

        void event(String type, EventDate date, String... participants) {
            List<Participant> ps = new ArrayList<>();
            for (int i = 0; i < participants.length; i++) {
                ps.add(new Participant(participants[i], i == 0 ? ParticipantRole.AGENT : ParticipantRole.PATIENT));
            }
            Citation sentence = doc.cite(0, doc.text().length());
            events.add(new Event(doc.id() + ":v" + events.size(), ContractValue.parse(EventType.class, type),
                    Polarity.POSITIVE, Modality.ASSERTED, doc.text(), date, ps, null, 1,
                    List.of(sentence), List.of(), sentence));
        }

        DocumentExtraction extraction() {
            return new DocumentExtraction(doc, entities, List.of(), events, List.of(), List.of());
        }
    }

    private static EventDate explicitDay(LocalDate d) {
        return new EventDate(d.toString(), d.toString(), d, d, Precision.DAY, true, DateDerivation.EXPLICIT);
    }

    private static EventDate year(int y) {
        return new EventDate(Integer.toString(y), Integer.toString(y), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31),
                Precision.YEAR, true, DateDerivation.EXPLICIT);
    }

    private static List<Event> timeline(Doc... docs) {
        List<DocumentExtraction> xs = new ArrayList<>();
        for (Doc d : docs) {
            xs.add(d.extraction());
        }
        return new CaseBuilder(NameRules.NONE).build(xs).events();
    }

    @Test
    void twoArrestsOfTwoPeopleByPoliceOnOneDayStayTwoEvents() {
        Doc a = new Doc("d1", "Police arrested Corvane Tallow on September 12, 2023.");
        a.event("arrest", explicitDay(DAY), a.entity("TITLE", "Police"), a.entity("PERSON", "Corvane Tallow"));
        Doc b = new Doc("d2", "Police arrested Ivo Dunmore on September 12, 2023.");
        b.event("arrest", explicitDay(DAY), b.entity("TITLE", "Police"), b.entity("PERSON", "Ivo Dunmore"));
        List<Event> events = timeline(a, b);
        assertThat(events).hasSize(2);
        assertThat(events).allSatisfy(e -> assertThat(e.participants()).hasSize(1)); // the role word is no participant
    }

    @Test
    void sameTypeSameDayWithoutASharedNamedParticipantStayApart() {
        Doc a = new Doc("d1", "Albrand Freight sued Odile Ruddle on September 12, 2023.");
        a.event("filing", explicitDay(DAY), a.entity("ORGANIZATION", "Albrand Freight"), a.entity("PERSON", "Odile Ruddle"));
        Doc b = new Doc("d2", "A lawsuit was filed on September 12, 2023.");
        b.event("filing", explicitDay(DAY));
        assertThat(timeline(a, b)).hasSize(2);
    }

    @Test
    void aSharedRoleWordWithCompatibleDatesIsNoEvidence() {
        Doc a = new Doc("d1", "The mayor resigned in 2023.");
        a.event("resignation", year(2023), a.entity("TITLE", "mayor"));
        Doc b = new Doc("d2", "The mayor resigned on September 12, 2023.");
        b.event("resignation", explicitDay(DAY), b.entity("TITLE", "mayor"));
        assertThat(timeline(a, b)).hasSize(2);
    }

    @Test
    void aSharedNamedPersonWithCompatibleDatesIsOneEventFromTwoSources() {
        Doc a = new Doc("d1", "Corvane Tallow resigned in 2023.");
        a.event("resignation", year(2023), a.entity("PERSON", "Corvane Tallow"));
        Doc b = new Doc("d2", "Corvane Tallow resigned on September 12, 2023.");
        b.event("resignation", explicitDay(DAY), b.entity("PERSON", "Corvane Tallow"));
        List<Event> events = timeline(a, b);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).sources()).isEqualTo(2);
        assertThat(events.get(0).date().value()).isEqualTo("2023-09-12");
    }

    @Test
    void theSameExplicitDayAndTheSameNamedParticipantsAreOneEvent() {
        Doc a = new Doc("d1", "Albrand Freight was fined on September 12, 2023.");
        a.event("ruling", explicitDay(DAY), a.entity("ORGANIZATION", "Albrand Freight"));
        Doc b = new Doc("d2", "On September 12, 2023, a court fined Albrand Freight.");
        b.event("ruling", explicitDay(DAY), b.entity("ORGANIZATION", "Albrand Freight"));
        assertThat(timeline(a, b)).hasSize(1);
    }
}
