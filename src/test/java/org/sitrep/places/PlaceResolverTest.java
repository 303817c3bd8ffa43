package org.sitrep.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;

/** The resolver alone, on hand-made mentions: no parse needed. */
class PlaceResolverTest {

    private final PlaceResolver resolver = new PlaceResolver(Fixtures.gazetteer());

    private static PlaceMention mention(String core, String regionWord) {
        return new PlaceMention(new Span(0, core.length()), core, core, regionWord,
                PlaceMention.Cue.AT, 0);
    }

    private static ArticleContext about(String cc) {
        return new ArticleContext(Map.of(cc, 1.0), Set.of(), null, null, Map.of(),
                java.util.List.of());
    }

    @Test
    void aSiteNamedAfterItsTownIsPlacedAtTheTown() {
        Resolution r = resolver.resolve(mention("Gao International Airport", null), about("ML"), Set.of())
                .orElseThrow();
        assertThat(r.kind()).isEqualTo(Resolution.Kind.TOWN);
        assertThat(r.name()).isEqualTo("Gao");
    }

    @Test
    void aDistrictBelowTheFirstLevelIsItsTownAtPrecisionTwo() {
        Resolution r = resolver.resolve(mention("Zaria", "district"), about("NG"), Set.of()).orElseThrow();
        assertThat(r.kind()).isEqualTo(Resolution.Kind.TOWN);
        assertThat(r.precision()).isEqualTo(2);
    }

    @Test
    void anUnknownNameResolvesToNothingRatherThanToAGuess() {
        assertThat(resolver.resolve(mention("Qwertyville", null), about("ML"), Set.of())).isEmpty();
    }

    @Test
    void aSmallNamesakeInACountryTheArticleNeverNamesIsRejected() {
        assertThat(resolver.rank("Lere", about("LB"), Set.of())).isEmpty();
        assertThat(resolver.rank("Lere", about("NG"), Set.of())).first()
                .satisfies(c -> assertThat(c.place().countryCode()).isEqualTo("NG"));
    }
}
