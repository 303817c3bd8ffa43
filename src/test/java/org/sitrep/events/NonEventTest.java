package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.model.Doc;
import org.sitrep.testing.SharedNlp;

/**
 * Codebook section 1: what is not an event. Each class of non-event has a report that must
 * yield nothing (with the reason in the trace) beside a close report that must yield an event.
 */
class NonEventTest {

    private static EventDetectionStage stage;

    @BeforeAll
    static void load() {
        stage = new EventDetectionStage();
    }

    static Stream<Arguments> pairs() {
        return Stream.of(
                Arguments.of("negation",
                        "No one was killed when soldiers and rebels met near Bakor on Sunday.",
                        "Two rebels were killed in a clash with soldiers near Bakor on Sunday."),
                Arguments.of("modal",
                        "Officials said militants could attack the town of Ruvo on Sunday.",
                        "Officials said militants attacked the town of Ruvo on Sunday."),
                Arguments.of("intent",
                        "The rebels threatened to attack the town of Ruvo.",
                        "The rebels attacked the town of Ruvo on Sunday."),
                Arguments.of("intent",
                        "The army plans to launch airstrikes on rebel camps near Ruvo.",
                        "The army launched airstrikes on rebel camps near Ruvo on Sunday."),
                Arguments.of("denial",
                        "The group denied carrying out the bombing in Ruvo.",
                        "The group carried out the bombing in Ruvo on Sunday."),
                Arguments.of("hypothetical",
                        "The militia will retaliate if soldiers attack the village of Ruvo.",
                        "Soldiers attacked the village of Ruvo on Sunday."),
                Arguments.of("court",
                        "A court in Ruvo convicted two men of the bombing of a bus station.",
                        "Two men bombed a bus station in Ruvo on Sunday."),
                Arguments.of("commemoration",
                        "Hundreds gathered in Ruvo to commemorate the massacre of villagers.",
                        "Gunmen massacred villagers in Ruvo on Sunday."),
                Arguments.of("background",
                        "The region around Ruvo has seen attacks by jihadists since 2012.",
                        "Jihadists attacked a military post in Ruvo on Sunday."),
                Arguments.of("background clause",
                        "The ferry to the island has not sailed since militants attacked the port of Ruvo.",
                        "Militants attacked the port of Ruvo on Sunday."),
                Arguments.of("ongoing",
                        "The air force has been conducting airstrikes in the area around Ruvo.",
                        "The air force conducted airstrikes near Ruvo on Sunday."),
                Arguments.of("ability, not an act",
                        "The new frigates of the navy are thought to lack the ability to fire missiles at sea.",
                        "The navy fired missiles at rebel positions near Ruvo on Sunday."),
                Arguments.of("figurative",
                        "The minister hoped to kill two birds with one stone in Ruvo on Sunday.",
                        "Gunmen killed two farmers in Ruvo on Sunday."),
                Arguments.of("figurative",
                        "The mayor of Ruvo lost a long legal battle with the ministry on Sunday.",
                        "Soldiers fought a long battle with rebels in Ruvo on Sunday."),
                Arguments.of("labour strike without a demonstration",
                        "Miners at the Ruvo platinum mine have been on strike for five weeks over pay.",
                        "Striking miners marched through Ruvo on Sunday in a protest over pay."),
                Arguments.of("not political",
                        "A robber shot a shopkeeper during a robbery in Ruvo on Sunday.",
                        "Gunmen shot a shopkeeper in Ruvo on Sunday."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void nonEventYieldsNothingButTheIncidentDoes(String kind, String nonEvent, String event) {
        Doc none = SharedNlp.doc(nonEvent, "2024-08-26");
        assertThat(stage.find(none).events()).as(stage.explain(none).toString()).isEmpty();
        Doc one = SharedNlp.doc(event, "2024-08-26");
        assertThat(stage.find(one).events()).as(stage.explain(one).toString()).hasSize(1);
    }

    @Test
    void droppedTriggerIsExplained() {
        Doc doc = SharedNlp.doc("The rebels threatened to attack the town of Ruvo.", "2024-08-26");
        assertThat(stage.explain(doc)).anySatisfy(x -> {
            assertThat(x.triggerText()).isEqualTo("attack");
            assertThat(x.decision()).isEqualTo(Explanation.DROPPED);
            assertThat(x.reason()).contains("threaten");
        });
    }

    @Test
    void articleWithoutIncidentYieldsNothing() {
        Doc doc = SharedNlp.doc("The finance minister presented the budget to parliament in Ruvo on"
                + " Sunday. Growth is expected to slow next year.", "2024-08-26");
        assertThat(stage.find(doc).events()).isEmpty();
    }

    @Test
    void updateWithoutPlaceIsNotAnEvent() {
        Doc doc = SharedNlp.doc("The death toll from the strikes rose to 80 on Sunday.", "2024-08-26");
        assertThat(stage.find(doc).events()).isEmpty();
    }

    @Test
    void wordsNamingThingsAreNoTriggers() {
        Doc doc = SharedNlp.doc("Members of the bomb squad met protest leaders and the mayor of Ruvo in"
                + " March.", "2024-08-26");
        assertThat(stage.find(doc).events()).as(stage.explain(doc).toString()).isEmpty();
    }

    @Test
    void aTrialRetellingAnIncidentIsNoEvent() {
        Doc doc = SharedNlp.doc("A witness told the jury in Ruvo on Friday that he saw the"
                + " defendant near the bombing.", "2024-08-26");
        assertThat(stage.find(doc).events()).as(stage.explain(doc).toString()).isEmpty();
    }
}
