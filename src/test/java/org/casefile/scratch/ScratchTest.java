package org.casefile.scratch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.casefile.extract.DocumentExtraction;
import org.casefile.extract.Event;
import org.casefile.support.Texts;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void print() throws Exception {
        String text = Files.readString(Path.of("/tmp/evt-scratch.txt"));
        var doc = Texts.document("dtest", text, LocalDate.of(2008, 3, 1));
        var ann = org.casefile.support.TestPipelines.annotator().annotate(doc);
        for (var s : ann.sentences()) {
            StringBuilder b = new StringBuilder("S" + s.index() + " parsed=" + s.isParsed() + ":");
            s.tokens().forEach(t -> b.append(' ').append(t.word()).append('/').append(t.pos()).append('/').append(t.lemma()));
            System.out.println(b);
        }
        ann.times().forEach(t -> System.out.println("TM " + t.sentence() + " " + t.text() + " " + t.value() + " cal=" + t.isCalendarDate()));
        DocumentExtraction x = Texts.extract(text, LocalDate.of(2008, 3, 1));
        for (Event e : x.events()) {
            System.out.println("EV " + e.type() + " " + e.lemma() + " " + e.polarity() + " " + e.modality() + " "
                    + e.date().value() + " " + e.participants() + " [" + e.trigger().text() + "] " + e.summary());
        }
        x.entities().forEach(en -> System.out.println("EN " + en.id() + " " + en.type() + " " + en.name()));
    }
}
