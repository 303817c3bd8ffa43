package org.sitrep.actors;

import java.util.List;
import java.util.Set;
import org.sitrep.codebook.ActorCategory;

/**
 * One actor of the registry.
 *
 * @param name        canonical name written into events
 * @param category    home category (a state's forces become external_forces abroad)
 * @param countryCode home country, null for none (UN missions, transnational movements)
 * @param area        countries where the actor operates; a mention of its parent there means this actor
 * @param aliases     wordings that name it, the canonical name included
 * @param years       active years as written ("2017-"), empty when not given
 * @param parent      canonical name of the parent movement, null for none
 */
public record RegistryEntry(String name, ActorCategory category, String countryCode, Set<String> area,
                            List<String> aliases, String years, String parent) {

    public RegistryEntry {
        area = Set.copyOf(area);
        aliases = List.copyOf(aliases);
    }

    public boolean isStateForce() {
        return category == ActorCategory.STATE_FORCES;
    }
}
