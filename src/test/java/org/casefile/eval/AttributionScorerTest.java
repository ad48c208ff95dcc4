package org.casefile.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.casefile.domain.ClaimKind;
import org.casefile.domain.Stance;
import org.junit.jupiter.api.Test;

class AttributionScorerTest {

    private static PredClaim claim(int begin, int end, ClaimKind kind, String speaker, String... names) {
        return new PredClaim(Span.of(begin, end), kind, Stance.STATEMENT, speaker, List.of(names));
    }

    @Test
    void overlapOfAtLeastHalfTheShorterSpanMatches() {
        Span gold = Span.of(100, 140);
        // predicted 20 chars, 10 of them inside the gold: exactly half of the shorter one
        assertThat(AttributionScorer.matches(gold, Span.of(130, 150))).isTrue();
        // 9 of 19 chars inside: just under half
        assertThat(AttributionScorer.matches(gold, Span.of(131, 150))).isFalse();
        // a long predicted sentence holding the whole gold content: the gold is the shorter one
        assertThat(AttributionScorer.matches(gold, Span.of(0, 400))).isTrue();
        assertThat(AttributionScorer.matches(gold, Span.of(140, 160))).isFalse();
    }

    @Test
    void oneToOneGreedyByOverlap() {
        List<Span> gold = List.of(Span.of(0, 40), Span.of(50, 90));
        // the first prediction covers both gold spans; the second fits the first gold better
        List<Span> pred = List.of(Span.of(0, 90), Span.of(0, 38), Span.of(200, 220));
        assertThat(AttributionScorer.match(gold, pred)).containsExactly(new Match(0, 1), new Match(1, 0));
    }

    @Test
    void nameHeadIsTheLastWordBeforeACommaOrPostModifier() {
        assertThat(AttributionScorer.nameHead("Sen. Mara Quent, who chairs the transit panel")).isEqualTo("Quent");
        assertThat(AttributionScorer.nameHead("port director Ilse Varga of the harbor authority")).isEqualTo("Varga");
        assertThat(AttributionScorer.nameHead("Gov. Ilse Varga of Tillbrook")).isEqualTo("Varga");
        // a title "X of Y Z" before the name is no post-modifier
        assertThat(AttributionScorer.nameHead("Secretary of State Ilse Varga")).isEqualTo("Varga");
        assertThat(AttributionScorer.nameHead("former Director of Port Safety Ilse Varga")).isEqualTo("Varga");
        assertThat(AttributionScorer.nameHead("Sen. Ilse Varga of West Tillbrook")).isEqualTo("Varga");
        assertThat(AttributionScorer.nameHead("Ilse Varga (D-Tillbrook)")).isEqualTo("Varga");
        assertThat(AttributionScorer.nameHead("Dorvan Brennick Jr.")).isEqualTo("Brennick");
        assertThat(AttributionScorer.nameHead("the Tillbrook Ledger")).isEqualTo("Ledger");
        // not headed by a name
        assertThat(AttributionScorer.nameHead("He")).isNull();
        assertThat(AttributionScorer.nameHead("They")).isNull();
        assertThat(AttributionScorer.nameHead("a spokesman for Ilse Varga")).isNull();
        assertThat(AttributionScorer.nameHead("the Varga campaign")).isNull();
        assertThat(AttributionScorer.nameHead("")).isNull();
        assertThat(AttributionScorer.nameHead(null)).isNull();
    }

    @Test
    void aCapitalisedCommonWordThatOnlyStartsASentenceIsNoName() {
        String text = "Officials said it would end. Later, Ledger editors said so. The Ledger agreed with officials.";
        GoldAttribution.Part officials = GoldAttribution.Part.of(List.of(Span.of(0, 9)), text);
        assertThat(AttributionScorer.nameHead(officials, text)).isNull();
        int the = text.indexOf("The Ledger");
        GoldAttribution.Part ledger = GoldAttribution.Part.of(List.of(Span.of(the, the + 10)), text);
        assertThat(ledger.text()).isEqualTo("The Ledger");
        assertThat(AttributionScorer.nameHead(ledger, text)).isEqualTo("Ledger");
        // "Ledger" opens a source at a sentence start but is capitalised inside a sentence too
        String t2 = "Ledger said so. Editors of the Ledger agreed.";
        assertThat(AttributionScorer.nameHead(GoldAttribution.Part.of(List.of(Span.of(0, 6)), t2), t2))
                .isEqualTo("Ledger");
        // a name that only ever starts a sentence, never written in lower case, is a name
        String t3 = "Dorvan said so. Critics said no, as critics do.";
        assertThat(AttributionScorer.nameHead(GoldAttribution.Part.of(List.of(Span.of(0, 6)), t3), t3))
                .isEqualTo("Dorvan");
        assertThat(AttributionScorer.nameHead(GoldAttribution.Part.of(List.of(Span.of(16, 23)), t3), t3))
                .isNull();
    }

    @Test
    void speakerIsRightWhenANameOrAliasCarriesTheHead() {
        assertThat(AttributionScorer.speakerRight("Quent", claim(0, 5, ClaimKind.QUOTE, "Mara Quent"))).isTrue();
        assertThat(AttributionScorer.speakerRight("Quent", claim(0, 5, ClaimKind.QUOTE, "she", "Mara Quent", "Quent")))
                .isTrue();
        assertThat(AttributionScorer.speakerRight("Quent", claim(0, 5, ClaimKind.QUOTE, "Quent's office"))).isTrue();
        assertThat(AttributionScorer.speakerRight("quent", claim(0, 5, ClaimKind.QUOTE, "MARA QUENT"))).isTrue();
        assertThat(AttributionScorer.speakerRight("Quent", claim(0, 5, ClaimKind.QUOTE, "Ilse Varga", "Ilse Varga"))).isFalse();
        assertThat(AttributionScorer.speakerRight("Quent", claim(0, 5, ClaimKind.QUOTE, null))).isFalse();
        // a word that only contains the head is no match
        assertThat(AttributionScorer.speakerRight("Quent", claim(0, 5, ClaimKind.QUOTE, "Quentin Ardley"))).isFalse();
    }

    @Test
    void scoresADocument() {
        String text = "Sen. Mara Quent, who chairs the panel, said the plan works. "
                + "\"We will vote,\" he said. Ilse Varga said nothing would change soon. They said more.";
        int s2 = text.indexOf("\"We");
        int s3 = text.indexOf("nothing");
        int s4 = text.indexOf("more");
        GoldAttribution.Part quent = GoldAttribution.Part.of(List.of(Span.of(0, 15)), text);
        GoldAttribution.Part he = GoldAttribution.Part.of(List.of(Span.of(s2 + 16, s2 + 18)), text);
        GoldAttribution.Part varga = GoldAttribution.Part.of(List.of(Span.of(s3 - 16, s3 - 6)), text);
        GoldAttribution.Part they = GoldAttribution.Part.of(List.of(Span.of(s4 - 10, s4 - 6)), text);
        AttributionDocument doc = new AttributionDocument("d", text, LocalDate.of(2020, 1, 2), "ab12", List.of(
                new GoldAttribution("E1", quent, null, GoldAttribution.Part.of(List.of(Span.of(44, 58)), text)),
                new GoldAttribution("E2", he, null, GoldAttribution.Part.of(List.of(Span.of(s2, s2 + 15)), text)),
                new GoldAttribution("E3", varga, null, GoldAttribution.Part.of(List.of(Span.of(s3, s3 + 30)), text)),
                new GoldAttribution("E4", they, null, GoldAttribution.Part.of(List.of(Span.of(s4, s4 + 4)), text))));
        assertThat(doc.attributions().get(1).directQuote(text)).isTrue();
        assertThat(he.text()).isEqualTo("he");
        assertThat(varga.text()).isEqualTo("Ilse Varga");
        assertThat(they.text()).isEqualTo("They");
        List<PredClaim> claims = List.of(
                // E1, right speaker
                new PredClaim(Span.of(44, 58), ClaimKind.REPORTED, Stance.ALLEGATION, "Quent", List.of("Mara Quent")),
                // E2 as a quote, a pronoun source: not counted for the named speaker
                claim(s2 + 1, s2 + 13, ClaimKind.QUOTE, null),
                // E3 with the wrong speaker
                claim(s3, s3 + 30, ClaimKind.REPORTED, "Mara Quent", "Mara Quent"),
                // nothing in the gold
                claim(0, 14, ClaimKind.REPORTED, "Ilse Varga"));
        AttributionScorer.Result r = AttributionScorer.score(doc, claims);
        AttributionScore s = r.score();
        assertThat(s.claims()).isEqualTo(new PRF(3, 1, 1));
        assertThat(s.quotes()).isEqualTo(1);
        assertThat(s.quotesFound()).isEqualTo(1);
        assertThat(s.quotesAsQuote()).isEqualTo(1);
        assertThat(s.named()).isEqualTo(2);
        assertThat(s.namedRight()).isEqualTo(1);
        assertThat(s.speakerPresent()).isEqualTo(2);
        assertThat(s.predictedByKind()).isEqualTo(Map.of("quote", 1, "reported", 3));
        assertThat(s.matchedByKind()).isEqualTo(Map.of("quote", 1, "reported", 2));
        assertThat(s.stances()).isEqualTo(Map.of("statement", 3, "allegation", 1));
        assertThat(r.missed()).extracting(GoldAttribution::id).containsExactly("E4");
        assertThat(r.falsePositives()).containsExactly(claims.get(3));
        assertThat(r.wrongSpeakers()).extracting(w -> w.gold().id() + " " + w.head()).containsExactly("E3 Varga");

        AttributionEvaluator.Outcome o = AttributionEvaluator.evaluate("t", List.of(doc),
                List.of(new Prediction("d", List.of(), List.of(), List.of(), claims)));
        Report.Row named = o.report().row("named speaker");
        assertThat(named.gold()).isEqualTo(2);
        assertThat(named.tp()).isEqualTo(1);
        assertThat(named.recall()).isEqualTo(0.5);
        assertThat(o.report().row("claims quote").precision()).isEqualTo(1.0);
        assertThat(o.report().row("stance allegation").predicted()).isEqualTo(1);
        assertThat(AttributionEvaluator.errors(List.of(doc), o.documents())).contains(
                "MISSED\tThey\t-\tmore\tThey said more.\n", "FALSE\tIlse Varga\treported\tSen. Mara Quen\n",
                "SPEAKER\tIlse Varga [Varga]\tMara Quent [Mara Quent]\tnothing would change soon. The");
        assertThat(AttributionEvaluator.sideBySide("t:", List.of("ours", "theirs"), List.of(o.report(), o.report())))
                .isEqualTo("""
                        t:
                        measure                    ours                   theirs               
                        claims P / R / F1          0.750 / 0.750 / 0.750  0.750 / 0.750 / 0.750
                        direct-quote recall        1/1 = 1.000            1/1 = 1.000          
                        named-speaker accuracy     1/2 = 0.500            1/2 = 0.500          
                        speaker present (matched)  0.667                  0.667                
                        """);
    }
}
