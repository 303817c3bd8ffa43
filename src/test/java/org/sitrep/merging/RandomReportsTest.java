package org.sitrep.merging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.merging.Reports.place;
import static org.sitrep.merging.Reports.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sitrep.codebook.DatePrecision;
import org.sitrep.codebook.SubEventType;
import org.sitrep.model.ReportedEvent;

/** Properties over many generated reports from a few fixed seeds. */
class RandomReportsTest {

    private final ReportMerger merger = new ReportMerger();

    private static final SubEventType[] TYPES = {SubEventType.ARMED_CLASH, SubEventType.ATTACK,
        SubEventType.AIR_DRONE_STRIKE, SubEventType.SHELLING_ARTILLERY_MISSILE};
    private static final String[] ACTORS = {null, "JNIM", "Military Forces of Mali", "Unidentified Armed Group"};

    /** Reports around a few towns of two countries in one month, dense enough to link often. */
    private static List<ReportedEvent> generate(long seed, int n) {
        Random r = new Random(seed);
        List<ReportedEvent> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String cc = r.nextInt(5) == 0 ? "BF" : "ML";
            int precision = 1 + r.nextInt(4);
            double lat = 14 + r.nextDouble() * 0.6;
            double lon = -3 + r.nextDouble() * 0.6;
            String admin1 = r.nextBoolean() ? "Mopti" : "Segou";
            DatePrecision dp = r.nextInt(6) == 0 ? (r.nextBoolean() ? DatePrecision.WEEK : DatePrecision.MONTH) : DatePrecision.DAY;
            LocalDate d = LocalDate.of(2024, 8, 1 + r.nextInt(20));
            if (dp == DatePrecision.MONTH) {
                d = d.withDayOfMonth(1);
            }
            out.add(report("a" + r.nextInt(n)).index(i)
                    .type(TYPES[r.nextInt(TYPES.length)])
                    .on(d.toString(), dp)
                    .at(place("p" + i, lat, lon, admin1, cc, precision))
                    .actors(ACTORS[r.nextInt(ACTORS.length)], ACTORS[r.nextInt(ACTORS.length)])
                    .says(r.nextBoolean() ? null : "officials", 1 + r.nextInt(10))
                    .build());
        }
        return out;
    }

    @Test
    void everyLinkedPairLiesInsideEachOthersCandidateWindow() {
        List<ReportedEvent> events = generate(11, 300);
        int linked = 0;
        for (ReportedEvent a : events) {
            CandidateWindow w = merger.window(a.event()).orElseThrow();
            for (ReportedEvent b : events) {
                if (a != b && merger.link(a, b).linked()) {
                    linked++;
                    assertThat(b.event().date().date()).as(a.key() + " ~ " + b.key()).isBetween(w.from(), w.to());
                    assertThat(b.event().location().countryCode()).isEqualTo(w.countryCode());
                }
            }
        }
        assertThat(linked).as("the generated reports link often enough to test anything").isGreaterThan(500);
    }

    @Test
    void linkIsSymmetric() {
        List<ReportedEvent> events = generate(12, 80);
        for (ReportedEvent a : events) {
            for (ReportedEvent b : events) {
                assertThat(merger.link(a, b)).isEqualTo(merger.link(b, a));
            }
        }
    }

    @Test
    void clustersArePairwiseLinkedAndIndependentOfOrder() {
        for (long seed : new long[] {3, 5, 8}) {
            List<ReportedEvent> events = generate(seed, 200);
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
        List<ReportedEvent> events = generate(21, 200);
        List<List<ReportedEvent>> all = merger.clusters(events);
        ReportedEvent seed = events.get(0);
        List<ReportedEvent> component = merger.component(List.of(seed), w -> events.stream()
                .filter(e -> e.event().location().countryCode().equals(w.countryCode())
                        && !e.event().date().date().isBefore(w.from()) && !e.event().date().date().isAfter(w.to()))
                .toList());
        List<List<ReportedEvent>> alone = merger.clusters(component);
        assertThat(all).containsAll(alone);
        assertThat(alone).anyMatch(c -> c.contains(seed));
    }
}
