package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Event;

/**
 * Codebook: one event per place. A list of places splits an incident only when it lists where
 * the incident happened, and a new sentence reporting blasts elsewhere is its own incident.
 */
class PlaceListTest {

    @Test
    void aRegionNamedWithAndIsOnePlace() {
        assertThat(Detect.events("Gunmen stormed a court building in Yasuj, Kohgiluyeh and Boyer-Ahmad"
                + " province, on Sunday, killing four guards.")).hasSize(1);
    }

    @Test
    void placesOfOneSingularSiteAreOneEvent() {
        assertThat(Detect.events("On Sunday, rebels attacked the army post in Kalora, Dessa and Miwa"
                + " with rifles and mortars.")).hasSize(1);
    }

    @Test
    void placesOfASiteLocatedThereAreOneEvent() {
        assertThat(Detect.events("On Sunday, rebels harassed with rifle fire the army post located in"
                + " Kalora and Miwa, killing a soldier.")).hasSize(1);
    }

    @Test
    void placesOfAnotherClauseDoNotSplitTheIncident() {
        assertThat(Detect.events("On Sunday, rebels attacked an army post near Dori with mortars;"
                + " patrols were increased and placed in Kalora, Dessa and Miwa.")).hasSize(1);
    }

    @Test
    void plainListsStillSplit() {
        assertThat(Detect.events("Airstrikes hit the towns of Kandahar and Herat on Sunday, killing"
                + " nine.")).hasSize(2);
    }

    @Test
    void aNewSentenceWithBlastsElsewhereIsANewIncident() {
        assertThat(Detect.events("Rebels stormed an army outpost outside Kandari on Monday and killed"
                + " nine soldiers. Two explosions at a crowded bus station killed seven"
                + " people in the city of Morvena.")).hasSize(2);
    }
}
