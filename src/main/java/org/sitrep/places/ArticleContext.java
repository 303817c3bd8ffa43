package org.sitrep.places;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Span;

/**
 * What the whole article says about where it is: countries it names (weighted by how often,
 * demonyms counting half), regions it names, the dateline, and places already resolved.
 *
 * @param regions  "CC\tfolded admin1" of regions the article names
 * @param dateline the dateline's span, or null
 * @param demonyms the first "Malian", "Ukrainian"... of each country, as a country mention
 * @param settled  places resolved without doubt elsewhere in the article (places cluster)
 */
record ArticleContext(Map<String, Double> countryWeights, Set<String> regions,
                      String datelineCountry, Span dateline, Map<String, PlaceMention> demonyms,
                      List<Place> settled) {

    ArticleContext {
        countryWeights = Map.copyOf(countryWeights);
        regions = Set.copyOf(regions);
        demonyms = Map.copyOf(demonyms);
        settled = List.copyOf(settled);
    }

    static ArticleContext empty() {
        return new ArticleContext(new HashMap<>(), new HashSet<>(), null, null, Map.of(), List.of());
    }

    double maxWeight() {
        return countryWeights.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    /** The country the article is mostly about, or null when it names none. */
    String mainCountry() {
        // ties go to the country whose people the article names first ("Ukrainian jet ... Russian"),
        // then to the first code, so that the answer never hangs on the map's iteration order
        // (Map.copyOf's order changes from one JVM run to the next)
        return countryWeights.entrySet().stream().max(Map.Entry.<String, Double>comparingByValue()
                        .thenComparing(e -> -firstDemonym(e.getKey()))
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(datelineCountry);
    }

    private int firstDemonym(String cc) {
        PlaceMention m = demonyms.get(cc);
        return m == null ? Integer.MAX_VALUE : m.span().start();
    }

    boolean mentionsRegion(String countryCode, String admin1) {
        return regions.contains(countryCode + "\t" + Names.fold(admin1));
    }

    ArticleContext withSettled(List<Place> places) {
        return new ArticleContext(countryWeights, regions, datelineCountry, dateline, demonyms,
                places);
    }
}
