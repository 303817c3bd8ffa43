package org.sitrep.casualties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.codebook.SubEventType;
import org.sitrep.model.Doc;
import org.sitrep.model.Event;
import org.sitrep.model.Fatalities;
import org.sitrep.model.Span;
import org.sitrep.testing.SharedNlp;

class CasualtyStageTest {

    private static final CasualtyStage STAGE = new CasualtyStage();

    private static Event event(Doc doc, SubEventType type, String trigger, int... sentences) {
        List<Span> evidence = new java.util.ArrayList<>();
        for (int s : sentences) {
            evidence.add(doc.sentence(s).span());
        }
        int at = doc.text().indexOf(trigger, evidence.get(0).start());
        return Event.detected("t", type, List.of(new Span(at, at + trigger.length())), evidence);
    }

    @Test
    void leadAndLaterMentionOfTheSameDeadAreOneClaim() {
        Doc doc = SharedNlp.doc("An air strike on a village killed 21 people, including 11 children, on Sunday. "
                + "Relatives buried the 21 victims on Monday.", "2024-08-26");
        Event e = STAGE.apply(doc, List.of(event(doc, SubEventType.AIR_DRONE_STRIKE, "strike", 0, 1))).get(0);
        assertThat(e.fatalities().low()).isEqualTo(21);
        assertThat(e.fatalities().children()).isEqualTo(11);
        assertThat(e.claims()).hasSize(1);
        assertThat(e.claims().get(0).evidence()).isEqualTo(doc.sentence(0).span());
    }

    @Test
    void figuresGoToTheEventTheyDescribe() {
        Doc doc = SharedNlp.doc("A car bomb killed 12 people in the north on Sunday. "
                + "In a separate attack, gunmen killed three farmers in the south.", "2024-08-26");
        Event bomb = event(doc, SubEventType.REMOTE_EXPLOSIVE, "car bomb", 0);
        Event raid = event(doc, SubEventType.ATTACK, "attack", 1);
        List<Event> out = STAGE.apply(doc, List.of(bomb, raid));
        assertThat(out.get(0).fatalities().low()).isEqualTo(12);
        assertThat(out.get(1).fatalities().low()).isEqualTo(3);
    }

    @Test
    void aTollOverAWaveOfAttacksGoesToNoneOfItsIncidents() {
        Doc doc = SharedNlp.doc("A spate of bombings across the north left 60 people dead on Sunday, officials said. "
                + "Twenty-five people died when a truck bomb went off at the Rasul cattle market. "
                + "Four soldiers died when their convoy hit a mine near Hadar.", "2024-08-26");
        Event market = event(doc, SubEventType.REMOTE_EXPLOSIVE, "bombings", 0, 1);
        Event road = event(doc, SubEventType.REMOTE_EXPLOSIVE, "mine", 2);
        List<Event> out = STAGE.apply(doc, List.of(market, road));
        assertThat(out.get(0).fatalities().low()).isEqualTo(25);
        assertThat(out.get(0).fatalities().high()).isEqualTo(25);
        assertThat(out.get(1).fatalities().low()).isEqualTo(4);
    }

    @Test
    void aWaveTollStaysWithTheOnlyEventReported() {
        Doc doc = SharedNlp.doc("A wave of air strikes on Sunday killed 14 people in the town of Rasul.",
                "2024-08-26");
        Event e = STAGE.apply(doc, List.of(event(doc, SubEventType.AIR_DRONE_STRIKE, "strikes", 0))).get(0);
        assertThat(e.fatalities().low()).isEqualTo(14);
    }

    @Test
    void noFigureIsUnknownForViolenceAndZeroForPeacefulEvents() {
        Doc doc = SharedNlp.doc("Rebels attacked an army post on Sunday. "
                + "Thousands marched peacefully in the capital.", "2024-08-26");
        List<Event> out = STAGE.apply(doc, List.of(event(doc, SubEventType.ARMED_CLASH, "attacked", 0),
                event(doc, SubEventType.PEACEFUL_PROTEST, "marched", 1)));
        assertThat(out.get(0).fatalities()).isEqualTo(Fatalities.UNKNOWN);
        assertThat(out.get(1).fatalities()).isEqualTo(new Fatalities(0, 0, 0, 0, 0));
    }

    @Test
    void contestedFiguresSpanLowAndHigh() {
        Doc doc = SharedNlp.doc("Dozens died when a truck bomb hit the base on Monday. "
                + "A rebel spokesman claimed 150 soldiers were killed. "
                + "The governor said the attack killed 12 people.", "2024-08-26");
        Event e = STAGE.apply(doc, List.of(event(doc, SubEventType.SUICIDE_BOMB, "truck bomb", 0, 1, 2))).get(0);
        assertThat(e.fatalities().low()).isEqualTo(12);
        assertThat(e.fatalities().high()).isEqualTo(150);
        assertThat(e.fatalities().best()).isEqualTo(24);
        assertThat(e.claims()).extracting("claimant").containsExactly(null, "rebel spokesman", "governor");
    }

    @Test
    void declaresItsFields() {
        assertThat(STAGE.requires()).containsExactly(org.sitrep.pipeline.Field.EVENTS);
        assertThat(STAGE.provides()).containsExactly(org.sitrep.pipeline.Field.FATALITIES);
    }

    @Test
    void aSentenceTurningToAnotherIncidentDoesNotFeedTheEvent() {
        Doc doc = SharedNlp.doc("Two bombs damaged a bank in the capital on Sunday. "
                + "In other actions, one rebel was killed in a clash in the east.", "2024-08-26");
        Event bomb = event(doc, SubEventType.REMOTE_EXPLOSIVE, "bombs", 0, 1);
        assertThat(STAGE.apply(doc, List.of(bomb)).get(0).fatalities()).isEqualTo(Fatalities.UNKNOWN);
    }

    @Test
    void aSentenceDatedToAnotherMonthDoesNotFeedTheEvent() {
        Doc doc = SharedNlp.doc("Rebels clashed with the guard in the capital on Sunday. "
                + "In March, at least 23 people died in a similar clash.", "2024-08-26");
        Event clash = event(doc, SubEventType.ARMED_CLASH, "clashed", 0, 1)
                .withDate(new org.sitrep.model.EventDate(java.time.LocalDate.of(2024, 8, 25),
                        org.sitrep.codebook.DatePrecision.DAY, null, "test"));
        assertThat(STAGE.apply(doc, List.of(clash)).get(0).fatalities()).isEqualTo(Fatalities.UNKNOWN);
    }

    @Test
    void eventsThatTakeNoDeathsDoNotCompeteForFigures() {
        Doc doc = SharedNlp.doc("The army shot down a plane near the border, killing at least 40 people.",
                "2024-08-26");
        Event strike = event(doc, SubEventType.SHELLING_ARTILLERY_MISSILE, "army", 0);
        Event downing = event(doc, SubEventType.DISRUPTED_WEAPONS_USE, "shot down", 0);
        List<Event> out = STAGE.apply(doc, List.of(strike, downing));
        assertThat(out.get(0).fatalities().low()).isEqualTo(40);
        assertThat(out.get(1).fatalities().low()).isZero();
    }

    @Test
    void aLaterDatedTollUpdateStillFeedsTheEvent() {
        Doc doc = SharedNlp.doc("A suicide bomber killed 12 people at a market on Sunday. "
                + "On Monday the death toll rose to 30.", "2024-08-27");
        Event bomb = event(doc, SubEventType.SUICIDE_BOMB, "suicide bomber", 0, 1)
                .withDate(new org.sitrep.model.EventDate(java.time.LocalDate.of(2024, 8, 25),
                        org.sitrep.codebook.DatePrecision.DAY, null, "test"));
        assertThat(STAGE.apply(doc, List.of(bomb)).get(0).fatalities()).isEqualTo(new Fatalities(30, 30, 30, null, null));
    }

    @Test
    void anUndatedEventIsComparedWithTheDateOfItsFirstSentence() {
        Doc doc = SharedNlp.doc("Police and protesters clashed in the capital on Tuesday. "
                + "In March, 23 people died in clashes with the guard.", "2024-08-28");
        Event clash = event(doc, SubEventType.ARMED_CLASH, "clashed", 0, 1);
        assertThat(STAGE.apply(doc, List.of(clash)).get(0).fatalities()).isEqualTo(Fatalities.UNKNOWN);
    }

    @Test
    void aSentenceOpeningOnOtherAttacksDoesNotFeedTheEvent() {
        Doc doc = SharedNlp.doc("A truck bomb killed 15 soldiers at a base near Kora on Sunday. "
                + "Two other raids on nearby farms left four farmers dead.", "2024-08-26");
        Event bomb = event(doc, SubEventType.SUICIDE_BOMB, "truck bomb", 0, 1);
        Event e = STAGE.apply(doc, List.of(bomb)).get(0);
        assertThat(e.fatalities().low()).isEqualTo(15);
        assertThat(e.fatalities().high()).isEqualTo(15);
        assertThat(e.claims()).hasSize(1);
    }

    @Test
    void deathsDatedByTheirOwnWhenClauseBelongToThatDay() {
        Doc doc = SharedNlp.doc("Gunmen killed six traders at a market in Lamu on Sunday. "
                + "It was the worst raid on the town since March 2019, when 30 people were killed.", "2024-08-26");
        Event raid = event(doc, SubEventType.ATTACK, "killed", 0, 1);
        assertThat(STAGE.apply(doc, List.of(raid)).get(0).fatalities()).isEqualTo(new Fatalities(6, 6, 6, 6, 0));
    }

    @Test
    void inAnUndatedReportAWhenClauseDateStillMarksAnotherIncident() {
        Doc doc = SharedNlp.doc("Gunmen killed six traders at a market in Lamu. "
                + "It was the worst raid on the town since March 2019, when 30 people were killed.", null);
        Event raid = event(doc, SubEventType.ATTACK, "killed", 0, 1);
        assertThat(STAGE.apply(doc, List.of(raid)).get(0).fatalities().low()).isEqualTo(6);
    }

    @Test
    void deathsJustBeforeAnEventThatTakesTheirIncidentUpAgainGoToIt() {
        Doc doc = SharedNlp.doc("A bomb damaged a bridge in the capital on Sunday. "
                + "In other fighting, two rebels were killed in clashes in the hills. "
                + "According to the army, the clash broke out near Kora when rebels fired on a patrol.",
                "2024-08-26");
        Event bomb = event(doc, SubEventType.REMOTE_EXPLOSIVE, "bomb", 0, 1);
        Event clash = event(doc, SubEventType.ARMED_CLASH, "clash", 2);
        List<Event> out = STAGE.apply(doc, List.of(bomb, clash));
        assertThat(out.get(0).fatalities()).isEqualTo(Fatalities.UNKNOWN);
        assertThat(out.get(1).fatalities().low()).isEqualTo(2);
    }

    @Test
    void aNewIncidentInTheNextSentenceDoesNotTakeTheDeathsBeforeIt() {
        Doc doc = SharedNlp.doc("A bomb damaged a bridge in the capital on Sunday. "
                + "In other fighting, two rebels were killed in clashes in the hills. "
                + "Nine clashes were reported near Kora on Monday.", "2024-08-26");
        Event bomb = event(doc, SubEventType.REMOTE_EXPLOSIVE, "bomb", 0, 1);
        Event clash = event(doc, SubEventType.ARMED_CLASH, "clashes", 2);
        List<Event> out = STAGE.apply(doc, List.of(bomb, clash));
        assertThat(out.get(1).fatalities()).isEqualTo(Fatalities.UNKNOWN);
    }

    @Test
    void aSentenceGoingOnThroughAPronounAddsItsCompanionsToTheEvent() {
        Doc doc = SharedNlp.doc("Soldiers shot dead two farmers near Kora on Sunday. "
                + "They were killed along with five herders grazing cattle nearby.", "2024-08-26");
        Event shooting = event(doc, SubEventType.ATTACK, "shot", 0);
        Event e = STAGE.apply(doc, List.of(shooting)).get(0);
        assertThat(e.fatalities().low()).isEqualTo(7);
        assertThat(e.fatalities().high()).isEqualTo(7);
    }

    @Test
    void vagueAndRoundFiguresThroughTheStage() {
        Doc doc = SharedNlp.doc("Several guards were killed when rebels stormed the depot on Sunday.", "2024-08-26");
        Event e = STAGE.apply(doc, List.of(event(doc, SubEventType.ARMED_CLASH, "stormed", 0))).get(0);
        assertThat(e.fatalities()).isEqualTo(Fatalities.UNKNOWN);
        assertThat(e.claims()).singleElement().satisfies(c -> {
            assertThat(c.killed()).isNull();
            assertThat(c.qualifier()).isEqualTo(org.sitrep.codebook.Qualifier.VAGUE);
        });
        Doc scores = SharedNlp.doc("Scores of worshippers were killed when the mosque was bombed on Friday.",
                "2024-08-26");
        Event bombing = STAGE.apply(scores, List.of(event(scores, SubEventType.REMOTE_EXPLOSIVE, "bombed", 0))).get(0);
        assertThat(bombing.fatalities()).isEqualTo(new Fatalities(40, 40, 40, 40, 0));
        assertThat(bombing.claims()).singleElement().extracting("qualifier")
                .isEqualTo(org.sitrep.codebook.Qualifier.ABOUT);
    }

    @Test
    void womenAndChildrenFillTheCivilianFields() {
        Doc doc = SharedNlp.doc("Militiamen killed five women and three children in a village on Sunday.",
                "2024-08-26");
        Event e = STAGE.apply(doc, List.of(event(doc, SubEventType.ATTACK, "killed", 0))).get(0);
        assertThat(e.fatalities()).isEqualTo(new Fatalities(8, 8, 8, 8, 3));
    }

    @Test
    void anAttackerStatedDeadCountsWithHisVictims() {
        Doc doc = SharedNlp.doc("A suicide bomber blew himself up at a checkpoint on Sunday, killing four guards.",
                "2024-08-26");
        Event e = STAGE.apply(doc, List.of(event(doc, SubEventType.SUICIDE_BOMB, "blew himself up", 0))).get(0);
        assertThat(e.fatalities().low()).isEqualTo(5);
        assertThat(e.fatalities().high()).isEqualTo(5);
    }

    @Test
    void aDenialSpansTheEstimateFromZero() {
        Doc doc = SharedNlp.doc("Police fired on student marchers in the capital on Monday. "
                + "The ministry denied reports that up to six students had died.", "2024-08-26");
        Event e = STAGE.apply(doc, List.of(event(doc, SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS,
                "fired", 0, 1))).get(0);
        assertThat(e.fatalities().low()).isZero();
        assertThat(e.fatalities().high()).isEqualTo(6);
        assertThat(e.claims()).extracting("claimant").containsExactly("reports", "ministry");
    }

    @Test
    void anotherBlastAtThePlaceOfTheEventAddsItsDead() {
        Doc doc = SharedNlp.doc("A car bomb went off outside the court in Lamu on Sunday, killing four people. "
                + "Another blast minutes later killed two more people.", "2024-08-26");
        Event e = STAGE.apply(doc, List.of(event(doc, SubEventType.REMOTE_EXPLOSIVE, "car bomb", 0, 1))).get(0);
        assertThat(e.fatalities().low()).isEqualTo(6);
        assertThat(e.fatalities().high()).isEqualTo(6);
    }

    @Test
    void aSentenceGoingOnThroughItFeedsTheEventBefore() {
        Doc doc = SharedNlp.doc("Troops opened fire on marchers in the capital on Monday, the ministry said. "
                + "It denied claims that up to five marchers had died.", "2024-08-26");
        Event e = STAGE.apply(doc, List.of(event(doc, SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS,
                "opened fire", 0))).get(0);
        assertThat(e.fatalities().low()).isZero();
        assertThat(e.fatalities().high()).isEqualTo(5);
    }
}
