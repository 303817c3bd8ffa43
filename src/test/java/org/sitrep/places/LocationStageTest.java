package org.sitrep.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.codebook.SubEventType;
import org.sitrep.model.Doc;
import org.sitrep.model.Event;
import org.sitrep.model.Location;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.pipeline.Field;
import org.sitrep.testing.SharedNlp;

/** Each disambiguation cue on reports written for these tests, over the fixture gazetteer. */
class LocationStageTest {

    private final LocationStage stage = new LocationStage(Fixtures.gazetteer());

    /** Codes the article with one event whose trigger is {@code trigger} in sentence {@code s}. */
    private Location locate(String text, int s, String trigger) {
        Doc doc = SharedNlp.doc(text, "2024-08-26");
        Sentence sentence = doc.sentence(s);
        int at = text.indexOf(trigger, sentence.span().start());
        Event e = Event.detected("test", SubEventType.ATTACK,
                List.of(new Span(at, at + trigger.length())), List.of(sentence.span()));
        List<Event> out = stage.apply(doc, List.of(e));
        Location l = out.get(0).location();
        if (l != null) {
            assertThat(l.source().length()).as("source span").isPositive();
            assertThat(l.source().end()).isLessThanOrEqualTo(text.length());
        }
        return l;
    }

    @Test
    void declaresItsFields() {
        assertThat(stage.requires()).containsExactly(Field.EVENTS);
        assertThat(stage.provides()).containsExactly(Field.LOCATION);
    }

    @Test
    void countryInTheSentencePicksTheNamesakeOverTheBorderAndIgnoresTheDateline() {
        Location l = locate("BAMAKO (Reuters) - Drone strikes killed 21 people in Tinzaouaten, in "
                + "northern Mali, close to the border with Algeria, on Sunday.", 0, "strikes");
        assertThat(l.countryCode()).isEqualTo("ML");
        assertThat(l.name()).isEqualTo("Tinzaouaten");
        assertThat(l.source().of("BAMAKO (Reuters) - Drone strikes killed 21 people in Tinzaouaten"
                + ", in")).isEqualTo("Tinzaouaten");
        assertThat(l.admin1()).isEqualTo("Kidal");
        assertThat(l.precision()).isEqualTo(1);
        assertThat(l.country()).isEqualTo("Mali");
    }

    @Test
    void aTownTheTaggerCallsAPersonIsStillFoundAfterIn() {
        // the 3-class NER model tags "Gao" here as PERSON
        Location l = locate("Gunmen killed five villagers in an attack on Sunday in Gao, in northern "
                + "Mali, local officials said.", 0, "attack");
        assertThat(l.name()).isEqualTo("Gao");
        assertThat(l.countryCode()).isEqualTo("ML");
        assertThat(l.precision()).isEqualTo(1);
    }

    @Test
    void demonymGivesTheCountryAndNearGivesPrecisionTwo() {
        Location l = locate("Malian troops clashed with jihadists near Lere on Tuesday, the army said.",
                0, "clashed");
        assertThat(l.countryCode()).isEqualTo("ML");
        assertThat(l.name()).isEqualTo("Léré");
        assertThat(l.precision()).isEqualTo(2);
    }

    @Test
    void regionOnlyGivesPrecisionThreeAtItsSeat() {
        Location l = locate("Gunmen attacked two villages in Kaduna State, Nigeria, on Monday.",
                0, "attacked");
        assertThat(l.name()).isEqualTo("Kaduna State");
        assertThat(l.admin1()).isEqualTo("Kaduna State");
        assertThat(l.precision()).isEqualTo(3);
        assertThat(l.lat()).isEqualTo(10.52641);
        assertThat(l.geonamesId()).isNull();
    }

    @Test
    void countryOnlyGivesPrecisionFourAtTheCapital() {
        Location l = locate("Soldiers were killed in an ambush in Niger on Monday.", 0, "ambush");
        assertThat(l.countryCode()).isEqualTo("NE");
        assertThat(l.precision()).isEqualTo(4);
        assertThat(l.lat()).isEqualTo(13.51);
    }

    @Test
    void placeUnknownToTheArticlesCountryFallsBackToTheRegionNotToANamesakeAbroad() {
        Location l = locate("Gunmen attacked Tessalit village in Kaduna State, Nigeria, on Monday.",
                0, "attacked");
        assertThat(l.countryCode()).isEqualTo("NG");
        assertThat(l.name()).isEqualTo("Kaduna State");
        assertThat(l.precision()).isEqualTo(3);
    }

    @Test
    void regionOfTheArticlesCountryBeatsAVillageAbroad() {
        Location l = locate("Guerrillas attacked an army post in Morazan, El Salvador, on Friday.",
                0, "attacked");
        assertThat(l.countryCode()).isEqualTo("SV");
        assertThat(l.admin1()).isEqualTo("Morazan");
        assertThat(l.precision()).isEqualTo(3);
    }

    @Test
    void otherPlacesOfTheArticleClusterTheAmbiguousOne() {
        Location l = locate("Fighters clashed in Tripoli on Sunday. Shells also fell on Zgharta.",
                0, "clashed");
        assertThat(l.countryCode()).isEqualTo("LB");
        assertThat(l.admin1()).isEqualTo("North Lebanon");
    }

    @Test
    void withoutAnyPlaceInTheEvidenceTheDatelineIsTheLastResort() {
        Location l = locate("BAMAKO (Reuters) - Officials said on Sunday that fighting had killed "
                + "several people.", 0, "fighting");
        assertThat(l).isNotNull();
        assertThat(l.countryCode()).isEqualTo("ML");
    }

    @Test
    void laterEvidenceMayNarrowTheAnchorsCountryToATown() {
        String text = "Fighting broke out in Mali on Sunday. Residents said the clashes were in the town of Gao.";
        Doc doc = SharedNlp.doc(text, "2024-08-26");
        Event e = Event.detected("test", SubEventType.ARMED_CLASH,
                List.of(new Span(0, 8)), List.of(doc.sentence(0).span(), doc.sentence(1).span()));
        Resolution r = stage.find(doc, e).orElseThrow();
        assertThat(r.name()).isEqualTo("Gao");
        assertThat(r.toLocation().geonamesId()).isEqualTo(2457163L);
    }

    @Test
    void theDemonymsCapitalIsThatCountrysCapital() {
        Location l = locate("Missiles struck the Lebanese capital overnight, killing four people.",
                0, "struck");
        assertThat(l.name()).isEqualTo("Beirut");
        assertThat(l.precision()).isEqualTo(1);
    }

    @Test
    void aCitySpeakingForItsGovernmentIsNotTheScene() {
        Location l = locate("Beirut said Israeli jets struck southern Lebanon on Monday.", 0, "struck");
        assertThat(l.countryCode()).isEqualTo("LB");
        assertThat(l.precision()).isEqualTo(4);
    }

    @Test
    void aNationalCapitalNamesItsCountryWhenTheCountryItselfIsNeverWritten() {
        // "U.S." alone would make Nigeria an unnamed country and reject both Leres
        Location l = locate("Rebels attacked an army post in Lere on Monday, officials in Abuja told "
                + "U.S. diplomats.", 0, "attacked");
        assertThat(l.countryCode()).isEqualTo("NG");
        assertThat(l.name()).isEqualTo("Lere");
        assertThat(l.admin1()).isEqualTo("Kaduna State");
    }

    @Test
    void eachCopyOfAnEventSplitOverCoordinatedPlacesTakesItsOwnPlace() {
        String text = "Airstrikes hit Kaduna and Zaria, Nigeria, on Sunday, killing 12 people.";
        Doc doc = SharedNlp.doc(text, "2024-08-26");
        int at = text.indexOf("Airstrikes");
        Event e = Event.detected("test", SubEventType.AIR_DRONE_STRIKE,
                List.of(new Span(at, at + 10)), List.of(doc.sentence(0).span()));
        List<Event> out = stage.apply(doc, List.of(e, e));
        assertThat(out).extracting(x -> x.location().name()).containsExactly("Kaduna", "Zaria");
        // a single event still takes the one best place
        assertThat(stage.apply(doc, List.of(e))).hasSize(1);
    }

    @Test
    void copiesKeepTheUsualPlaceWhenTheListedPlacesAreUnknown() {
        // the list is "Foo and Bar" (unknown); Kaduna and Zaria are no list and must not be dealt out
        String text = "Two blasts in the Kaduna neighbourhoods of Fooville and Barton killed four "
                + "people; separately, a parked car exploded beside a bus stop in Zaria, wounding nine.";
        Doc doc = SharedNlp.doc(text, "2024-08-26");
        Event e = Event.detected("test", SubEventType.REMOTE_EXPLOSIVE,
                List.of(new Span(4, 10)), List.of(doc.sentence(0).span()));
        List<Event> out = stage.apply(doc, List.of(e, e));
        assertThat(out.get(0).location()).isEqualTo(out.get(1).location());
    }

    @Test
    void withNoPlaceInTheEvidenceTheCountryOfTheArticlesPlacesIsUsed() {
        Location l = locate("Rebels sabotaged a parking lot in the Pink Zone on Friday. Officials in "
                + "San Salvador told U.S. diplomats about it.", 0, "sabotaged");
        assertThat(l).isNotNull();
        assertThat(l.countryCode()).isEqualTo("SV");
        assertThat(l.precision()).isEqualTo(4);
    }

    @Test
    void withNoPlaceInTheEvidenceTheArticlesOneTownIsUsed() {
        String text = "Traders in Zaria shut their stalls on Friday over a new market levy. "
                + "Police later dispersed hundreds of them with tear gas outside the council office.";
        Location l = locate(text, 1, "dispersed");
        assertThat(l).isNotNull();
        assertThat(l.name()).isEqualTo("Zaria");
        assertThat(l.countryCode()).isEqualTo("NG");
    }

    @Test
    void aTownTheTaggerCallsAnOrganisationIsFoundBeforeItsRegion() {
        // the 3-class NER model tags "San Francisco Gotera" and "Morazan Department" ORGANIZATION
        Location l = locate("Late on Friday, in San Francisco Gotera, Morazan Department, rebel fighters "
                + "left a bomb outside the mayor's office.", 0, "bomb");
        assertThat(l.countryCode()).isEqualTo("SV");
        assertThat(l.precision()).isEqualTo(1);
        assertThat(l.name()).isEqualTo("San Francisco Gotera");
    }

    @Test
    void aMunicipalityNamedAsAJurisdictionIsATownAtPrecisionTwo() {
        Location l = locate("Before dawn, rebels sabotaged a water pumping station at Los Pinos Canton, "
                + "Zaria jurisdiction, in Nigeria.", 0, "sabotaged");
        assertThat(l.name()).isEqualTo("Zaria");
        assertThat(l.countryCode()).isEqualTo("NG");
        assertThat(l.precision()).isEqualTo(2);
    }

    @Test
    void aNeighbourhoodIsNotASameNamedTownAbroad() {
        Location l = locate("Rebels sabotaged a shop in the Zgharta neighborhood of San Salvador, "
                + "El Salvador, on Friday, and Lebanese traders lost goods.", 0, "sabotaged");
        assertThat(l.countryCode()).isEqualTo("SV");
        assertThat(l.name()).isEqualTo("San Salvador");
    }
}
