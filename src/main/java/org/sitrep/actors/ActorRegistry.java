package org.sitrep.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.codebook.ActorCategory;
import org.sitrep.data.TsvTable;
import org.sitrep.geo.Countries;
import org.sitrep.geo.Country;

/**
 * Every actor sitrep can name, with the wordings that name it: the curated {@code actors.tsv},
 * the generated state forces of every country, the generic nouns of {@code generic.tsv}, and
 * country names and nationalities. Immutable and thread-safe once built.
 */
public final class ActorRegistry {

    /** How one wording resolves out of context (no event country): see {@link #lookup}. */
    public record Resolution(String wording, String canonical, ActorCategory category, String countryCode,
                             String matchedAlias, String kind) {
    }

    /** Registry size figures. */
    public record Stats(int actors, int aliases, int countries, int genericWordings) {
    }

    private final Map<String, RegistryEntry> byName;
    private final Map<String, List<RegistryEntry>> branches = new HashMap<>();
    private final Countries countries;
    private final ForceNames forceNames;
    private final AliasIndex index;
    private final int aliasCount;
    private final int genericCount;

    ActorRegistry(Countries countries, ForceNames forceNames, List<RegistryEntry> curated,
                  List<TsvTable.Row> generic) {
        this.countries = countries;
        this.forceNames = forceNames;
        this.byName = merge(ForceNames.all(countries, forceNames), curated);
        for (RegistryEntry e : byName.values()) {
            if (e.parent() != null) {
                if (!byName.containsKey(e.parent())) {
                    throw new IllegalStateException("actor '" + e.name() + "' names unknown parent '" + e.parent() + "'");
                }
                branches.computeIfAbsent(e.parent(), k -> new ArrayList<>()).add(e);
            }
        }
        List<AliasIndex.Alias> aliases = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (RegistryEntry e : byName.values()) {
            for (String a : e.aliases()) {
                AliasIndex.Alias alias = AliasIndex.Alias.of(a, new Target.Named(e));
                if (seen.add(key(alias))) {
                    aliases.add(alias);
                }
            }
        }
        this.aliasCount = aliases.size();
        int g = 0;
        for (TsvTable.Row r : generic) {
            GenericKind kind;
            try {
                kind = GenericKind.fromLabel(r.cell(1));
            } catch (IllegalArgumentException ex) {
                throw r.error(ex.getMessage());
            }
            AliasIndex.Alias alias = AliasIndex.Alias.of(r.cell(0), new Target.Generic(kind));
            if (!seen.add(key(alias))) {
                throw r.error("wording '" + r.cell(0) + "' is already an actor alias or listed twice");
            }
            aliases.add(alias);
            g++;
        }
        this.genericCount = g;
        for (Country c : countries.all()) {
            for (String form : c.allNames()) {
                addCountryForm(aliases, seen, form, c, false);
            }
            for (String form : c.demonyms()) {
                addCountryForm(aliases, seen, form, c, true);
            }
        }
        this.index = new AliasIndex(aliases);
    }

    /** The registry from the bundled data files. */
    public static ActorRegistry load(Countries countries) {
        return new ActorRegistry(countries, ForceNames.load(),
                RegistryFile.parse(TsvTable.resource(ActorRegistry.class, "actors.tsv", 7, 7)),
                TsvTable.resource(ActorRegistry.class, "generic.tsv", 2, 2));
    }

    private static void addCountryForm(List<AliasIndex.Alias> aliases, Set<String> seen, String form, Country c,
                                       boolean demonym) {
        AliasIndex.Alias alias = AliasIndex.Alias.of(form, new Target.Country(c.code(), demonym));
        if (seen.add(key(alias))) {
            aliases.add(alias);
        }
    }

    private static String key(AliasIndex.Alias a) {
        return a.caseSensitive() ? a.text() : a.text().toLowerCase(Locale.ROOT);
    }

    /**
     * Curated rows extend the generated state forces of the same name; any other alias shared by
     * two actors is an error naming both, since one wording must mean one organisation.
     */
    private static Map<String, RegistryEntry> merge(List<RegistryEntry> generated, List<RegistryEntry> curated) {
        Map<String, RegistryEntry> out = new LinkedHashMap<>();
        Map<String, String> owner = new HashMap<>();
        for (RegistryEntry e : curated) {
            RegistryEntry prev = out.get(e.name());
            if (prev != null) {
                throw new IllegalStateException("actors.tsv: actor '" + e.name() + "' listed twice");
            }
            for (String a : e.aliases()) {
                String k = key(AliasIndex.Alias.of(a, null));
                String o = owner.putIfAbsent(k, e.name());
                if (o != null && !o.equals(e.name())) {
                    throw new IllegalStateException("actors.tsv: alias '" + a + "' of '" + e.name()
                            + "' already names '" + o + "'");
                }
            }
            out.put(e.name(), e);
        }
        for (RegistryEntry g : generated) {
            RegistryEntry cur = out.get(g.name());
            List<String> aliases = new ArrayList<>(g.aliases());
            // a curated wording wins over a generated one of another state (curated rows are deliberate)
            aliases.removeIf(a -> {
                String o = owner.get(key(AliasIndex.Alias.of(a, null)));
                return o != null && !o.equals(g.name());
            });
            if (cur != null) {
                if (!cur.isStateForce() || !g.countryCode().equals(cur.countryCode())) {
                    throw new IllegalStateException("actors.tsv: '" + cur.name()
                            + "' must be state_forces of " + g.countryCode() + " like its generated row");
                }
                Set<String> all = new LinkedHashSet<>(aliases);
                all.addAll(cur.aliases());
                out.put(g.name(), new RegistryEntry(g.name(), g.category(), g.countryCode(), g.area(),
                        List.copyOf(all), cur.years(), cur.parent()));
            } else {
                out.put(g.name(), new RegistryEntry(g.name(), g.category(), g.countryCode(), g.area(),
                        aliases, g.years(), g.parent()));
            }
        }
        return out;
    }

    AliasIndex index() {
        return index;
    }

    Countries countries() {
        return countries;
    }

    /** An actor by canonical name. */
    public Optional<RegistryEntry> entry(String canonical) {
        return Optional.ofNullable(byName.get(canonical));
    }

    /**
     * The branch of a movement that operates in the country ("Islamic State" in Nigeria: ISWAP), else
     * itself. One level only: a branch's own sub-units are not what a mention of the movement means.
     */
    RegistryEntry branchIn(RegistryEntry e, String countryCode) {
        if (countryCode == null || e.area().contains(countryCode)) {
            return e;
        }
        for (RegistryEntry b : branches.getOrDefault(e.name(), List.of())) {
            if (b.area().contains(countryCode)) {
                return b;
            }
        }
        return e;
    }

    /** A state's forces of the given branch, by country code. */
    Optional<RegistryEntry> stateForces(String countryCode, Branch branch) {
        return countries.byCode(countryCode).map(c -> byName.get(forceNames.name(c, branch)));
    }

    /** How a wording (e.g. "Malian troops", "FAMa", "gunmen") resolves, or empty if it names no actor. */
    public Optional<Resolution> lookup(String wording) {
        return index.exact(wording).map(a -> resolve(wording, a));
    }

    private Resolution resolve(String wording, AliasIndex.Alias a) {
        Target t = a.target();
        if (t instanceof Target.Named n) {
            RegistryEntry e = n.entry();
            return new Resolution(wording, e.name(), e.category(), e.countryCode(), a.text(), "registry");
        }
        if (t instanceof Target.Country c) {
            RegistryEntry e = stateForces(c.code(), Branch.MILITARY).orElseThrow();
            return new Resolution(wording, e.name(), e.category(), e.countryCode(), a.text(), "country");
        }
        GenericKind k = ((Target.Generic) t).kind();
        String kind = "generic:" + k.name().toLowerCase(Locale.ROOT);
        if (k == GenericKind.MILITARY || k == GenericKind.POLICE) {
            // whose forces depends on the event's country: no canonical name out of context
            return new Resolution(wording, null, ActorCategory.STATE_FORCES, null, a.text(), kind);
        }
        // out of context no group is named, so "militants" and "rebels" read as unidentified
        GenericActor g = GenericActor.of(k) != null ? GenericActor.of(k) : GenericActor.UNIDENTIFIED;
        return new Resolution(wording, g.name(), g.category(), null, a.text(), kind);
    }

    public Stats stats() {
        Set<String> codes = new LinkedHashSet<>();
        for (RegistryEntry e : byName.values()) {
            if (e.countryCode() != null) {
                codes.add(e.countryCode());
            }
        }
        return new Stats(byName.size(), aliasCount, codes.size(), genericCount);
    }
}
