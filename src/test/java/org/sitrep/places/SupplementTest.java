package org.sitrep.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.codebook.SubEventType;
import org.sitrep.model.Doc;
import org.sitrep.model.Event;
import org.sitrep.model.Location;
import org.sitrep.model.Span;
import org.sitrep.testing.SharedNlp;

/** Supplement rows at work in the location stage, on reports written for these tests. */
class SupplementTest {

    private static LocationStage stage() {
        List<Place> places = new ArrayList<>(Fixtures.places());
        places.addAll(Supplement.load());
        return new LocationStage(Gazetteer.of(places));
    }

    private static Location locate(String text, String trigger) {
        Doc doc = SharedNlp.doc(text, "2024-08-26");
        int at = text.indexOf(trigger);
        Event e = Event.detected("test", SubEventType.SUICIDE_BOMB,
                List.of(new Span(at, at + trigger.length())), List.of(doc.sentence(0).span()));
        return stage().apply(doc, List.of(e)).get(0).location();
    }

    @Test
    void aTribalDistrictIsCodedAtItsHeadquartersWithPrecisionTwo() {
        Location l = locate("A suicide bomber rammed a convoy in North Waziristan District, Pakistan, "
                + "on Saturday, killing 13 soldiers.", "bomber");
        assertThat(l.name()).isEqualTo("North Waziristan");
        assertThat(l.countryCode()).isEqualTo("PK");
        assertThat(l.admin1()).isEqualTo("Khyber Pakhtunkhwa");
        assertThat(l.precision()).isEqualTo(2);
    }

    @Test
    void aTownMissingFromCities500GivesItsRegion() {
        Location l = locate("An airstrike hit a hospital in Old Fangak, South Sudan, on Saturday.",
                "airstrike");
        assertThat(l.countryCode()).isEqualTo("SS");
        assertThat(l.admin1()).isEqualTo("Jonglei");
    }
}
