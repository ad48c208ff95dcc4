package org.casefile.scratch;

import java.time.LocalDate;
import org.casefile.nlp.AnnotatedDocument;
import org.casefile.nlp.Sentence;
import org.casefile.support.TestPipelines;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void show() {
        String text = System.getProperty("scratch.text");
        AnnotatedDocument a = TestPipelines.annotator().annotate(Texts.document("d", text, LocalDate.of(2024, 5, 15)));
        for (Sentence s : a.sentences()) {
            s.tokens().forEach(t -> System.out.print(t.index() + ":" + t.word() + "/" + t.pos() + "/" + t.lemma() + " "));
            System.out.println();
            s.dependencies().forEach(d -> System.out.print(d.relation() + "(" + d.governor() + "," + d.dependent() + ") "));
            System.out.println();
        }
        var x = Texts.extract(text, LocalDate.of(2024, 5, 15));
        x.events().forEach(e -> System.out.println(e.type() + " " + e.polarity() + " " + e.modality() + " " + e.trigger().text() + " loc=" + e.location()));
    }
}
