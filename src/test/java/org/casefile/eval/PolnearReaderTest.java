package org.casefile.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolnearReaderTest {

    private static List<AttributionDocument> dev() throws IOException {
        return new PolnearReader().readSplit(TestData.resource("polnear"), "dev", 0);
    }

    @Test
    void readsTheSplitWithTheFirstListedAnnotatorAndTheMetadataDate() throws IOException {
        List<AttributionDocument> docs = dev();
        assertThat(docs).extracting(AttributionDocument::id).containsExactly("harbor-ferry-vote");
        AttributionDocument d = docs.get(0);
        assertThat(d.annotator()).isEqualTo("ab12");
        assertThat(d.published()).isEqualTo(LocalDate.of(2021, 6, 15));
        // ab12 has four attributions, cd34 (the second annotator listed) only one
        assertThat(d.attributions()).extracting(GoldAttribution::id).containsExactly("E1", "E2", "E3", "E4");
        GoldDocument g = d.toGoldDocument();
        assertThat(g.creationDate()).isEqualTo(LocalDate.of(2021, 6, 15));
        assertThat(g.creationDateOrigin()).isEqualTo(GoldDocument.DateOrigin.METADATA);
        assertThat(g.text()).isEqualTo(d.text());
    }

    @Test
    void bratCodePointOffsetsBecomeCharOffsetsAfterACharOutsideTheBmp() throws IOException {
        AttributionDocument d = dev().get(0);
        GoldAttribution e1 = d.attributions().get(0);
        // the headline's ship emoji is one code point, two chars: spans after it move by one char
        assertThat(e1.source().pieces()).containsExactly(Span.of(36, 81));
        assertThat(e1.source().text()).isEqualTo("Sen. Mara Quent, who chairs the transit panel");
        assertThat(e1.cue().text()).isEqualTo("said");
        assertThat(e1.content().text()).isEqualTo("the ferry plan \"will pay for itself within a decade.\"");
        assertThat(e1.content().range().textIn(d.text())).isEqualTo(e1.content().text());
    }

    @Test
    void discontinuousContentKeepsItsPiecesAndCoversTheRange() throws IOException {
        AttributionDocument d = dev().get(0);
        GoldAttribution e2 = d.attributions().get(1);
        assertThat(e2.content().pieces()).containsExactly(Span.of(143, 172), Span.of(185, 207));
        assertThat(e2.content().text()).isEqualTo("“We have waited long enough,” “The boats are ready.”");
        assertThat(e2.content().range()).isEqualTo(Span.of(143, 207));
        assertThat(e2.source().text()).isEqualTo("Quent");
    }

    @Test
    void aSpanTextOverTwoLinesIsReadFromTheDocument() throws IOException {
        GoldAttribution e4 = dev().get(0).attributions().get(3);
        assertThat(e4.content().text()).isEqualTo("the council\nmet twice in March");
        assertThat(e4.cue().text()).isEqualTo("According to");
        assertThat(e4.source().text()).isEqualTo("the Tillbrook Ledger");
    }

    @Test
    void directQuotes() throws IOException {
        AttributionDocument d = dev().get(0);
        // only E2 is wholly inside quotation marks; E1 quotes a phrase inside reported speech
        assertThat(d.attributions()).extracting(a -> a.directQuote(d.text()))
                .containsExactly(false, true, false, false);
        String t = "She said \"we are done.\" Then \"maybe\" he said, we will see.";
        GoldAttribution inside = new GoldAttribution("E9", null, null,
                GoldAttribution.Part.of(List.of(Span.of(10, 22)), t));
        assertThat(inside.content().text()).isEqualTo("we are done.");
        assertThat(inside.directQuote(t)).isTrue();
        GoldAttribution half = new GoldAttribution("E8", null, null,
                GoldAttribution.Part.of(List.of(Span.of(29, 57)), t));
        assertThat(half.content().text()).isEqualTo("\"maybe\" he said, we will see");
        assertThat(half.directQuote(t)).isFalse();
    }

    @Test
    void attributionWithoutSourceAndSplitFilter() throws IOException {
        List<AttributionDocument> train = new PolnearReader().readSplit(TestData.resource("polnear"), "train", 0);
        assertThat(train).extracting(AttributionDocument::id).containsExactly("dock-strike-ends");
        GoldAttribution a = train.get(0).attributions().get(0);
        assertThat(a.source()).isNull();
        assertThat(a.content().text()).isEqualTo("the strike would end Friday");
        assertThat(new PolnearReader().readSplit(TestData.resource("polnear"), "test", 0)).isEmpty();
    }

    @Test
    void secondContentJoinsTheFirstAndOffsetsOutsideTheTextFail() {
        String t = "\"One two,\" said Ilse Varga. \"Three four.\"";
        List<GoldAttribution> a = PolnearReader.parseAnnotation(List.of(
                "T1\tContent 0 10\t\"One two,\"", "T2\tCue 11 15\tsaid", "T3\tSource 16 26\tIlse Varga",
                "T4\tContent 28 41\t\"Three four.\"", "E1\tAttribution:T2 Cue:T2 Source:T3 Content:T1 Content2:T4",
                "E2\tDiscuss:T2 Content:T1", "E3\tAttribution:T2 Cue:T2"), t);
        assertThat(a).hasSize(1);
        assertThat(a.get(0).content().pieces()).containsExactly(Span.of(0, 10), Span.of(28, 41));
        assertThat(a.get(0).content().text()).isEqualTo("\"One two,\" \"Three four.\"");
        assertThatThrownBy(() -> PolnearReader.parseAnnotation(List.of("T1\tContent 0 99\tx"), t))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the text");
    }
}
