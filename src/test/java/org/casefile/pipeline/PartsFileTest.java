package org.casefile.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.casefile.domain.ClaimKind;
import org.casefile.domain.ContractValue;
import org.casefile.domain.DateDerivation;
import org.casefile.domain.EntityType;
import org.casefile.domain.EventType;
import org.casefile.domain.Modality;
import org.casefile.domain.ParticipantRole;
import org.casefile.domain.Polarity;
import org.casefile.domain.Precision;
import org.casefile.domain.Stance;
import org.casefile.domain.TimexType;
import org.casefile.extract.Claim;
import org.casefile.extract.DateFact;
import org.casefile.extract.DocumentExtraction;
import org.casefile.extract.Entity;
import org.casefile.extract.Event;
import org.casefile.extract.EventDate;
import org.casefile.extract.Participant;
import org.casefile.extract.Mention;
import org.casefile.ingest.Citation;
import org.casefile.ingest.IngestedDocument;
import org.casefile.output.CaseJsonWriter;
import org.casefile.support.Texts;
import org.casefile.timeline.CaseBuilder;
import org.casefile.timeline.CaseFile;
import org.casefile.timeline.StreamedList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dates and claims kept on disk ({@link PartsFile}) give the same case, byte for byte, as the
 * same extractions held in memory; hand-built extractions, no language models.
 */
class PartsFileTest {
    private static final LocalDate DAY = LocalDate.of(2024, 2, 9);

    @TempDir
    Path folder;

    private static EventDate day(String iso) {
        LocalDate d = LocalDate.parse(iso);
        return new EventDate(iso, iso, d, d, Precision.DAY, true, DateDerivation.EXPLICIT);
    }

    private static final EventDate YEAR = new EventDate("2024", "2024", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31),
            Precision.YEAR, true, DateDerivation.EXPLICIT);

    /** An arrest of the story's person, citing the first half of the text (the second: the rest), its trigger "arrested". */
    private static Event arrest(IngestedDocument d, int n, String person, EventDate date) {
        String text = d.text();
        int half = text.length() / 2;
        Citation sentence = n == 0 ? d.cite(0, half) : d.cite(half, text.length());
        int t = text.indexOf("arrested");
        return new Event(d.id() + ":v" + n, ContractValue.parse(EventType.class, "arrest"), Polarity.POSITIVE,
                Modality.ASSERTED, "summary " + n + " of " + d.id(), date,
                List.of(new Participant(person, ParticipantRole.PATIENT)), null, 1, List.of(sentence), List.of(),
                d.cite(t, t + "arrested".length()));
    }

    /** A story: Orla Vintredge said something on a date; its dates and claims cite the text. */
    private static DocumentExtraction story(String id, String text, String speaker, String said, String when,
            EventDate... arrests) {
        IngestedDocument d = Texts.document(id, text, DAY);
        int s = text.indexOf(speaker);
        Citation name = d.cite(s, s + speaker.length());
        Entity e = new Entity(id + ":e0", EntityType.PERSON, null, speaker, List.of(), List.of(Mention.of(name, null)));
        int w = text.indexOf(when);
        DateFact date = new DateFact(id + ":t0", TimexType.DATE, "2024-02-06", when, true, d.cite(w, w + when.length()));
        int q = text.indexOf(said);
        Claim claim = new Claim(id + ":c0", e.id(), speaker, said, ClaimKind.QUOTE, Stance.STATEMENT,
                List.of(d.cite(q, q + said.length())));
        Claim unknown = new Claim(id + ":c1", null, null, said, ClaimKind.REPORTED, Stance.ALLEGATION,
                List.of(d.cite(0, text.length())));
        List<Event> events = new ArrayList<>();
        for (EventDate a : arrests) {
            events.add(arrest(d, events.size(), e.id(), a));
        }
        return new DocumentExtraction(d, List.of(e), List.of(date), events, List.of(claim, unknown), List.of());
    }

    private static List<DocumentExtraction> stories() {
        return List.of(
                // d2's day replaces d1's year (and its summary); its second day, three days on, is a conflict
                story("d2", "Orla Vintredge said \"the ferry will run\" on Tuesday in Pellinmoor, where she was arrested.",
                        "Orla Vintredge", "the ferry will run", "Tuesday", day("2024-02-06"), day("2024-02-09")),
                story("d1", "On Tuesday Orla Vintredge said \"the bridge is shut\" and was arrested.", "Orla Vintredge",
                        "the bridge is shut", "Tuesday", YEAR),
                DocumentExtraction.empty(Texts.document("d3", "", DAY)));
    }

    private static String json(CaseFile c) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CaseJsonWriter(false).write(c, out);
        return out.toString(StandardCharsets.UTF_8).replaceFirst("\"createdAt\" : \"[^\"]*\"", "\"createdAt\" : \"\"");
    }

    @Test
    void theCaseFromPartsOnDiskIsTheCaseFromMemory() throws IOException {
        CaseFile inMemory = new CaseBuilder().build(stories());
        try (PartsFile parts = new PartsFile(folder.resolve("parts.json"))) {
            List<DocumentExtraction> kept = new ArrayList<>();
            for (DocumentExtraction x : stories()) {
                kept.add(parts.keep(x));
            }
            assertThat(kept).allSatisfy(x -> {
                assertThat(x.dates()).isEmpty();
                assertThat(x.claims()).isEmpty();
            });
            // what the merges compare stays; mentions, summaries, quotes and triggers are on disk
            Entity skeleton = kept.get(0).entities().get(0);
            assertThat(skeleton.name()).isEqualTo("Orla Vintredge");
            assertThat(skeleton.mentions()).isEmpty();
            assertThat(kept.get(0).events()).hasSize(2).allSatisfy(v -> {
                assertThat(v.summary()).isEmpty();
                assertThat(v.trigger()).isNull();
                assertThat(v.citations()).extracting(Citation::text).containsExactly("");
                assertThat(v.citations()).extracting(Citation::document).containsExactly("d2");
            });
            assertThat(parts.keepsBodies(kept.get(0).document())).isTrue();
            assertThat(parts.mentions(kept.get(0).document(), 0)).isEqualTo(stories().get(0).entities().get(0).mentions());
            CaseFile onDisk = new CaseBuilder().build(kept, parts);

            assertThat(onDisk.entities()).isInstanceOf(StreamedList.class).isEqualTo(inMemory.entities());
            assertThat(onDisk.events()).isInstanceOf(StreamedList.class).hasSize(1).isEqualTo(inMemory.events());
            Event arrest = onDisk.events().get(0);
            assertThat(arrest.summary()).isEqualTo("summary 0 of d2");
            assertThat(arrest.date().value()).isEqualTo("2024-02-06");
            assertThat(arrest.citations()).extracting(Citation::document).containsExactly("d1", "d2", "d2");
            assertThat(arrest.conflicts()).extracting(c -> c.date().value()).containsExactly("2024-02-09");
            assertThat(arrest.conflicts().get(0).citations()).extracting(Citation::text)
                    .containsExactly(stories().get(0).document().text().substring(stories().get(0).document().text().length() / 2));
            assertThat(arrest.trigger().document()).isEqualTo("d1");
            assertThat(arrest.trigger().text()).isEqualTo("arrested");
            assertThat(onDisk.entities().get(0).mentions()).extracting(Mention::document).containsExactly("d1", "d2");

            assertThat(onDisk.dates()).isInstanceOf(StreamedList.class).hasSize(2);
            assertThat(onDisk.claims()).isInstanceOf(StreamedList.class).hasSize(4);
            assertThat(onDisk.dates()).isEqualTo(inMemory.dates());
            assertThat(onDisk.claims()).isEqualTo(inMemory.claims());
            // read again, the same values: documents by path (d1 first), numbered across the case
            assertThat(onDisk.claims()).extracting(Claim::id, Claim::speaker, Claim::text).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("c1", "e1", "the bridge is shut"),
                    org.assertj.core.groups.Tuple.tuple("c2", null, "the bridge is shut"),
                    org.assertj.core.groups.Tuple.tuple("c3", "e1", "the ferry will run"),
                    org.assertj.core.groups.Tuple.tuple("c4", null, "the ferry will run"));
            assertThat(onDisk.dates().get(1).id()).isEqualTo("t2");
            assertThat(onDisk.dates().get(1).citation().document()).isEqualTo("d2");
            assertThat(json(onDisk)).isEqualTo(json(inMemory));
        }
    }

    @Test
    void documentsKeptAndNotKeptMixInOneCase() throws IOException {
        CaseFile inMemory = new CaseBuilder().build(stories());
        try (PartsFile parts = new PartsFile(folder.resolve("parts.json"))) {
            // d2 kept on disk; d1 could not be (it carries everything), nor the empty d3
            List<DocumentExtraction> mixed = List.of(parts.keep(stories().get(0)), stories().get(1), stories().get(2));
            assertThat(parts.keepsBodies(stories().get(1).document())).isFalse();
            CaseFile c = new CaseBuilder().build(mixed, parts);
            assertThat(c.entities()).isInstanceOf(StreamedList.class);
            assertThat(json(c)).isEqualTo(json(inMemory));
            assertThat(c.events()).isEqualTo(inMemory.events());
        }
    }

    @Test
    void aDocumentNotKeptThereHasNoPartsAndNothingIsKeptTwice() throws IOException {
        try (PartsFile parts = new PartsFile(folder.resolve("parts.json"))) {
            DocumentExtraction x = stories().get(0);
            parts.keep(x);
            // the same file under another id (a repeated attachment made a skipped duplicate): nothing
            IngestedDocument other = Texts.document("d9", x.document().text(), DAY);
            assertThat(parts.dates(other)).isEmpty();
            assertThat(parts.claimCount(other)).isZero();
            assertThat(parts.dates(x.document())).isEqualTo(x.dates());
            assertThat(parts.claims(x.document())).isEqualTo(x.claims());
            // nothing to keep: returned as it is, not written
            DocumentExtraction empty = stories().get(2);
            assertThat(parts.keep(empty)).isSameAs(empty);
            assertThat(parts.dateCount(empty.document())).isZero();
        }
    }

    /**
     * A case whose parts are on disk cannot be read once its parts file is closed (with its
     * pipeline): each of its streamed lists fails as it is iterated, before it gives anything,
     * saying what was closed; what the case holds in memory (documents, sizes) stays readable.
     */
    @Test
    void aCaseReadAfterItsPartsFileClosedFailsAtOnceSayingSo() throws IOException {
        Path file = folder.resolve("parts.json");
        PartsFile parts = new PartsFile(file);
        // d2 kept on disk, d1 not: the first entity's mentions and the first claims are in memory
        List<DocumentExtraction> mixed = List.of(parts.keep(stories().get(0)), stories().get(1), stories().get(2));
        CaseFile c = new CaseBuilder().build(mixed, parts);
        assertThat(c.dates()).extracting(DateFact::id).containsExactly("t1", "t2");
        parts.close();
        String closed = "the case's %s are read back from " + file + ", which was closed (with the pipeline that ran the"
                + " case): write the case before closing its pipeline";
        assertThatThrownBy(() -> c.dates().iterator()).isInstanceOf(IllegalStateException.class)
                .hasMessage(closed, "dates");
        assertThatThrownBy(() -> c.claims().iterator()).isInstanceOf(IllegalStateException.class)
                .hasMessage(closed, "claims");
        assertThatThrownBy(() -> c.entities().iterator()).isInstanceOf(IllegalStateException.class)
                .hasMessage(closed, "entities");
        assertThatThrownBy(() -> c.events().get(0)).isInstanceOf(IllegalStateException.class)
                .hasMessage(closed, "events");
        assertThatThrownBy(() -> json(c)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> parts.claims(mixed.get(0).document())).isInstanceOf(IllegalStateException.class)
                .hasMessage("the parts of d2.txt are read back from " + file + ", which was closed (with the pipeline"
                        + " that ran the case): write the case before closing its pipeline");
        assertThat(c.documents()).hasSize(3);
        assertThat(c.claims()).hasSize(4);
    }

    /** A case held in memory (no parts) reads the same after any file is closed: nothing to fail. */
    @Test
    void aCaseWithoutPartsHasNothingToClose() throws IOException {
        CaseFile c;
        try (PartsFile parts = new PartsFile(folder.resolve("parts.json"))) {
            c = new CaseBuilder().build(stories());
        }
        assertThat(c.claims()).extracting(Claim::id).containsExactly("c1", "c2", "c3", "c4");
        assertThat(c.dates()).isNotInstanceOf(StreamedList.class);
    }
}
