package org.sitrep.actors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Dependency;
import org.sitrep.model.Doc;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Sentence;

/**
 * What the whole article says that a single sentence may not: the country it is mostly about,
 * the armed group it names most, and who claimed responsibility or was blamed.
 */
record ArticleContext(String mainCountry, RegistryEntry mainGroup, ActorMention claimant, RegistryEntry localGroup) {

    /** The same article seen from one event, whose own sentences name the given group (or none). */
    ArticleContext forEvent(RegistryEntry group) {
        return new ArticleContext(mainCountry, mainGroup, claimant, group);
    }

    static ArticleContext of(Doc doc, List<List<ActorMention>> mentions, ActorRegistry registry) {
        Map<String, Integer> countries = new HashMap<>();
        for (List<ActorMention> ms : mentions) {
            for (ActorMention m : ms) {
                if (m.target() instanceof Target.Country c) {
                    countries.merge(c.code(), 1, Integer::sum);
                } else if (m.target() instanceof Target.Named n && n.entry().isStateForce()
                        && n.entry().countryCode() != null) {
                    countries.merge(n.entry().countryCode(), 1, Integer::sum);
                }
            }
        }
        for (EntityMention e : doc.entities()) {
            if (e.type().equals("LOCATION")) {
                registry.countries().byName(e.text()).ifPresent(c -> countries.merge(c.code(), 1, Integer::sum));
            }
        }
        String country = top(countries);
        Map<String, Integer> groups = new HashMap<>();
        Map<String, RegistryEntry> entries = new HashMap<>();
        for (List<ActorMention> ms : mentions) {
            for (ActorMention m : ms) {
                if (m.target() instanceof Target.Named n && n.entry().category().isArmed() && !n.entry().isStateForce()) {
                    RegistryEntry e = registry.branchIn(n.entry(), country);
                    groups.merge(e.name(), 1, Integer::sum);
                    entries.put(e.name(), e);
                }
            }
        }
        String group = top(groups);
        return new ArticleContext(country, group == null ? null : entries.get(group), claimant(doc, mentions), null);
    }

    private static String top(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** "X claimed responsibility", "X claimed the attack", "officials blamed X". */
    private static ActorMention claimant(Doc doc, List<List<ActorMention>> mentions) {
        for (Sentence s : doc.sentences()) {
            List<ActorMention> ms = mentions.get(s.index());
            for (Dependency d : s.dependencies()) {
                if (d.governor() < 0) {
                    continue;
                }
                String lemma = RoleFinder.lemma(s, d.governor());
                boolean claim = lemma.equals("claim") && d.relation().equals("nsubj");
                boolean blame = (lemma.equals("blame") || lemma.equals("accuse")) && d.relation().equals("obj");
                if (claim || blame) {
                    ActorMention m = RoleFinder.under(s, d.dependent(), ms, false);
                    if (m != null && m.isArmed() && !(m.target() instanceof Target.Generic)) {
                        return m;
                    }
                }
            }
        }
        return null;
    }
}
