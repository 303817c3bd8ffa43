package org.sitrep.merging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.merging.Reports.place;
import static org.sitrep.merging.Reports.report;
import static org.sitrep.merging.Reports.town;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.codebook.DatePrecision;
import org.sitrep.codebook.SubEventType;
import org.sitrep.model.ReportedEvent;

class LinkTest {

    private final ReportMerger merger = new ReportMerger();

    private static String reason(org.sitrep.merging.Link l, String criterion) {
        return l.reasons().stream().filter(r -> r.startsWith(criterion + ":")).findFirst().orElseThrow();
    }

    @Test
    void twoReportsOfOneClashLinkWithAReasonPerCriterion() {
        ReportedEvent a = report("a1").on("2024-08-25").actors("JNIM", "Military Forces of Mali").build();
        ReportedEvent b = report("a2").on("2024-08-26").actors("JNIM", null).build();
        Link l = merger.link(a, b);
        assertThat(l.linked()).isTrue();
        assertThat(l.reasons()).hasSize(5);
        assertThat(reason(l, "date")).isEqualTo("date: 2024-08-25 (day) vs 2024-08-26 (day): 1 day apart, window 2 → ok");
        assertThat(reason(l, "type")).isEqualTo("type: Armed clash vs Armed clash: same sub-event type → ok");
        assertThat(reason(l, "place")).isEqualTo("place: Koro ML (1) vs Koro ML (1): 0.0 km, limit 25 km → ok");
        assertThat(reason(l, "actors")).endsWith("no contradiction → ok");
    }

    @Test
    void linkIsSymmetricIncludingItsReasons() {
        ReportedEvent a = report("a1").on("2024-08-25").build();
        ReportedEvent b = report("a2").on("2024-08-29").build();
        assertThat(merger.link(b, a)).isEqualTo(merger.link(a, b));
        assertThat(merger.link(b, a).keyA()).isEqualTo("a1#0");
    }

    @Test
    void eventsOfOneArticleNeverLink() {
        ReportedEvent a = report("a1").index(0).build();
        ReportedEvent b = report("a1").index(1).build();
        Link l = merger.link(a, b);
        assertThat(l.linked()).isFalse();
        assertThat(reason(l, "article")).startsWith("article: both from a1").endsWith("→ no");
    }

    @Test
    void compatibleTypesLinkAndOthersDoNot() {
        ReportedEvent clash = report("a1").type(SubEventType.ARMED_CLASH).build();
        ReportedEvent attack = report("a2").type(SubEventType.ATTACK).build();
        ReportedEvent strike = report("a3").type(SubEventType.AIR_DRONE_STRIKE).build();
        ReportedEvent shelling = report("a4").type(SubEventType.SHELLING_ARTILLERY_MISSILE).build();
        assertThat(reason(merger.link(clash, attack), "type"))
                .isEqualTo("type: Armed clash vs Attack: compatible (compatible-types.tsv) → ok");
        assertThat(merger.link(strike, shelling).linked()).isTrue();
        Link l = merger.link(clash, strike);
        assertThat(l.linked()).isFalse();
        assertThat(reason(l, "type")).isEqualTo("type: Armed clash vs Air/drone strike: incompatible → no");
    }

    @Test
    void dayDatesMoreThanTheWindowApartDoNotLink() {
        ReportedEvent a = report("a1").on("2024-08-25").build();
        ReportedEvent b = report("a2").on("2024-08-28").build();
        Link l = merger.link(a, b);
        assertThat(l.linked()).isFalse();
        assertThat(reason(l, "date")).isEqualTo("date: 2024-08-25 (day) vs 2024-08-28 (day): 3 days apart, window 2 → no");
        assertThat(new ReportMerger(new MergeLimits(3, 25, 50)).link(a, b).linked()).isTrue();
    }

    @Test
    void aDayLinksToTheWeekOrMonthThatContainsIt() {
        ReportedEvent day = report("a1").on("2024-08-25").build();
        ReportedEvent week = report("a2").on("2024-08-19", DatePrecision.WEEK).build();
        ReportedEvent nextWeek = report("a3").on("2024-08-26", DatePrecision.WEEK).build();
        ReportedEvent month = report("a4").on("2024-08-01", DatePrecision.MONTH).build();
        ReportedEvent july = report("a5").on("2024-07-01", DatePrecision.MONTH).build();
        assertThat(reason(merger.link(day, week), "date")).isEqualTo("date: 2024-08-25 (day) vs 2024-08-19 (week): periods overlap → ok");
        assertThat(reason(merger.link(day, nextWeek), "date")).isEqualTo("date: 2024-08-25 (day) vs 2024-08-26 (week): periods 1 day apart, must overlap → no");
        assertThat(merger.link(day, month).linked()).isTrue();
        assertThat(merger.link(day, july).linked()).isFalse();
    }

    @Test
    void undatedAndYearOnlyEventsNeverLink() {
        ReportedEvent a = report("a1").on(null).build();
        ReportedEvent b = report("a2").build();
        ReportedEvent year = report("a3").on("2024-01-01", DatePrecision.YEAR).build();
        assertThat(reason(merger.link(a, b), "date")).isEqualTo("date: unknown vs 2024-08-25 (day): a date is unknown, never merged → no");
        assertThat(reason(merger.link(year, b), "date")).endsWith("year precision is too vague to merge → no");
        assertThat(merger.window(a.event())).isEmpty();
        assertThat(merger.window(year.event())).isEmpty();
    }

    @Test
    void exactPlacesLinkWithin25KmAndNearPlacesWithin50() {
        ReportedEvent koro = report("a1").build();
        // about 30 km east of Koro
        ReportedEvent east = report("a2").at(town("Dinangourou", 14.05, -2.79)).build();
        Link l = merger.link(koro, east);
        assertThat(l.linked()).isFalse();
        assertThat(reason(l, "place")).isEqualTo("place: Koro ML (1) vs Dinangourou ML (1): 30.2 km, limit 25 km → no");
        ReportedEvent nearEast = report("a3").at(place("Dinangourou", 14.05, -2.79, "Mopti", "ML", 2)).build();
        assertThat(reason(merger.link(koro, nearEast), "place")).isEqualTo("place: Koro ML (1) vs Dinangourou ML (2): 30.2 km, limit 50 km → ok");
    }

    @Test
    void regionsCompareByAdmin1AndCountriesByCountry() {
        ReportedEvent koro = report("a1").build();
        ReportedEvent region = report("a2").at(place("Mopti", 14.5, -4.2, "Mopti", "ML", 3)).build();
        ReportedEvent otherRegion = report("a3").at(place("Gao", 16.3, -0.04, "Gao", "ML", 3)).build();
        ReportedEvent country = report("a4").at(place("Mali", 17.0, -4.0, null, "ML", 4)).build();
        ReportedEvent abroad = report("a5").at(place("Burkina Faso", 12.5, -1.6, null, "BF", 4)).build();
        assertThat(reason(merger.link(koro, region), "place")).isEqualTo("place: Koro ML (1) vs Mopti ML (3): same admin1 Mopti, precision 3 → ok");
        assertThat(reason(merger.link(koro, otherRegion), "place")).isEqualTo("place: Koro ML (1) vs Gao ML (3): admin1 Mopti vs Gao, precision 3 → no");
        assertThat(reason(merger.link(koro, country), "place")).isEqualTo("place: Koro ML (1) vs Mali ML (4): same country, precision 4 → ok");
        assertThat(reason(merger.link(country, abroad), "place")).isEqualTo("place: Mali ML (4) vs Burkina Faso BF (4): different countries → no");
    }

    @Test
    void eventsWithoutACountryNeverLink() {
        ReportedEvent a = report("a1").at(null).build();
        ReportedEvent b = report("a2").build();
        assertThat(reason(merger.link(a, b), "place")).isEqualTo("place: unknown vs Koro ML (1): a country is unknown, never merged → no");
        assertThat(merger.window(a.event())).isEmpty();
    }

    @Test
    void actorsContradictOnlyWhenBothSidesAreNamedDifferently() {
        ReportedEvent jnim = report("a1").type(SubEventType.ATTACK).actors("JNIM", "Civilians").build();
        ReportedEvent gunmen = report("a2").type(SubEventType.ATTACK).actors("Unidentified Armed Group", "Civilians").build();
        ReportedEvent isgs = report("a3").type(SubEventType.ATTACK).actors("Islamic State Sahel", "Civilians").build();
        assertThat(merger.link(jnim, gunmen).linked()).isTrue();
        Link l = merger.link(jnim, isgs);
        assertThat(l.linked()).isFalse();
        assertThat(reason(l, "actors")).isEqualTo(
                "actors: actor1 JNIM vs Islamic State Sahel, actor2 Civilians vs Civilians: contradict → no");
    }

    @Test
    void battleSidesMayComeInEitherOrderAndAssociatedActorsCount() {
        ReportedEvent a = report("a1").actors("JNIM", "Military Forces of Mali").build();
        ReportedEvent b = report("a2").actors("Military Forces of Mali", "JNIM").build();
        assertThat(reason(merger.link(a, b), "actors")).endsWith("sides agree in the other order (Battles) → ok");
        ReportedEvent attackA = report("a3").type(SubEventType.ATTACK).actors("JNIM", "Civilians").build();
        ReportedEvent attackB = report("a4").type(SubEventType.ATTACK).actors("Civilians", "JNIM").build();
        assertThat(merger.link(attackA, attackB).linked()).isFalse();
        ReportedEvent withWagner = report("a5").actors("Military Forces of Mali", "JNIM").assoc1("Wagner Group").build();
        ReportedEvent wagner = report("a6").actors("Wagner Group", "JNIM").build();
        assertThat(merger.link(withWagner, wagner).linked()).isTrue();
    }

    @Test
    void everyLinkedPartnerLiesInsideTheCandidateWindow() {
        ReportedEvent e = report("a1").on("2024-08-25").build();
        List<ReportedEvent> partners = List.of(
                report("p1").on("2024-08-27").build(),
                report("p2").on("2024-08-23").build(),
                report("p3").on("2024-08-19", DatePrecision.WEEK).build(),
                report("p4").on("2024-08-01", DatePrecision.MONTH).build());
        CandidateWindow w = merger.window(e.event()).orElseThrow();
        assertThat(w.countryCode()).isEqualTo("ML");
        for (ReportedEvent p : partners) {
            assertThat(merger.link(e, p).linked()).as(p.key()).isTrue();
            assertThat(w.contains(p.event())).as(p.key()).isTrue();
        }
        // and a month-precision event's window reaches every day of its month, and no further
        CandidateWindow mw = merger.window(partners.get(3).event()).orElseThrow();
        assertThat(mw.contains(report("d1").on("2024-08-01").build().event())).isTrue();
        assertThat(mw.contains(report("d2").on("2024-08-31").build().event())).isTrue();
        assertThat(mw.contains(report("d3").on("2024-09-01").build().event())).isFalse();
        assertThat(mw.contains(report("d4").on("2024-07-31").build().event())).isFalse();
    }

    @Test
    void theCandidateWindowLeavesOutWhatTheDateRuleRejects() {
        CandidateWindow w = merger.window(report("a1").on("2024-08-25").build().event()).orElseThrow();
        // three days away, a week ending the day before, last month, a year, another country
        List<ReportedEvent> outside = List.of(
                report("o1").on("2024-08-28").build(),
                report("o2").on("2024-08-22").build(),
                report("o3").on("2024-08-18", DatePrecision.WEEK).build(),
                report("o4").on("2024-07-01", DatePrecision.MONTH).build(),
                report("o5").on("2024-01-01", DatePrecision.YEAR).build(),
                report("o6").at(place("Djibo", 14.1, -1.6, null, "BF", 1)).build());
        for (ReportedEvent o : outside) {
            assertThat(w.contains(o.event())).as(o.key()).isFalse();
        }
    }
}
