package org.sitrep.merging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitrep.merging.Reports.place;
import static org.sitrep.merging.Reports.report;
import static org.sitrep.merging.Reports.town;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sitrep.codebook.DatePrecision;
import org.sitrep.codebook.SubEventType;
import org.sitrep.model.ReportedEvent;

class ClusterTest {

    private final ReportMerger merger = new ReportMerger();

    private static List<List<String>> keys(List<List<ReportedEvent>> clusters) {
        return clusters.stream().map(c -> c.stream().map(ReportedEvent::key).toList()).toList();
    }

    /**
     * Four reports of an attack on Koro (one calls it a clash "near Koro over the weekend") and
     * one of an attack 30 km away the same day.
     */
    private static List<ReportedEvent> twoIncidents() {
        return List.of(
                report("wire").type(SubEventType.ATTACK).on("2024-08-25").actors("Unidentified Armed Group", "Civilians")
                        .says(null, 12).build(),
                report("radio").type(SubEventType.ATTACK).on("2024-08-25").actors("JNIM", "Civilians")
                        .says("local officials", 15).build(),
                report("daily").type(SubEventType.ATTACK).on("2024-08-26").actors("JNIM", null)
                        .says("local officials", 15).says("JNIM", 4).toll(4, 15, 15).build(),
                report("weekly").type(SubEventType.ARMED_CLASH).on("2024-08-24", DatePrecision.WEEK)
                        .at(place("Koro", 14.06, -3.08, "Mopti", "ML", 2)).says(null, 20).build(),
                report("other").index(2).type(SubEventType.ATTACK).on("2024-08-25")
                        .at(town("Dinangourou", 14.05, -2.79)).actors("Unidentified Armed Group", "Civilians")
                        .says(null, 3).build());
    }

    @Test
    void fourReportsOfOneIncidentAndAnIncident30KmAwayMakeTwoClusters() {
        List<List<ReportedEvent>> clusters = merger.clusters(twoIncidents());
        assertThat(keys(clusters)).containsExactly(
                List.of("daily#0", "radio#0", "weekly#0", "wire#0"),
                List.of("other#2"));
    }

    @Test
    void clustersDoNotDependOnInputOrder() {
        List<ReportedEvent> events = new ArrayList<>(twoIncidents());
        // a third incident a few days later in the same town, and a chain through a country-level report
        events.add(report("later").on("2024-08-29").build());
        events.add(report("later2").on("2024-08-30").actors("JNIM", null).build());
        events.add(report("vague").type(SubEventType.ATTACK).on("2024-08-25").at(place("Mali", 17, -4, null, "ML", 4)).build());
        List<List<String>> expected = keys(merger.clusters(events));
        for (long seed : new long[] {1, 7, 42, 2024, 99991}) {
            List<ReportedEvent> shuffled = new ArrayList<>(events);
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(keys(merger.clusters(shuffled))).as("seed " + seed).isEqualTo(expected);
            for (List<ReportedEvent> c : merger.clusters(shuffled)) {
                List<ReportedEvent> reversed = new ArrayList<>(c);
                Collections.reverse(reversed);
                assertThat(merger.merge(reversed)).isEqualTo(merger.merge(c));
            }
        }
    }

    @Test
    void aCountryLevelReportDoesNotChainTwoDistantIncidents() {
        ReportedEvent north = report("n").type(SubEventType.AIR_DRONE_STRIKE).at(place("Kidal", 18.44, 1.41, "Kidal", "ML", 1)).build();
        ReportedEvent south = report("s").type(SubEventType.AIR_DRONE_STRIKE).at(place("Sikasso", 11.32, -5.67, "Sikasso", "ML", 1)).build();
        ReportedEvent mali = report("m").type(SubEventType.AIR_DRONE_STRIKE).at(place("Mali", 17.0, -4.0, null, "ML", 4)).build();
        assertThat(merger.link(north, mali).linked()).isTrue();
        assertThat(merger.link(south, mali).linked()).isTrue();
        // the country-level report joins the nearer strike, and the two strikes stay apart
        assertThat(keys(merger.clusters(List.of(north, south, mali)))).containsExactly(List.of("m#0", "n#0"), List.of("s#0"));
    }

    @Test
    void dailyShellingOfOneTownStaysOneEventPerDayPair() {
        List<ReportedEvent> days = new ArrayList<>();
        for (int d = 1; d <= 9; d += 3) {
            days.add(report("d" + d).type(SubEventType.SHELLING_ARTILLERY_MISSILE).on(String.format("2024-08-%02d", d)).build());
            days.add(report("e" + d).type(SubEventType.SHELLING_ARTILLERY_MISSILE).on(String.format("2024-08-%02d", d + 1)).build());
        }
        // each day links to the next, but only reports within the window of each other merge
        assertThat(keys(merger.clusters(days))).containsExactly(
                List.of("d1#0", "e1#0"), List.of("d4#0", "e4#0"), List.of("d7#0", "e7#0"));
    }

    @Test
    void eventsOfOneArticleStayApartEvenWhenAnotherReportLinksBoth() {
        ReportedEvent first = report("a1").index(0).build();
        ReportedEvent second = report("a1").index(1).on("2024-08-26").build();
        ReportedEvent other = report("a2").build();
        assertThat(keys(merger.clusters(List.of(second, other, first))))
                .containsExactly(List.of("a1#0", "a2#0"), List.of("a1#1"));
    }

    @Test
    void unmergeableEventsAreClustersOfTheirOwn() {
        ReportedEvent undated = report("a1").on(null).build();
        ReportedEvent unplaced = report("a2").at(null).build();
        assertThat(keys(merger.clusters(List.of(unplaced, undated)))).containsExactly(List.of("a1#0"), List.of("a2#0"));
    }

    @Test
    void aKeyGivenTwiceIsRejected() {
        ReportedEvent a = report("a1").build();
        assertThatThrownBy(() -> merger.clusters(List.of(a, a))).hasMessage("reported event key given twice: a1#0");
    }
}
