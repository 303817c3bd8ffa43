package org.sitrep.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One row of the country reference table.
 *
 * @param code       ISO 3166-1 alpha-2 code (upper case; XK for Kosovo)
 * @param name       English short name as GeoNames spells it
 * @param otherNames alternative names used by the press
 * @param demonyms   nationality adjectives and plural nouns
 * @param capital    capital city, empty when there is none
 * @param numeric    ISO 3166-1 numeric code ("466" for Mali), empty when there is none (XK)
 */
public record Country(String code, String name, List<String> otherNames, List<String> demonyms, String capital,
                      String numeric) {

    public Country {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        otherNames = List.copyOf(otherNames);
        demonyms = List.copyOf(demonyms);
        capital = capital == null ? "" : capital;
        numeric = numeric == null ? "" : numeric;
    }

    /** The name followed by the other names. */
    public List<String> allNames() {
        List<String> all = new ArrayList<>(otherNames.size() + 1);
        all.add(name);
        all.addAll(otherNames);
        return List.copyOf(all);
    }
}
