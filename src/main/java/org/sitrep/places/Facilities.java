package org.sitrep.places;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Names of sites ("X Airport", "X air base") that stand at a town of the same name. */
final class Facilities {

    private static final Set<String> WORDS = Set.of("airport", "international", "airfield",
            "air", "base", "airbase", "prison", "hospital", "market", "mosque", "church",
            "university", "stadium", "bridge", "port", "harbour", "harbor", "barracks", "camp",
            "checkpoint", "station", "refinery", "dam", "crossing", "district", "town", "city");

    private Facilities() {
    }

    /** The name without its trailing site words, or the name itself when it has none. */
    static String strip(String name) {
        List<String> w = new ArrayList<>(Arrays.asList(name.strip().split("\\s+")));
        while (w.size() > 1 && WORDS.contains(w.get(w.size() - 1).toLowerCase(Locale.ROOT))) {
            w.remove(w.size() - 1);
        }
        return String.join(" ", w);
    }
}
