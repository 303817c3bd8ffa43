package org.sitrep.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.codebook.ActorCategory;
import org.sitrep.codebook.SubEventType;
import org.sitrep.model.Actor;
import org.sitrep.model.Doc;
import org.sitrep.model.Event;
import org.sitrep.model.Location;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.testing.SharedNlp;

/** The actors stage on short reports written for these tests, parsed by the shared CoreNLP pipeline. */
class ActorStageTest {

    private static ActorStage stage;

    @BeforeAll
    static void load() {
        stage = new ActorStage();
    }

    /** One event reported by the first sentence containing the trigger word, placed in the country. */
    private static Event run(String text, SubEventType type, String trigger, String country) {
        Doc doc = SharedNlp.doc(text, "2024-08-26");
        int at = text.indexOf(trigger);
        Span t = new Span(at, at + trigger.length());
        Sentence s = doc.sentenceAt(at);
        Event e = Event.detected("test", type, List.of(t), List.of(s.span()));
        if (country != null) {
            e = e.withLocation(new Location("somewhere", null, null, null, null, country, null, 4, null));
        }
        Event out = stage.apply(doc, List.of(e)).get(0);
        for (Actor a : actorsOf(out)) {
            assertThat(a.source()).as("every actor keeps the span it came from").isNotNull();
            assertThat(a.source().end()).isLessThanOrEqualTo(text.length());
        }
        return out;
    }

    private static List<Actor> actorsOf(Event e) {
        List<Actor> all = new java.util.ArrayList<>();
        if (e.actor1() != null) {
            all.add(e.actor1());
        }
        if (e.actor2() != null) {
            all.add(e.actor2());
        }
        all.addAll(e.assocActor1());
        all.addAll(e.assocActor2());
        return all;
    }

    @Test
    void subjectOfActiveVerbActsAndObjectIsActedUpon() {
        Event e = run("Gunmen killed twelve villagers in the Zurmi area on Sunday.", SubEventType.ATTACK, "killed", "NG");
        assertThat(e.actor1().name()).isEqualTo("Unidentified Armed Group");
        assertThat(e.actor1().type()).isEqualTo(ActorCategory.POLITICAL_MILITIA);
        assertThat(e.actor2().name()).isEqualTo("Civilians");
        assertThat(e.actor2().countryCode()).isEqualTo("NG");
    }

    @Test
    void byAgentOfPassiveActsAndPassiveSubjectIsActedUpon() {
        Event e = run("Fifteen Burkinabe soldiers were killed by JNIM fighters near Djibo on Monday.",
                SubEventType.ARMED_CLASH, "killed", "BF");
        assertThat(e.actor1().name()).isEqualTo("JNIM: Group for Support of Islam and Muslims");
        assertThat(e.actor2().name()).isEqualTo("Military Forces of Burkina Faso");
        assertThat(e.actor2().type()).isEqualTo(ActorCategory.STATE_FORCES);
    }

    @Test
    void compoundModifierOfNounTriggerActs() {
        Event e = run("An RSF attack on a displacement camp killed at least 20 people.", SubEventType.ATTACK,
                "attack", "SD");
        assertThat(e.actor1().name()).isEqualTo("Rapid Support Forces");
        assertThat(e.actor2().name()).isEqualTo("Civilians");
    }

    @Test
    void clashesBetweenTwoSidesPutOneOnEachSide() {
        Event e = run("Clashes between the Malian army and JNIM erupted near Boni on Saturday.",
                SubEventType.ARMED_CLASH, "Clashes", "ML");
        assertThat(List.of(e.actor1().name(), e.actor2().name())).containsExactlyInAnyOrder(
                "Military Forces of Mali", "JNIM: Group for Support of Islam and Muslims");
    }

    @Test
    void stateForcesAreExternalAbroadAndStateForcesAtHome() {
        String text = "Russian forces shelled the city overnight.";
        Event abroad = run(text, SubEventType.SHELLING_ARTILLERY_MISSILE, "shelled", "UA");
        assertThat(abroad.actor1().name()).isEqualTo("Military Forces of Russia");
        assertThat(abroad.actor1().type()).isEqualTo(ActorCategory.EXTERNAL_FORCES);
        assertThat(abroad.actor1().countryCode()).isEqualTo("RU");
        Event home = run(text, SubEventType.SHELLING_ARTILLERY_MISSILE, "shelled", "RU");
        assertThat(home.actor1().type()).isEqualTo(ActorCategory.STATE_FORCES);
    }

    @Test
    void alliesJoinedByAndBecomeAssociatedActors() {
        Event e = run("Malian troops and Wagner mercenaries attacked the village on Tuesday.", SubEventType.ATTACK,
                "attacked", "ML");
        assertThat(e.actor1().name()).isEqualTo("Military Forces of Mali");
        assertThat(e.assocActor1()).extracting(Actor::name).containsExactly("Wagner Group");
        assertThat(e.assocActor1().get(0).type()).isEqualTo(ActorCategory.EXTERNAL_FORCES);
    }

    @Test
    void genericSoldiersAreTheForcesOfTheEventCountry() {
        Event e = run("Soldiers repelled an assault by militants on a base in the north.",
                SubEventType.ARMED_CLASH, "assault", "NE");
        assertThat(List.of(e.actor1().name(), e.actor2().name()))
                .containsExactlyInAnyOrder("Unidentified Armed Group", "Military Forces of Niger");
    }

    @Test
    void protestersActAndPoliceInterveneInProtests() {
        Event e = run("Hundreds of demonstrators marched in the capital on Tuesday before police fired tear gas.",
                SubEventType.PROTEST_WITH_INTERVENTION, "marched", "KE");
        assertThat(e.actor1().name()).isEqualTo("Protesters");
        assertThat(e.actor1().type()).isEqualTo(ActorCategory.PROTESTERS);
        assertThat(e.actor2().name()).isEqualTo("Police Forces of Kenya");
        Event peaceful = run("Hundreds of demonstrators marched peacefully in the capital on Tuesday.",
                SubEventType.PEACEFUL_PROTEST, "marched", "KE");
        assertThat(peaceful.actor2()).isNull();
    }

    @Test
    void claimOfResponsibilityNamesTheAttacker() {
        Event e = run("A bomb exploded at a busy market on Friday, killing six people. "
                + "Al-Shabaab claimed responsibility for the blast.", SubEventType.REMOTE_EXPLOSIVE, "exploded", "SO");
        assertThat(e.actor1().name()).isEqualTo("Al Shabaab");
        assertThat(e.actor2().name()).isEqualTo("Civilians");
    }

    @Test
    void movementResolvesToItsBranchInTheEventCountry() {
        Event e = run("Islamic State fighters attacked a military base in Borno on Monday.",
                SubEventType.ARMED_CLASH, "attacked", "NG");
        assertThat(e.actor1().name()).isEqualTo("Islamic State West Africa Province");
        assertThat(e.actor2().name()).isEqualTo("Military Forces of Nigeria");
    }

    @Test
    void rebelsAreTheGroupTheArticleNamesElseUnidentified() {
        Event named = run("M23 fighters advanced on the town. The rebels attacked an army position on Sunday.",
                SubEventType.ARMED_CLASH, "attacked", "CD");
        assertThat(named.actor1().name()).isEqualTo("M23: March 23 Movement");
        Event unnamed = run("The rebels attacked an army position on Sunday.", SubEventType.ARMED_CLASH,
                "attacked", "CD");
        assertThat(unnamed.actor1().name()).isEqualTo("Unidentified Armed Group");
        assertThat(unnamed.actor2().name()).isEqualTo("Military Forces of Democratic Republic of Congo");
    }

    @Test
    void nationalityOnAnIncidentNounNamesTheActorButACountryNameIsAPlace() {
        Event e = run("Ten people were killed and dozens injured on Sunday in Israeli airstrikes on the city.",
                SubEventType.AIR_DRONE_STRIKE, "airstrikes", "LB");
        assertThat(e.actor1().name()).isEqualTo("Military Forces of Israel");
        assertThat(e.actor1().type()).isEqualTo(ActorCategory.EXTERNAL_FORCES);
        assertThat(e.actor2().name()).isEqualTo("Civilians");
        Event place = run("Two people were killed in Gaza strikes on Monday.", SubEventType.AIR_DRONE_STRIKE, "strikes",
                "PS");
        assertThat(place.actor1().name()).isNotEqualTo("Military Forces of Palestine");
    }

    @Test
    void organisationUnknownToTheRegistryIsTakenFromNer() {
        Event e = run("The Freedom Liberation Front said its fighters attacked an army checkpoint on Sunday.",
                SubEventType.ARMED_CLASH, "attacked", "AF");
        assertThat(e.actor1().name()).isEqualTo("Freedom Liberation Front");
        assertThat(e.actor1().type()).isEqualTo(ActorCategory.REBEL_GROUP);
        assertThat(e.actor2().name()).isEqualTo("Military Forces of Afghanistan");
    }

    @Test
    void arrestsAreMadeByTheStatePoliceUnlessSomeoneElseIsNamed() {
        Event e = run("A journalist was arrested in the capital on Monday.", SubEventType.ARRESTS, "arrested", "BY");
        assertThat(e.actor1().name()).isEqualTo("Police Forces of Belarus");
        assertThat(e.actor2().name()).isEqualTo("Civilians");
    }

    @Test
    void whatABombWentOffNearIsItsTarget() {
        Event e = run("A car bomb exploded beside an army convoy on Tuesday, wounding two soldiers.",
                SubEventType.REMOTE_EXPLOSIVE, "exploded", "IQ");
        assertThat(e.actor1().name()).isEqualTo("Unidentified Armed Group");
        assertThat(e.actor2().name()).isEqualTo("Military Forces of Iraq");
    }
}
