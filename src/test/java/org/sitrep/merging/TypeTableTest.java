package org.sitrep.merging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.codebook.SubEventType;
import org.sitrep.data.TsvTable;

class TypeTableTest {

    private static TypeCompatibility table(String text) {
        return new TypeCompatibility(TsvTable.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "t.tsv", 3, 3));
    }

    @Test
    void theShippedTableLoadsAndIsSymmetric() {
        TypeCompatibility t = new TypeCompatibility();
        assertThat(t.compatible(SubEventType.ATTACK, SubEventType.ARMED_CLASH)).isTrue();
        assertThat(t.compatible(SubEventType.ARMED_CLASH, SubEventType.ATTACK)).isTrue();
        assertThat(t.compatible(SubEventType.SUICIDE_BOMB, SubEventType.REMOTE_EXPLOSIVE)).isTrue();
        assertThat(t.compatible(SubEventType.PEACEFUL_PROTEST, SubEventType.PROTEST_WITH_INTERVENTION)).isTrue();
        assertThat(t.compatible(SubEventType.ARRESTS, SubEventType.ATTACK)).isFalse();
        assertThat(t.preferredOnTie(SubEventType.SUICIDE_BOMB, SubEventType.REMOTE_EXPLOSIVE)).contains(SubEventType.SUICIDE_BOMB);
        assertThat(t.preferredOnTie(SubEventType.ATTACK, SubEventType.ARMED_CLASH)).isEqualTo(Optional.empty());
    }

    @Test
    void badRowsFailNamingTheFileAndLine() {
        assertThatThrownBy(() -> table("# c\nArmed clash\tAtack\t-\n"))
                .hasMessageStartingWith("t.tsv line 2: unknown sub-event type 'Atack'");
        assertThatThrownBy(() -> table("Armed clash\tAttack\tGrenade\n"))
                .hasMessage("t.tsv line 1: the type preferred on a tie must be one of the pair or '-', was 'Grenade'");
        assertThatThrownBy(() -> table("Armed clash\tAttack\t-\nAttack\tArmed clash\t-\n"))
                .hasMessage("t.tsv line 2: pair listed twice: Attack / Armed clash");
    }
}
