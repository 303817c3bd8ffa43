package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.codebook.SubEventType;
import org.sitrep.data.TsvTable;

/** The shipped lexicons load, cover the codebook, and a malformed row is reported by line. */
class DataFilesTest {

    private static List<TsvTable.Row> rows(String name, String text, int min, int max) {
        return TsvTable.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name, min, max);
    }

    @Test
    void everySubTypeCanBeProduced() {
        Set<SubEventType> reachable = EnumSet.noneOf(SubEventType.class);
        for (TriggerLexicon.Entry e : TriggerLexicon.load().entries()) {
            if (e.type() != null) {
                reachable.add(e.type());
            }
        }
        for (TsvTable.Row r : TsvTable.resource(DecisionTable.class, "decisions.tsv", 4, 5)) {
            reachable.add(SubEventType.fromLabel(r.cell(2)));
        }
        assertThat(reachable).containsExactlyInAnyOrder(SubEventType.values());
    }

    @Test
    void everyTriggerClassHasADecisionRule() {
        DecisionTable table = DecisionTable.load();
        for (TriggerLexicon.Entry e : TriggerLexicon.load().entries()) {
            if (e.triggerClass() != null) {
                assertThat(table.knows(e.triggerClass())).as(e.source()).isTrue();
            }
        }
    }

    @Test
    void everyTypeHasAPriority() {
        for (SubEventType t : SubEventType.values()) {
            assertThat(TypePriority.rank(t)).as(t.label()).isNotNegative();
        }
    }

    @Test
    void shippedFilesLoad() {
        assertThat(CueLexicon.load()).isNotNull();
        assertThat(NonEventLexicon.load().has(NonEventLexicon.Kind.INTENT, "threaten")).isTrue();
    }

    @Test
    void malformedRowNamesFileAndLine() {
        assertThatThrownBy(() -> TriggerLexicon.fromRows(rows("triggers.tsv",
                "# header\nkill\tV\t@VIOLENCE\nbomb\tQ\t@EXPLOSION\n", 3, 4)))
                .hasMessageContaining("triggers.tsv line 3").hasMessageContaining("N, V, J or *");
        assertThatThrownBy(() -> rows("cues.tsv", "only-one-column\n", 2, 2))
                .hasMessageContaining("cues.tsv line 1");
        assertThatThrownBy(() -> DecisionTable.fromRows(rows("decisions.tsv",
                "@X\t-\tNo such type\tr\n", 4, 5)))
                .hasMessageContaining("decisions.tsv line 1").hasMessageContaining("Armed clash");
        assertThatThrownBy(() -> TriggerLexicon.fromRows(rows("triggers.tsv", "kill\t \t@VIOLENCE\n", 3, 4)))
                .hasMessageContaining("triggers.tsv line 1").hasMessageContaining("column 2 is empty");
    }

    @Test
    void decisionTableTakesTheFirstMatchingRow() throws Exception {
        DecisionTable t = DecisionTable.fromRows(rows("d.tsv",
                "@V\tAIR\tAir/drone strike\tby-air\n@V\tvictim:CIVILIAN\tAttack\tcivilians\tweak\n"
                        + "@V\t-\tArmed clash\tdefault\n", 4, 5));
        assertThat(t.decide("@V", Set.of("AIR", "victim:CIVILIAN")).name()).isEqualTo("by-air");
        assertThat(t.decide("@V", Set.of("victim:CIVILIAN")).weak()).isTrue();
        assertThat(t.decide("@V", Set.of()).type()).isEqualTo(SubEventType.ARMED_CLASH);
        assertThat(t.decide("@OTHER", Set.of())).isNull();
    }

    @Test
    void datesOfDifferentPrecisionCompare() {
        assertThat(DateValues.compatible("2024-08-25", "2024-08")).isTrue();
        assertThat(DateValues.compatible("2024-08-25", "2024-07")).isFalse();
        assertThat(DateValues.compatible("2024-08-25", "2024-W34")).isTrue();
        assertThat(DateValues.compatible("2024-08-11", "2024-W34")).isFalse();
        assertThat(DateValues.compatible(null, "2024-07")).isTrue();
    }
}
