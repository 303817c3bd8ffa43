package org.sitrep.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TsvTableTest {

    private static List<TsvTable.Row> read(String text, int min, int max) {
        return TsvTable.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.tsv", min, max);
    }

    @Test
    void commentsAndBlankLinesAreSkippedAndLinesCounted() {
        List<TsvTable.Row> rows = read("# source: test\n\n   \n  # indented comment\nkill\tkill\n\ndie\tdie\n", 2, 2);
        assertThat(rows).extracting(TsvTable.Row::line).containsExactly(5, 7);
        assertThat(rows).extracting(r -> r.cell(0)).containsExactly("kill", "die");
        assertThat(rows.get(0).source()).isEqualTo("test.tsv");
    }

    @Test
    void cellsAreTrimmedAndAbsentCellsAreEmpty() {
        TsvTable.Row row = read(" Côte d’Ivoire \t  CI\t\n", 2, 3).get(0);
        assertThat(row.size()).isEqualTo(3);
        assertThat(row.cell(0)).isEqualTo("Côte d’Ivoire");
        assertThat(row.cell(1)).isEqualTo("CI");
        assertThat(row.cell(2)).isEmpty();
        assertThat(row.cell(7)).isEmpty();
    }

    @Test
    void listsSplitOnBarsDroppingEmpties() {
        TsvTable.Row row = read("x\t a | b ||c |\t\n", 3, 3).get(0);
        assertThat(row.list(1)).containsExactly("a", "b", "c");
        assertThat(row.list(2)).isEmpty();
        assertThat(row.list(5)).isEmpty();
    }

    @Test
    void aRowWithTheWrongColumnCountFailsNamingSourceAndLine() {
        String text = "# header\nkill\tkill\nbroken-row-without-tab\n";
        assertThatThrownBy(() -> TsvTable.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "death-words.tsv", 2, 2))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("death-words.tsv line 3: ")
                .hasMessageContaining("expected 2").hasMessageContaining("found 1");
        assertThatThrownBy(() -> read("a\tb\tc\td\te\n", 3, 4))
                .hasMessageContaining("test.tsv line 1").hasMessageContaining("expected 3-4").hasMessageContaining("found 5");
    }

    @Test
    void rowErrorsNameSourceAndLine() {
        TsvTable.Row row = read("\nx\ty\n", 2, 2).get(0);
        assertThat(row.error("bad value")).isInstanceOf(IllegalStateException.class)
                .hasMessage("test.tsv line 2: bad value");
    }

    @Test
    void resourcesAreNamedByTheirFullPath() {
        List<TsvTable.Row> rows = TsvTable.resource(org.sitrep.geo.Countries.class, "countries.tsv", 5, 6);
        assertThat(rows).isNotEmpty();
        assertThat(rows.get(0).source()).isEqualTo("org/sitrep/geo/countries.tsv");
    }

    @Test
    void aMissingResourceFailsNamingItsPath() {
        assertThatThrownBy(() -> TsvTable.resource(TsvTableTest.class, "no-such-file.tsv", 1, 1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("org/sitrep/data/no-such-file.tsv");
    }
}
