package org.sitrep.casualties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sitrep.data.TsvTable;

class CasualtyLexiconTest {

    @Test
    void anEmptyCellNamesFileAndLine() {
        String text = "# header\nkill\tkill\ndie\t \n";
        TsvTable.Row row = TsvTable.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "death-words.tsv", 2, 2).get(1);
        assertThatThrownBy(() -> CasualtyLexicon.nonEmpty(row, 2))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("death-words.tsv line 3").hasMessageContaining("non-empty");
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
