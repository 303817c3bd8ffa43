package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.codebook.SubEventType;
import org.sitrep.model.Doc;
import org.sitrep.model.Event;
import org.sitrep.testing.SharedNlp;

/** One short invented report per ACLED sub-event type: each yields one event of that type. */
class SubEventTypeDetectionTest {

    private static EventDetectionStage stage;

    @BeforeAll
    static void load() {
        stage = new EventDetectionStage();
    }

    static Stream<Arguments> reports() {
        return Stream.of(
                Arguments.of(SubEventType.ARMED_CLASH,
                        "Heavy fighting broke out between the army and rebels near Kalemba on Sunday."),
                Arguments.of(SubEventType.ARMED_CLASH,
                        "Militants killed six soldiers at a checkpoint outside Dori on Saturday."),
                Arguments.of(SubEventType.ARMED_CLASH,
                        "Army and rebel units exchange fire across the river near Kalemba."),
                Arguments.of(SubEventType.ARMED_CLASH,
                        "On Sunday rebels harassed an army post near Kalemba with rifle fire."),
                Arguments.of(SubEventType.GOVERNMENT_REGAINS_TERRITORY,
                        "Government troops recaptured the town of Marosi from the insurgents on Sunday."),
                Arguments.of(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
                        "Rebels seized the town of Lubaro in the east of the country on Saturday."),
                Arguments.of(SubEventType.CHEMICAL_WEAPON,
                        "Doctors said a chemical attack on the town of Kefrin killed twelve people on Sunday."),
                Arguments.of(SubEventType.AIR_DRONE_STRIKE,
                        "Eleven villagers were killed in drone strikes on Tarbala on Sunday."),
                Arguments.of(SubEventType.SUICIDE_BOMB,
                        "A suicide bomber blew himself up at a market in Garoya on Sunday, killing nine people."),
                Arguments.of(SubEventType.SHELLING_ARTILLERY_MISSILE,
                        "Artillery shelling hit residential districts of Varnok on Sunday, killing three civilians."),
                Arguments.of(SubEventType.REMOTE_EXPLOSIVE,
                        "A roadside bomb struck a bus near Kandari on Sunday, killing four passengers."),
                Arguments.of(SubEventType.REMOTE_EXPLOSIVE,
                        "Guerrillas dynamited the town hall in the town of Kandari on Sunday."),
                Arguments.of(SubEventType.DISRUPTED_WEAPONS_USE,
                        "Air defences intercepted eleven drones over the city of Varnok on Sunday night."),
                Arguments.of(SubEventType.GRENADE,
                        "Unknown men threw a grenade into a bar in Bunia on Saturday night, wounding seven."),
                Arguments.of(SubEventType.SEXUAL_VIOLENCE,
                        "Militiamen raped several women in the village of Kitso on Sunday, aid workers said."),
                Arguments.of(SubEventType.ATTACK,
                        "Gunmen opened fire on worshippers at a church in Owena on Sunday, killing five."),
                Arguments.of(SubEventType.ABDUCTION,
                        "Armed men kidnapped twenty students from a school in Kagara on Sunday."),
                Arguments.of(SubEventType.PEACEFUL_PROTEST,
                        "Thousands of people held a peaceful protest in Valdora on Sunday against fuel prices."),
                Arguments.of(SubEventType.PROTEST_WITH_INTERVENTION,
                        "Police fired tear gas at demonstrators protesting in Mirela on Sunday."),
                Arguments.of(SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS,
                        "Soldiers shot dead four protesters during a demonstration in Sannar on Sunday."),
                Arguments.of(SubEventType.VIOLENT_DEMONSTRATION,
                        "Rioters torched cars and threw stones at police in Teralo on Sunday."),
                Arguments.of(SubEventType.MOB_VIOLENCE,
                        "A mob lynched two men accused of witchcraft in the village of Oburu on Sunday."),
                Arguments.of(SubEventType.AGREEMENT,
                        "The government and the rebels signed a peace agreement in Arvena on Sunday."),
                Arguments.of(SubEventType.ARRESTS,
                        "Five opposition activists were arrested in Tamborin on Sunday."),
                Arguments.of(SubEventType.CHANGE_TO_GROUP_ACTIVITY,
                        "Dozens of police officers in the town of Kalemba joined the rebel movement on Sunday."),
                Arguments.of(SubEventType.CHANGE_TO_GROUP_ACTIVITY,
                        "Three armed factions merged into a new alliance at a meeting in Kessa on Sunday."),
                Arguments.of(SubEventType.DISRUPTED_WEAPONS_USE,
                        "Army engineers defused a bomb planted under a bridge in Sorano on Sunday."),
                Arguments.of(SubEventType.HEADQUARTERS_OR_BASE_ESTABLISHED,
                        "The militants established a new base in the forest near Modaka on Sunday."),
                Arguments.of(SubEventType.LOOTING_PROPERTY_DESTRUCTION,
                        "Attackers looted shops and burned houses in the village of Ngara on Sunday."),
                Arguments.of(SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY,
                        "Government troops withdrew from the town of Kurdan on Sunday, handing it to a local council."),
                Arguments.of(SubEventType.OTHER,
                        "The army imposed a curfew on the city of Moravo on Sunday."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void codesTheReportAsItsSubType(SubEventType expected, String report) {
        List<Event> events = stage.find(SharedNlp.doc(report, "2024-08-26")).events();
        assertThat(events).as(stage.explain(SharedNlp.doc(report, "2024-08-26")).toString())
                .extracting(Event::subEventType).containsExactly(expected);
    }

    @Test
    void everySubTypeHasAReport() {
        assertThat(reports().map(a -> (SubEventType) a.get()[0]).distinct())
                .containsExactlyInAnyOrder(SubEventType.values());
    }

    @Test
    void eventCarriesItsTriggerAndSentence() {
        String text = "Eleven villagers were killed in drone strikes on Tarbala on Sunday.";
        Doc doc = SharedNlp.doc(text, "2024-08-26");
        Event e = stage.find(doc).events().get(0);
        assertThat(e.evidence()).containsExactly(doc.sentence(0).span());
        assertThat(e.triggers()).extracting(doc::text).contains("drone strikes");
        assertThat(e.articleId()).isEqualTo("test");
    }
}
