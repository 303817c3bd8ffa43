package org.sitrep.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleContextTest {

    @Test
    void theMainCountryOfATieIsTheSameOnEveryRun() {
        // Map.copyOf iterates in an order that changes from one JVM run to the next; a tie must
        // not depend on it, or the same article is coded differently on two runs
        Map<String, Double> weights = new HashMap<>();
        for (String cc : List.of("US", "SV", "ML", "NG", "HN", "GT", "NE", "DZ", "LB", "AF")) {
            weights.put(cc, 1.0);
        }
        ArticleContext ctx = new ArticleContext(weights, new HashSet<>(), null, null, Map.of(), List.of());
        assertThat(ctx.mainCountry()).isEqualTo("AF");
    }

    @Test
    void theHeaviestCountryIsTheMainOne() {
        ArticleContext ctx = new ArticleContext(Map.of("SV", 1.0, "US", 2.5), new HashSet<>(), null,
                null, Map.of(), List.of());
        assertThat(ctx.mainCountry()).isEqualTo("US");
    }
}
