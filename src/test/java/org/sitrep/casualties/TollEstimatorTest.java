package org.sitrep.casualties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.codebook.Qualifier;
import org.sitrep.model.Fatalities;
import org.sitrep.model.Span;

/** The totals rules on hand-built statements: no parse needed. */
class TollEstimatorTest {

    private final TollEstimator estimator = new TollEstimator();

    private static DeathMention m(int sentence, Integer killed, Qualifier q, VictimGroup group,
                                  String claimant) {
        return new DeathMention(sentence, new Span(sentence * 100, sentence * 100 + 90),
                new Span(sentence * 100, sentence * 100 + 5), new Span(sentence * 100 + 6, sentence * 100 + 8),
                killed, killed, q, group, group.name().toLowerCase(), false, false, false, true, claimant);
    }

    private static DeathMention subset(DeathMention d) {
        return new DeathMention(d.sentence(), d.evidence(), d.predicate(), d.figure(), d.killed(), d.high(),
                d.qualifier(), d.group(), d.victims(), true, false, false, true, d.claimant());
    }

    private static DeathMention additive(DeathMention d) {
        return new DeathMention(d.sentence(), d.evidence(), d.predicate(), d.figure(), d.killed(), d.high(),
                d.qualifier(), d.group(), d.victims(), false, true, false, true, d.claimant());
    }

    private static DeathMention toll(DeathMention d) {
        return new DeathMention(d.sentence(), d.evidence(), d.predicate(), d.figure(), d.killed(), d.high(),
                d.qualifier(), d.group(), d.victims(), false, false, true, true, d.claimant());
    }

    @Test
    void singleFigureGivesEqualLowBestHigh() {
        var est = estimator.estimate(List.of(m(0, 21, Qualifier.AT_LEAST, VictimGroup.PEOPLE, null)), false);
        assertThat(est.fatalities()).isEqualTo(new Fatalities(21, 21, 21, null, null));
        assertThat(est.claims()).singleElement().satisfies(c -> {
            assertThat(c.killed()).isEqualTo(21);
            assertThat(c.qualifier()).isEqualTo(Qualifier.AT_LEAST);
            assertThat(c.claimant()).isNull();
            assertThat(c.evidence()).isEqualTo(new Span(0, 90));
        });
    }

    @Test
    void groupsOfOneClaimAreAdded() {
        var est = estimator.estimate(List.of(
                m(0, 84, Qualifier.EXACT, VictimGroup.ARMED, "the ministry"),
                m(0, 47, Qualifier.EXACT, VictimGroup.SECURITY, "the ministry")), false);
        assertThat(est.fatalities().low()).isEqualTo(131);
        assertThat(est.fatalities().high()).isEqualTo(131);
        assertThat(est.claims()).singleElement().extracting("killed").isEqualTo(131);
    }

    @Test
    void subsetsAreNotAddedButFillChildrenAndCivilians() {
        var est = estimator.estimate(List.of(
                m(0, 21, Qualifier.EXACT, VictimGroup.PEOPLE, null),
                subset(m(0, 11, Qualifier.EXACT, VictimGroup.CHILD, null))), true);
        assertThat(est.fatalities()).isEqualTo(new Fatalities(21, 21, 21, 21, 11));
    }

    @Test
    void restatedFigureIsOneClaim() {
        var est = estimator.estimate(List.of(
                m(0, 21, Qualifier.EXACT, VictimGroup.PEOPLE, null),
                m(3, 21, Qualifier.EXACT, VictimGroup.PEOPLE, "the governor")), false);
        assertThat(est.claims()).hasSize(1);
        assertThat(est.fatalities().low()).isEqualTo(21);
    }

    @Test
    void tollUpdateSupersedesEarlierFigure() {
        var est = estimator.estimate(List.of(
                m(0, 21, Qualifier.EXACT, VictimGroup.PEOPLE, null),
                toll(m(2, 30, Qualifier.EXACT, VictimGroup.PEOPLE, null))), false);
        assertThat(est.fatalities()).isEqualTo(new Fatalities(30, 30, 30, null, null));
    }

    @Test
    void otherDeadAddToThePreviousClaim() {
        var est = estimator.estimate(List.of(
                m(0, 1, Qualifier.EXACT, VictimGroup.CIVILIAN, null),
                additive(m(1, 5, Qualifier.AT_LEAST, VictimGroup.CIVILIAN, null))), false);
        assertThat(est.fatalities().low()).isEqualTo(6);
        assertThat(est.claims()).singleElement().extracting("qualifier").isEqualTo(Qualifier.AT_LEAST);
    }

    @Test
    void contestedClaimsStaySideBySide() {
        var est = estimator.estimate(List.of(
                m(0, 24, Qualifier.ABOUT, VictimGroup.PEOPLE, null),
                m(2, 190, Qualifier.EXACT, VictimGroup.PEOPLE, "the militants' spokesman"),
                m(4, 12, Qualifier.EXACT, VictimGroup.PEOPLE, "the governor's office")), false);
        assertThat(est.fatalities().low()).isEqualTo(12);
        assertThat(est.fatalities().high()).isEqualTo(190);
        assertThat(est.fatalities().best()).isEqualTo(24);
        assertThat(est.claims()).hasSize(3);
    }

    @Test
    void figuresOnDifferentSidesAreAddedAcrossClaimants() {
        var est = estimator.estimate(List.of(
                m(0, 16, Qualifier.EXACT, VictimGroup.SECURITY, null),
                m(0, 15, Qualifier.EXACT, VictimGroup.ARMED, "state media")), false);
        assertThat(est.fatalities().low()).isEqualTo(31);
        assertThat(est.fatalities().civilians()).isZero();
    }

    @Test
    void aDenialOfDeathsLowersTheLowEnd() {
        var est = estimator.estimate(List.of(
                m(0, 4, Qualifier.UP_TO, VictimGroup.PEOPLE, "a lawmaker"),
                m(2, 0, Qualifier.EXACT, VictimGroup.PEOPLE, "the police commissioner")), false);
        assertThat(est.fatalities().low()).isZero();
        assertThat(est.fatalities().high()).isEqualTo(4);
    }

    @Test
    void aSingleNamedVictimDoesNotLowerAStatedToll() {
        DeathMention five = m(0, 5, Qualifier.EXACT, VictimGroup.PEOPLE, null);
        DeathMention one = m(2, 1, Qualifier.EXACT, VictimGroup.PEOPLE, null);
        DeathMention named = new DeathMention(one.sentence(), one.evidence(), one.predicate(), one.figure(), 1, 1,
                Qualifier.EXACT, VictimGroup.PEOPLE, "the attacker", false, false, false, false, null);
        var est = estimator.estimate(List.of(five, named), false);
        assertThat(est.fatalities()).isEqualTo(new Fatalities(5, 5, 5, null, null));
        assertThat(est.claims()).hasSize(2);
    }

    @Test
    void vagueOnlyGivesUnknownTotalsAndAVagueClaim() {
        var est = estimator.estimate(List.of(m(0, null, Qualifier.VAGUE, VictimGroup.PEOPLE, null)), false);
        assertThat(est.fatalities()).isEqualTo(Fatalities.UNKNOWN);
        assertThat(est.claims()).singleElement().extracting("qualifier").isEqualTo(Qualifier.VAGUE);
    }

    @Test
    void aTollUpdateFromAnotherClaimantIsARivalFigure() {
        var est = estimator.estimate(List.of(
                m(0, 21, Qualifier.EXACT, VictimGroup.PEOPLE, "the police"),
                toll(m(2, 30, Qualifier.EXACT, VictimGroup.PEOPLE, "the rebels"))), false);
        assertThat(est.fatalities().low()).isEqualTo(21);
        assertThat(est.fatalities().high()).isEqualTo(30);
        assertThat(est.claims()).hasSize(2);
    }

    @Test
    void aSideFigureWithinAnOverallTollIsNotAdded() {
        var est = estimator.estimate(List.of(
                m(0, 12, Qualifier.EXACT, VictimGroup.PEOPLE, null),
                m(1, 3, Qualifier.EXACT, VictimGroup.SECURITY, null)), false);
        assertThat(est.fatalities()).isEqualTo(new Fatalities(12, 12, 12, null, null));
    }

    @Test
    void aRangeSpansLowAndHighAsTwoClaims() {
        DeathMention range = new DeathMention(0, new Span(0, 90), new Span(0, 5), new Span(6, 8), 20, 30,
                Qualifier.AT_LEAST, VictimGroup.PEOPLE, "people", false, false, false, true, null);
        var est = estimator.estimate(List.of(range), false);
        assertThat(est.fatalities()).isEqualTo(new Fatalities(20, 20, 30, null, null));
        assertThat(est.claims()).extracting("killed", "qualifier")
                .containsExactly(org.assertj.core.groups.Tuple.tuple(20, Qualifier.AT_LEAST),
                        org.assertj.core.groups.Tuple.tuple(30, Qualifier.UP_TO));
    }

    @Test
    void companionsAloneInALaterSentenceAddToTheClaimBefore() {
        DeathMention two = m(0, 2, Qualifier.EXACT, VictimGroup.CIVILIAN, null);
        var est = estimator.estimate(List.of(two, additive(m(1, 12, Qualifier.EXACT, VictimGroup.CIVILIAN, null))),
                true);
        assertThat(est.fatalities()).isEqualTo(new Fatalities(14, 14, 14, 14, 0));
        assertThat(est.claims()).singleElement().extracting("killed").isEqualTo(14);
    }
}
