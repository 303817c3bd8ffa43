package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.codebook.SubEventType;
import org.sitrep.model.Doc;
import org.sitrep.model.Event;
import org.sitrep.testing.SharedNlp;

/** Codebook: one event per place, date, type and pair of sides; mentions of one merge. */
class IncidentBoundaryTest {

    @Test
    void mentionsOfOneIncidentMergeWithAllTheirSentences() {
        String text = "A drone strike hit a wedding party in Tarbala on Sunday. "
                + "The strike killed at least twelve guests, local officials said. "
                + "Residents said the attack lasted several minutes.";
        Doc doc = SharedNlp.doc(text, "2024-08-26");
        List<Event> events = Detect.events(doc);
        assertThat(events).hasSize(1);
        Event e = events.get(0);
        assertThat(e.subEventType()).isEqualTo(SubEventType.AIR_DRONE_STRIKE);
        assertThat(e.evidence()).containsExactly(doc.sentence(0).span(), doc.sentence(1).span(),
                doc.sentence(2).span());
        assertThat(e.anchor()).isEqualTo(doc.sentence(0).span());
        assertThat(e.triggers()).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void theMeansNamedLaterSharpensTheType() {
        List<Event> events = Detect.events("Nine people were killed in the market of Garoya on Sunday. "
                + "Police said the explosion was caused by a suicide bomber.");
        assertThat(events).extracting(Event::subEventType).containsExactly(SubEventType.SUICIDE_BOMB);
    }

    @Test
    void incidentsAtDifferentPlacesAreSeparate() {
        List<Event> events = Detect.events("A bomb exploded in a market in Kandari on Sunday, killing two. "
                + "Another bomb exploded at a bus station in Morvena on Sunday, killing three.");
        assertThat(events).hasSize(2);
    }

    @Test
    void backReferenceWithItsOwnDateIsItsOwnEvent() {
        List<Event> events = Detect.events("Rebels attacked an army post in Dori on Sunday, killing four"
                + " soldiers. The same group killed eleven soldiers in a clash near Dori in July.");
        assertThat(events).hasSize(2);
    }

    @Test
    void differentTypesInDifferentSentencesAreSeparate() {
        List<Event> events = Detect.events("Thousands marched peacefully in Valdora on Sunday against fuel"
                + " prices. Separately, police arrested three journalists in Valdora on Sunday.");
        assertThat(events).extracting(Event::subEventType).containsExactly(
                SubEventType.PEACEFUL_PROTEST, SubEventType.ARRESTS);
    }

    @Test
    void coordinatedPlacesGiveOneEventEach() {
        List<Event> events = Detect.events("Airstrikes hit Kandahar and Herat on Sunday, killing nine.");
        assertThat(events).hasSize(2);
    }

    @Test
    void aProtestMovingToASiteInTownStaysOneEvent() {
        List<Event> events = Detect.events("Thousands of teachers protested in Nairobi on Sunday over"
                + " unpaid wages. The protesters later gathered at Uhuru Park.");
        assertThat(events).extracting(Event::subEventType)
                .containsExactly(SubEventType.PEACEFUL_PROTEST);
    }

    @Test
    void laterKillingDoesNotRetypeTheIncident() {
        List<Event> events = Detect.events("A man stabbed three shoppers at a market in Lyon on Sunday."
                + " Police later shot the attacker dead.");
        assertThat(events).extracting(Event::subEventType).containsExactly(SubEventType.ATTACK);
    }

    @Test
    void twoIncidentsInOneSentenceAtTheirOwnPlaces() {
        List<Event> events = Detect.events("A car bomb killed four people in Mosul on Monday, while a"
                + " roadside bomb in Kirkuk wounded two soldiers.");
        assertThat(events).hasSize(2);
    }

    @Test
    void arrestsAfterARiotAreItsAftermath() {
        List<Event> events = Detect.events("Rioters clashed with police and looted shops in Valdora on"
                + " Saturday. After the unrest, thirty people were arrested, the police said.");
        assertThat(events).extracting(Event::subEventType).doesNotContain(SubEventType.ARRESTS);
    }

    @Test
    void anIncidentPlacedBeforeAnotherInItsSentenceIsItsOwnEvent() {
        List<Event> events = Detect.events("Police arrested two men in Valdora on Friday, three days"
                + " before a bomb attack on the city's bus station.");
        assertThat(events).extracting(Event::subEventType).contains(SubEventType.ARRESTS)
                .hasSize(2);
    }

    @Test
    void anIncidentTheSentenceDatesFromIsItsOwnEvent() {
        List<Event> events = Detect.events("Rebels ambushed an army convoy near Dori on Sunday, two"
                + " days after an assault on Kandari killed twelve soldiers.");
        assertThat(events).hasSize(2);
    }

    @Test
    void protestersMarchingAWeekAfterARaidAreAnotherIncident() {
        List<Event> events = Detect.events("Hundreds of students marched in Valdora on Sunday, a week"
                + " after police raided their campus.");
        assertThat(events).extracting(Event::subEventType).contains(SubEventType.PEACEFUL_PROTEST)
                .hasSize(2);
    }

    @Test
    void aResponseWithoutATimeGapIsOneIncident() {
        List<Event> events = Detect.events("Troops clashed with rebels near Dori on Sunday after the"
                + " rebels ambushed a patrol.");
        assertThat(events).hasSize(1);
    }

    @Test
    void aTollReportedAfterItsCauseIsOneEvent() {
        List<Event> events = Detect.events("Twelve people were killed in Kandari on Sunday after the"
                + " army shelled a crowded market.");
        assertThat(events).extracting(Event::subEventType)
                .containsExactly(SubEventType.SHELLING_ARTILLERY_MISSILE);
    }

    @Test
    void stepsOfOneAttackTiedByAfterStayOneEvent() {
        List<Event> events = Detect.events("Gunmen attacked the village of Kandari on Sunday after"
                + " ambushing a police patrol on the road into it.");
        assertThat(events).hasSize(1);
    }
}
