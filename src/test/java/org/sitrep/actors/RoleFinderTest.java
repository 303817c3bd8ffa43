package org.sitrep.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Dependency;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/** Role rules on hand-built parses, for shapes a real parser produces only now and then. */
class RoleFinderTest {

    private static Token token(int i, int start, String word, String lemma, String pos) {
        return new Token(i, new Span(start, start + word.length()), word, lemma, pos, "O");
    }

    @Test
    void obliqueWithoutPrepositionDoesNotBreakTheRoles() {
        // "Gunmen attacked home": "home" hangs on the verb as obl with no case word
        List<Token> tokens = List.of(token(0, 0, "Gunmen", "gunman", "NNS"), token(1, 7, "attacked", "attack", "VBD"),
                token(2, 16, "home", "home", "NN"));
        Sentence s = new Sentence(0, new Span(0, 20), tokens, List.of(new Dependency(-1, 1, "root"),
                new Dependency(1, 0, "nsubj"), new Dependency(1, 2, "obl")));
        ActorMention gunmen = new ActorMention(new Span(0, 6), new Target.Generic(GenericKind.UNIDENTIFIED), 0, 0, 0, 0);
        Roles r = new RoleFinder(Set.of("attack")).find(s, 1, List.of(gunmen));
        assertThat(r.side1()).containsExactly(gunmen);
        assertThat(r.side2()).isEmpty();
    }

    @Test
    void countryNameAsObjectIsAPlaceNotAVictim() {
        // "Rebels attacked Mali": a country's name names no victim
        List<Token> tokens = List.of(token(0, 0, "Rebels", "rebel", "NNS"), token(1, 7, "attacked", "attack", "VBD"),
                token(2, 16, "Mali", "Mali", "NNP"));
        Sentence s = new Sentence(0, new Span(0, 20), tokens, List.of(new Dependency(-1, 1, "root"),
                new Dependency(1, 0, "nsubj"), new Dependency(1, 2, "obj")));
        ActorMention rebels = new ActorMention(new Span(0, 6), new Target.Generic(GenericKind.REBELS), 0, 0, 0, 0);
        ActorMention mali = new ActorMention(new Span(16, 20), new Target.Country("ML", false), 0, 2, 2, 2);
        Roles r = new RoleFinder(Set.of("attack")).find(s, 1, List.of(rebels, mali));
        assertThat(r.side1()).containsExactly(rebels);
        assertThat(r.side2()).isEmpty();
    }
}
