package org.sitrep.casualties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class TsvFileTest {

    @Test
    void malformedRowNamesFileAndLine() {
        String text = "# header\nkill\tkill\nbroken-row-without-tab\n";
        assertThatThrownBy(() -> TsvFile.parse("death-words.tsv", new BufferedReader(new StringReader(text)), 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("death-words.tsv:3");
    }

    @Test
    void shippedLexiconsLoad() {
        CasualtyLexicon lexicon = CasualtyLexicon.load();
        assertThat(lexicon.is("kill", CasualtyLexicon.Role.KILL)).isTrue();
        assertThat(lexicon.is("wound", CasualtyLexicon.Role.KILL)).isFalse();
        assertThat(lexicon.is("injure", CasualtyLexicon.Role.KILL)).isFalse();
        assertThat(lexicon.group("child")).isEqualTo(VictimGroup.CHILD);
        assertThat(lexicon.speech("say")).isTrue();
        assertThat(NumberLexicon.load().words()).containsKey("twenty");
    }
}
