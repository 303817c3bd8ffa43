package org.sitrep.merging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitrep.merging.Reports.place;
import static org.sitrep.merging.Reports.report;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.codebook.DatePrecision;
import org.sitrep.codebook.Qualifier;
import org.sitrep.codebook.SubEventType;
import org.sitrep.model.Fatalities;
import org.sitrep.model.MergedEvent;
import org.sitrep.model.ReportedEvent;
import org.sitrep.model.SourcedClaim;

class MergeTest {

    private final ReportMerger merger = new ReportMerger();

    private static String show(SourcedClaim c) {
        return c.claim().claimant() + "|" + c.claim().killed() + "|" + c.claim().qualifier() + "|" + c.articleIds();
    }

    @Test
    void theSameClaimantAndFigureInTwoReportsIsOneClaimWithBothArticles() {
        MergedEvent m = merger.merge(List.of(
                report("b").says("The Health Ministry", 9).build(),
                report("a").says("health ministry", 9).build()));
        assertThat(m.claims()).hasSize(1);
        assertThat(m.claims().get(0).articleIds()).containsExactly("a", "b");
        // the claim as the first article (by id) words it
        assertThat(m.claims().get(0).claim().claimant()).isEqualTo("health ministry");
    }

    @Test
    void theSameFigureFromDifferentClaimantsOrQualifiersStaysApart() {
        MergedEvent m = merger.merge(List.of(
                report("a").says("army", 9).build(),
                report("b").says("rebels", 9).claim("rebels", 9, Qualifier.AT_LEAST).build()));
        assertThat(m.claims()).extracting(MergeTest::show).containsExactly(
                "army|9|exact|[a]", "rebels|9|exact|[b]", "rebels|9|at_least|[b]");
    }

    @Test
    void contestedTollsSpanLowAndHighAndBestIsTheFigureMostSourcesGive() {
        MergedEvent m = merger.merge(List.of(
                report("a").says("army", 12).build(),
                report("b").says(null, 20).build(),
                report("c").says(null, 20).build(),
                report("d").says("rebels", 40).build()));
        // 20 is stated by two articles on their own authority; 12 and 40 by one claimant each
        assertThat(m.event().fatalities()).isEqualTo(new Fatalities(12, 20, 40, null, null));
    }

    @Test
    void aNamedClaimantRepeatedByManyArticlesIsOneSource() {
        MergedEvent m = merger.merge(List.of(
                report("a").says("army", 12).build(),
                report("b").says("army", 12).build(),
                report("c").says("army", 12).build(),
                report("d").on("2024-08-24").says(null, 30).build(),
                report("e").on("2024-08-24").says("medics", 30).build()));
        assertThat(m.event().fatalities().best()).isEqualTo(30);
        assertThat(m.event().fatalities().low()).isEqualTo(12);
    }

    @Test
    void onATieBestIsTheRepresentativesFigure() {
        // b has the more precise place, so it represents the cluster
        MergedEvent m = merger.merge(List.of(
                report("a").at(place("Mopti", 14.5, -4.2, "Mopti", "ML", 3)).says("army", 5).build(),
                report("b").says("medics", 8).build()));
        assertThat(m.reports().get(0).key()).isEqualTo("b#0");
        assertThat(m.event().fatalities()).isEqualTo(new Fatalities(5, 8, 8, null, null));
    }

    @Test
    void partialFiguresBelowTheirReportsTotalAreNotRivalTotals() {
        // one report: 84 fighters and 47 soldiers on different sides, 131 in all
        MergedEvent m = merger.merge(List.of(
                report("a").claim("army", 84, Qualifier.EXACT).claim("rebels", 47, Qualifier.EXACT)
                        .toll(131, 131, 131).build(),
                report("b").says(null, 135).build()));
        assertThat(m.event().fatalities().low()).isEqualTo(131);
        assertThat(m.event().fatalities().high()).isEqualTo(135);
        assertThat(m.claims()).hasSize(3);
    }

    @Test
    void upToFiguresBoundOnlyTheHigh() {
        MergedEvent m = merger.merge(List.of(
                report("a").claim(null, 10, Qualifier.AT_LEAST).claim(null, 14, Qualifier.UP_TO).toll(10, 10, 14).build(),
                report("b").says(null, 11).build()));
        assertThat(m.event().fatalities()).isEqualTo(new Fatalities(10, 10, 14, null, null));
    }

    @Test
    void civiliansAndChildrenAreTheLargestReportedButNeverAboveHigh() {
        MergedEvent m = merger.merge(List.of(
                report("a").claim(null, 6, Qualifier.EXACT).toll(new Fatalities(6, 6, 6, 6, 2)).build(),
                report("b").claim(null, 7, Qualifier.EXACT).toll(new Fatalities(7, 7, 7, 9, 3)).build()));
        // 6 and 7 have one source each: best is the representative's (a, the smaller key)
        assertThat(m.event().fatalities()).isEqualTo(new Fatalities(6, 6, 7, 7, 3));
    }

    @Test
    void noFigureAnywhereLeavesTheTollUnknown() {
        MergedEvent m = merger.merge(List.of(report("a").build(), report("b").build()));
        assertThat(m.event().fatalities()).isEqualTo(Fatalities.UNKNOWN);
    }

    @Test
    void theRepresentativeIsTheMostInformativeReportAndComesFirst() {
        ReportedEvent monthly = report("a").on("2024-08-01", DatePrecision.MONTH).says(null, 3).build();
        ReportedEvent regional = report("b").at(place("Mopti", 14.5, -4.2, "Mopti", "ML", 3)).build();
        ReportedEvent precise = report("c").build();
        ReportedEvent preciseWithClaims = report("d").says(null, 4).build();
        MergedEvent m = merger.merge(List.of(monthly, regional, precise, preciseWithClaims));
        assertThat(m.reports()).extracting(ReportedEvent::key).containsExactly("d#0", "a#0", "b#0", "c#0");
        assertThat(m.event().articleId()).isEqualTo("d");
        assertThat(m.event().evidence()).isEqualTo(preciseWithClaims.event().evidence());
    }

    @Test
    void theDateIsTheMostPreciseThenTheMostReportedThenTheEarliest() {
        MergedEvent m = merger.merge(List.of(
                report("a").on("2024-08-01", DatePrecision.MONTH).build(),
                report("b").on("2024-08-26").build(),
                report("c").on("2024-08-25").build(),
                report("d").on("2024-08-26").build()));
        assertThat(m.event().date().date()).isEqualTo(LocalDate.of(2024, 8, 26));
        MergedEvent tie = merger.merge(List.of(report("a").on("2024-08-26").build(), report("b").on("2024-08-25").build()));
        assertThat(tie.event().date().date()).isEqualTo(LocalDate.of(2024, 8, 25));
    }

    @Test
    void thePlaceIsTheMostPreciseAndTheMostReported() {
        MergedEvent m = merger.merge(List.of(
                report("a").at(place("Mopti", 14.5, -4.2, "Mopti", "ML", 3)).build(),
                report("b").at(Reports.town("Koro", 14.06, -3.08)).build(),
                report("c").at(Reports.town("Koro village", 14.07, -3.09)).build(),
                report("d").at(Reports.town("Koro village", 14.07, -3.09)).build()));
        assertThat(m.event().location().name()).isEqualTo("Koro village");
        assertThat(m.event().location().precision()).isEqualTo(1);
    }

    @Test
    void theTypeIsTheMostFrequentAndATieGoesToTheMoreSpecificType() {
        MergedEvent majority = merger.merge(List.of(
                report("a").type(SubEventType.ATTACK).build(),
                report("b").type(SubEventType.ARMED_CLASH).build(),
                report("c").type(SubEventType.ATTACK).build()));
        assertThat(majority.event().subEventType()).isEqualTo(SubEventType.ATTACK);
        MergedEvent tie = merger.merge(List.of(
                report("a").type(SubEventType.SUICIDE_BOMB).at(place("Mopti", 14.5, -4.2, "Mopti", "ML", 3)).build(),
                report("b").type(SubEventType.REMOTE_EXPLOSIVE).build()));
        assertThat(tie.event().subEventType()).isEqualTo(SubEventType.SUICIDE_BOMB);
    }

    @Test
    void actorsAreTheMostFrequentNamesPerSideAndNamedBeatsUnidentified() {
        MergedEvent m = merger.merge(List.of(
                report("a").type(SubEventType.ATTACK).actors("Unidentified Armed Group", "Civilians").build(),
                report("b").type(SubEventType.ATTACK).actors("Unidentified Armed Group", null).build(),
                report("c").type(SubEventType.ATTACK).actors("JNIM", "Civilians").build()));
        assertThat(m.event().actor1().name()).isEqualTo("JNIM");
        assertThat(m.event().actor2().name()).isEqualTo("Civilians");
    }

    @Test
    void battleSidesReportedTheOtherWayRoundAreTurnedBeforeCounting() {
        MergedEvent m = merger.merge(List.of(
                report("a").actors("Military Forces of Mali", "JNIM").assoc1("Wagner Group").says(null, 3).build(),
                report("b").actors("JNIM", "Military Forces of Mali").build(),
                report("c").actors("JNIM", "Wagner Group").build()));
        assertThat(m.event().actor1().name()).isEqualTo("Military Forces of Mali");
        assertThat(m.event().assocActor1()).extracting(a -> a.name()).containsExactly("Wagner Group");
        assertThat(m.event().actor2().name()).isEqualTo("JNIM");
    }

    @Test
    void theIdDependsOnlyOnTheSmallestKey() {
        ReportedEvent a = report("a").build();
        ReportedEvent b = report("b").build();
        MergedEvent ab = merger.merge(List.of(a, b));
        assertThat(ab.id()).matches("ev-[0-9a-f]{12}").isEqualTo(merger.merge(List.of(b, a)).id())
                .isEqualTo(merger.merge(List.of(a)).id()).isNotEqualTo(merger.merge(List.of(b)).id());
    }

    @Test
    void anEmptyClusterIsRejected() {
        assertThatThrownBy(() -> merger.merge(List.of())).hasMessage("cannot merge an empty cluster");
    }
}
