package org.casefile.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.casefile.domain.EntityType;
import org.casefile.domain.ParticipantRole;
import org.casefile.nlp.EntityMention;
import org.casefile.nlp.Sentence;
import org.casefile.nlp.Token;
import org.junit.jupiter.api.Test;

/**
 * Participant roles from word order ({@link EventExtractor#roleByPosition}) on small hand-built
 * sentences: no language model is loaded. A tagged sentence carries its tags; an untagged one
 * carries none, and its rules read no verb in it.
 */
class ParticipantRolesTest {

    /** Tokens from "word/TAG/lemma/NER" items, one space between words; a null tag when untagged. */
    private static Sentence sentence(boolean tagged, String... items) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String item : items) {
            String[] f = item.split("/");
            tokens.add(new Token(tokens.size(), f[0], tagged ? f[2] : f[0], tagged ? f[1] : null, f[3], at, at + f[0].length()));
            at += f[0].length() + 1;
        }
        Sentence s = new Sentence(0, 0, at - 1, tokens, List.of());
        assertThat(s.level()).isEqualTo(tagged ? Sentence.Level.TAGGED : Sentence.Level.TOKENS);
        return s;
    }

    private static EntityMention name(Sentence s, EntityType type, int from, int to) {
        Token first = s.tokens().get(from);
        Token last = s.tokens().get(to - 1);
        return new EntityMention(type, null, "", first.begin(), last.end(), 0, from, to);
    }

    private static final String[] PASSIVE = {"Velora/NNP/Velora/PERSON", "Quint/NNP/Quint/PERSON", "was/VBD/be/O",
        "arrested/VBN/arrest/O", "by/IN/by/O", "Harrowgate/NNP/Harrowgate/ORGANIZATION", "Freight/NNP/Freight/ORGANIZATION",
        "./././O"};

    @Test
    void aPassiveSubjectUndergoesTheEventAndByNamesWhoActs() {
        Sentence s = sentence(true, PASSIVE);
        assertThat(EventExtractor.roleByPosition(s, 3, name(s, EntityType.PERSON, 0, 2))).isEqualTo(ParticipantRole.PATIENT);
        assertThat(EventExtractor.roleByPosition(s, 3, name(s, EntityType.ORGANIZATION, 5, 7))).isEqualTo(ParticipantRole.AGENT);
    }

    @Test
    void aSpeakerBeforeAnotherVerbIsNoParticipant() {
        Sentence s = sentence(true, "Velora/NNP/Velora/PERSON", "Quint/NNP/Quint/PERSON", "said/VBD/say/O",
                "agents/NNS/agent/O", "arrested/VBD/arrest/O", "Harrowgate/NNP/Harrowgate/PERSON", "./././O");
        assertThat(EventExtractor.roleByPosition(s, 4, name(s, EntityType.PERSON, 0, 2))).isEqualTo(ParticipantRole.OTHER);
        assertThat(EventExtractor.roleByPosition(s, 4, name(s, EntityType.PERSON, 5, 6))).isEqualTo(ParticipantRole.PATIENT);
    }

    @Test
    void anUntaggedSentenceHasNoTagsAndGivesNoSubject() {
        Sentence s = sentence(false, PASSIVE);
        assertThat(s.tokens()).extracting(Token::pos).containsOnlyNulls();
        assertThat(s.tokens()).noneMatch(Token::isVerb);
        // no verb is read without tags: the name before the word is no subject of it
        assertThat(EventExtractor.roleByPosition(s, 3, name(s, EntityType.PERSON, 0, 2))).isEqualTo(ParticipantRole.OTHER);
    }
}
