package org.sitrep.merging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.merging.Reports.report;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.codebook.SubEventType;
import org.sitrep.model.MergedEvent;

class MergeExplanationTest {

    @Test
    void showsTheMergedValuesEachReportEachClaimAndTheReasonsForEveryPair() {
        ReportMerger merger = new ReportMerger();
        MergedEvent m = merger.merge(List.of(
                report("wire").type(SubEventType.ATTACK).on("2024-08-25").actors("JNIM", "Civilians").says("army", 7).build(),
                report("radio").type(SubEventType.ARMED_CLASH).on("2024-08-26").actors("JNIM", null).says("army", 7).build()));
        String text = new MergeExplanation(merger).render(m);
        // one report each way: the representative's type (radio: equally informative, smaller
        // key), the earliest of the two days
        assertThat(text).startsWith("merged event " + m.id() + ": 2 reports\n"
                        + "  Battles / Armed clash, 2024-08-25 (day), Koro ML (1)\n"
                        + "  actors: JNIM vs Civilians\n"
                        + "  fatalities: low 7, best 7, high 7\n")
                .contains("      Violence against civilians / Attack, 2024-08-25 (day), Koro ML (1)\n")
                .contains("  * radio#0  article radio, published 2024-08-26, \"title radio\"\n")
                .contains("  - army: 7 (exact) people - in radio, wire\n")
                .contains("  radio#0 ~ wire#0: linked\n")
                .contains("      type: Armed clash vs Attack: compatible (compatible-types.tsv) → ok\n")
                .contains("      date: 2024-08-26 (day) vs 2024-08-25 (day): 1 day apart, window 2 → ok\n");
    }
}
