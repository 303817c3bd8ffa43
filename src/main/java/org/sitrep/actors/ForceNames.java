package org.sitrep.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.codebook.ActorCategory;
import org.sitrep.data.TsvTable;
import org.sitrep.geo.Countries;
import org.sitrep.geo.Country;

/**
 * Generates the registry rows for every state's military and police from the country table:
 * "Military Forces of Mali" is named by "Malian army", "Mali's troops", "army of Mali"...
 */
final class ForceNames {

    private final Map<String, String> countryNames = new HashMap<>();
    private final Map<String, Branch> nouns = new HashMap<>();

    ForceNames(List<TsvTable.Row> rows) {
        for (TsvTable.Row r : rows) {
            switch (r.cell(0)) {
                case "country" -> countryNames.put(r.cell(1), r.cell(2));
                case "noun" -> nouns.put(r.cell(1), branch(r));
                default -> throw r.error("unknown section '" + r.cell(0) + "'; valid: [country, noun]");
            }
        }
    }

    static ForceNames load() {
        return new ForceNames(TsvTable.resource(ForceNames.class, "force-names.tsv", 3, 3));
    }

    private static Branch branch(TsvTable.Row r) {
        return r.enumCell(2, Branch.class);
    }

    /** Canonical name of a state's forces: "Military Forces of Mali". */
    String name(Country c, Branch b) {
        return b.prefix + countryNames.getOrDefault(c.code(), c.name());
    }

    /** The generated military and police rows of one country. */
    List<RegistryEntry> entries(Country c) {
        List<RegistryEntry> out = new ArrayList<>();
        for (Branch b : Branch.values()) {
            Set<String> aliases = new LinkedHashSet<>();
            aliases.add(name(c, b));
            aliases.add(b.prefix + c.name());
            List<String> adjectives = new ArrayList<>();
            for (String d : c.demonyms()) {
                // "Malians" is the people, not an adjective: "Malians army" would be noise
                if (!(d.endsWith("s") && c.demonyms().contains(d.substring(0, d.length() - 1)))) {
                    adjectives.add(d);
                }
            }
            adjectives.addAll(c.allNames());
            for (Map.Entry<String, Branch> n : nouns.entrySet()) {
                if (n.getValue() != b) {
                    continue;
                }
                for (String adj : adjectives) {
                    aliases.add(adj + " " + n.getKey());
                }
                for (String name : c.allNames()) {
                    aliases.add(name + "'s " + n.getKey());
                    aliases.add(n.getKey() + " of " + name);
                }
            }
            out.add(new RegistryEntry(name(c, b), ActorCategory.STATE_FORCES, c.code(), Set.of(c.code()),
                    List.copyOf(aliases), "", null));
        }
        return out;
    }

    static List<RegistryEntry> all(Countries countries, ForceNames names) {
        List<RegistryEntry> out = new ArrayList<>();
        for (Country c : countries.all()) {
            out.addAll(names.entries(c));
        }
        return out;
    }
}
