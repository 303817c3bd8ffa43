package org.sitrep.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private final Gazetteer g = Fixtures.gazetteer();

    @Test
    void ranksACapitalAboveASmallerNamesakeWithoutContext() {
        List<Candidate> c = g.lookup("Tripoli", null);
        assertThat(c).hasSize(2);
        assertThat(c.get(0).place().countryCode()).isEqualTo("LY");
        assertThat(c.get(0).score()).isGreaterThan(c.get(1).score());
        assertThat(c.get(0).reason()).contains("capital");
    }

    @Test
    void filtersByCountry() {
        assertThat(g.lookup("Tripoli", "LB")).extracting(x -> x.place().admin1())
                .containsExactly("North Lebanon");
    }

    @Test
    void matchesAccentFoldedAndAlternateNames() {
        assertThat(g.lookup("Lere", "ML")).extracting(x -> x.place().name()).containsExactly("Léré");
        assertThat(g.lookup("Tarabulus", "LB")).hasSize(1);
        assertThat(g.lookup("Kadouna", null).get(0).reason()).startsWith("alternate name");
    }

    @Test
    void findsRegionsWithOrWithoutTheirDivisionWordAtTheirSeat() {
        assertThat(g.regions("Kaduna")).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("Kaduna State");
            assertThat(r.seat().name()).isEqualTo("Kaduna");
        });
        assertThat(g.regions("Kaduna State")).hasSize(1);
        assertThat(g.region("NG", "niger state")).isPresent();
    }

    @Test
    void knowsCapitalsAndCountryNames() {
        assertThat(g.capital("ML")).get().extracting(Place::name).isEqualTo("Bamako");
        assertThat(g.countryName("LB")).isEqualTo("Lebanon");
        assertThat(g.size()).isEqualTo(Fixtures.places().size());
    }

    @Test
    void foldsAccentsPunctuationAndApostrophes() {
        assertThat(Names.fold("Tillabéri")).isEqualTo("tillaberi");
        assertThat(Names.fold("Rif-dimashq")).isEqualTo("rif dimashq");
        assertThat(Names.fold("Sana'a")).isEqualTo("sanaa");
    }

    @Test
    void findsATransliterationVariantRankedBelowEveryExactMatch() {
        assertThat(g.lookup("Tinzawatene", null)).isEmpty();
        // the Malian town and its Algerian namesake across the border are both spelled this way
        assertThat(g.lookupVariants("Tinzawatene", null)).extracting(c -> c.place().countryCode())
                .containsExactlyInAnyOrder("ML", "DZ");
        assertThat(g.lookupVariants("Tinzawatene", "ML")).singleElement().satisfies(c -> {
            assertThat(c.place().name()).isEqualTo("Tinzaouaten");
            assertThat(c.reason()).startsWith("spelling variant of Tinzaouaten");
        });
        // the exact spelling is not offered again as its own variant
        assertThat(g.lookupVariants("Tinzaouaten", null)).isEmpty();
        double weakestExact = g.lookup("Kadouna", null).get(0).score();
        assertThat(g.lookupVariants("Kadunah", null)).allSatisfy(
                c -> assertThat(c.score()).isLessThan(weakestExact));
    }
}
