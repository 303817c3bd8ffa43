package org.sitrep.merging;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ReportedEvent;

/** Properties over many generated reports from a few fixed seeds. */
class RandomReportsTest {

    private final ReportMerger merger = new ReportMerger();

    @Test
    void everyLinkedPairLiesInsideEachOthersCandidateWindow() {
        List<ReportedEvent> events = GeneratedReports.generate(11, 150);
        int linked = 0;
        for (ReportedEvent a : events) {
            CandidateWindow w = merger.window(a.event()).orElseThrow();
            for (ReportedEvent b : events) {
                if (a != b && merger.link(a, b).linked()) {
                    linked++;
                    assertThat(w.contains(b.event())).as(a.key() + " ~ " + b.key()).isTrue();
                    assertThat(b.event().location().countryCode()).isEqualTo(w.countryCode());
                }
            }
        }
        assertThat(linked).as("the generated reports link often enough to test anything").isGreaterThan(200);
    }

    @Test
    void theCandidateWindowIsExactlyTheDateRuleWithinOneCountry() {
        // 45 days from 1 August: month and week periods that cross into September
        List<ReportedEvent> events = GeneratedReports.generate(13, 300, 45);
        DateCompatibility dates = new DateCompatibility(MergeLimits.DEFAULT.dayWindow());
        int inside = 0;
        for (ReportedEvent a : events) {
            CandidateWindow w = merger.window(a.event()).orElseThrow();
            for (ReportedEvent b : events) {
                boolean sameCountry = a.event().location().countryCode().equals(b.event().location().countryCode());
                boolean expected = sameCountry && dates.check(a.event().date(), b.event().date()).ok();
                assertThat(w.contains(b.event())).as(a.key() + " " + DateCompatibility.show(a.event().date())
                        + " window vs " + b.key() + " " + DateCompatibility.show(b.event().date())).isEqualTo(expected);
                inside += expected ? 1 : 0;
            }
        }
        assertThat(inside).as("pairs inside a window, so the test covers both answers").isBetween(1000, 80000);
    }

    @Test
    void linkIsSymmetric() {
        List<ReportedEvent> events = GeneratedReports.generate(12, 50);
        for (ReportedEvent a : events) {
            for (ReportedEvent b : events) {
                assertThat(merger.link(a, b)).isEqualTo(merger.link(b, a));
            }
        }
    }

    @Test
    void clustersArePairwiseLinkedAndIndependentOfOrder() {
        for (long seed : new long[] {3, 5, 8}) {
            List<ReportedEvent> events = GeneratedReports.generate(seed, 200);
            List<List<ReportedEvent>> clusters = merger.clusters(events);
            assertThat(clusters.stream().mapToInt(List::size).sum()).isEqualTo(events.size());
            assertThat(clusters).anyMatch(c -> c.size() > 2);
            for (List<ReportedEvent> c : clusters) {
                for (int i = 0; i < c.size(); i++) {
                    for (int j = i + 1; j < c.size(); j++) {
                        assertThat(merger.link(c.get(i), c.get(j)).linked()).isTrue();
                    }
                }
            }
            for (long shuffle : new long[] {1, 2, 3}) {
                List<ReportedEvent> shuffled = new ArrayList<>(events);
                Collections.shuffle(shuffled, new Random(shuffle));
                assertThat(merger.clusters(shuffled)).isEqualTo(clusters);
            }
        }
    }

    @Test
    void clusteringAComponentAloneGivesTheSameGroupsAsClusteringEverything() {
        List<ReportedEvent> events = GeneratedReports.generate(21, 200);
        List<List<ReportedEvent>> all = merger.clusters(events);
        ReportedEvent seed = events.get(0);
        List<ReportedEvent> component = merger.component(List.of(seed), w -> events.stream()
                .filter(e -> w.contains(e.event())).toList());
        List<List<ReportedEvent>> alone = merger.clusters(component);
        assertThat(all).containsAll(alone);
        assertThat(alone).anyMatch(c -> c.contains(seed));
    }
}
