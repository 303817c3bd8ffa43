package org.sitrep.places;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.geo.Countries;
import org.sitrep.geo.Country;

/**
 * The loaded place index: lookups by folded name over names, ASCII names and Latin alternate
 * names, and by transliteration variant; first-order regions by name, and national capitals.
 * The default places (cities500 and the supplement) are held in memory; places imported from
 * GeoNames dumps, when there are any, are read from their on-disk index on each lookup and
 * merged in. Immutable and thread-safe.
 */
public final class Gazetteer {

    /** Words that name the kind of a first-order division; "Kaduna State" is also "Kaduna". */
    static final Set<String> REGION_WORDS = Set.of("state", "states", "province", "provinces",
            "region", "regions", "governorate", "governorates", "department", "departments",
            "oblast", "county", "prefecture", "division", "territory", "emirate", "district",
            "municipality", "voivodeship", "krai", "republic", "capital", "city", "area",
            "autonomous", "of", "federal", "special", "zone");

    /**
     * What a spelling variant costs against an exact spelling: more than own name, population
     * and capital status can add over the weakest exact match (an alternate name of a hamlet,
     * 0.4; the best variant scores 2.6 before the penalty), so without context every exact match
     * ranks first; the article's cues (its country, a named region, nearby places) can still
     * carry a variant above an exact namesake elsewhere.
     */
    static final double VARIANT_PENALTY = 2.3;

    private final List<Place> places;
    private final Map<String, List<Place>> byKey;
    private final Map<String, List<Place>> byVariant;
    private final Map<Long, Place> byId;
    private final ImportedPlaces imported;
    private final Map<String, List<Region>> regionsByKey;
    private final Map<String, Region> regionByCodeAndName;
    private final Map<String, Place> capitals;
    private final Countries countries;

    private Gazetteer(List<Place> places, Countries countries, ImportedPlaces imported) {
        this.places = List.copyOf(places);
        this.countries = countries;
        this.imported = imported;
        Map<String, List<Place>> keys = new HashMap<>(places.size() * 3);
        Map<String, List<Place>> variants = new HashMap<>(places.size() * 3);
        Map<Long, Place> ids = new HashMap<>(places.size() * 2);
        Map<String, Place> seats = new HashMap<>();
        Map<String, Place> caps = new HashMap<>();
        for (Place p : this.places) {
            Set<String> own = new LinkedHashSet<>();
            own.add(Names.fold(p.name()));
            own.add(Names.fold(p.asciiName()));
            for (String a : p.altNames()) {
                own.add(Names.fold(a));
            }
            Set<String> variantKeys = new LinkedHashSet<>();
            for (String k : own) {
                if (!k.isEmpty()) {
                    keys.computeIfAbsent(k, x -> new ArrayList<>(2)).add(p);
                    String v = Names.placeVariantKey(k, p.countryCode());
                    variantKeys.add(v.equals(k) ? k : v); // one string for both maps when equal
                }
            }
            for (String v : variantKeys) {
                if (!v.isEmpty()) {
                    variants.computeIfAbsent(v, x -> new ArrayList<>(2)).add(p);
                }
            }
            if (p.id() != null) {
                ids.putIfAbsent(p.id(), p);
            }
            if (!p.admin1().isEmpty()) {
                seats.merge(p.countryCode() + "\t" + p.admin1(), p, Gazetteer::betterSeat);
            }
            if (p.isCapital()) {
                caps.merge(p.countryCode(), p, (a, b) -> a.population() >= b.population() ? a : b);
            }
        }
        Map<String, List<Region>> regionKeys = new HashMap<>();
        Map<String, Region> regionsByName = new HashMap<>();
        for (Map.Entry<String, Place> e : seats.entrySet()) {
            Place seat = e.getValue();
            Region r = new Region(seat.countryCode(), seat.admin1(), seat);
            regionsByName.put(seat.countryCode() + "\t" + Names.fold(seat.admin1()), r);
            for (String k : regionKeys(seat.admin1())) {
                regionKeys.computeIfAbsent(k, x -> new ArrayList<>(1)).add(r);
            }
        }
        for (Map.Entry<String, List<Place>> e : keys.entrySet()) {
            e.setValue(List.copyOf(e.getValue()));
        }
        for (Map.Entry<String, List<Place>> e : variants.entrySet()) {
            e.setValue(List.copyOf(e.getValue()));
        }
        this.byKey = keys;
        this.byVariant = variants;
        this.byId = ids;
        this.regionsByKey = regionKeys;
        this.regionByCodeAndName = regionsByName;
        this.capitals = caps;
    }

    /** A gazetteer over the given places, with the bundled country table. */
    public static Gazetteer of(List<Place> places) {
        return new Gazetteer(places, Countries.load(), null);
    }

    /** The default places in memory plus the places imported from GeoNames dumps. */
    static Gazetteer of(List<Place> places, ImportedPlaces imported) {
        return new Gazetteer(places, Countries.load(), imported);
    }

    /** The imported index, when dumps were imported into this data directory. */
    public Optional<ImportedPlaces> imported() {
        return Optional.ofNullable(imported);
    }

    /** Releases the imported index; lookups afterwards fail. */
    public void close() {
        if (imported != null) {
            imported.close();
        }
    }

    private static Place betterSeat(Place a, Place b) {
        if (a.isAdmin1Seat() != b.isAdmin1Seat()) {
            return a.isAdmin1Seat() ? a : b;
        }
        return a.population() >= b.population() ? a : b;
    }

    /** The full folded name, and the name without its division word ("Kaduna State" -> "kaduna"). */
    static Set<String> regionKeys(String admin1) {
        Set<String> out = new LinkedHashSet<>();
        String full = Names.fold(admin1);
        out.add(full);
        List<String> words = new ArrayList<>(List.of(full.split(" ")));
        while (words.size() > 1 && REGION_WORDS.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
            out.add(String.join(" ", words));
        }
        while (words.size() > 1 && REGION_WORDS.contains(words.get(0))) {
            words.remove(0);
            out.add(String.join(" ", words));
        }
        return out;
    }

    public int size() {
        return places.size();
    }

    public List<Place> places() {
        return places;
    }

    public Countries countries() {
        return countries;
    }

    /** Every place one of whose names folds to the same key as {@code name}. */
    public List<Place> named(String name) {
        String key = Names.fold(name);
        List<Place> own = byKey.getOrDefault(key, List.of());
        return imported == null ? own : merged(own, imported.named(key));
    }

    /**
     * Places whose name is a transliteration variant of {@code name} but not the name itself:
     * "Tinzawatene" for a place called Tinzaouaten.
     */
    public List<Place> variantsOf(String name) {
        Set<String> keys = Names.queryVariantKeys(name);
        if (keys.isEmpty()) {
            return List.of();
        }
        List<Place> all = List.of();
        for (String key : keys) {
            all = merged(all, byVariant.getOrDefault(key, List.of()));
            if (imported != null) {
                all = merged(all, imported.variants(key));
            }
        }
        List<Place> exact = named(name);
        return all.stream().filter(p -> !exact.contains(p)).toList();
    }

    /**
     * The in-memory places, then the imported ones they do not already hold; an imported copy
     * of a default place is replaced by the default one, so one place is one object.
     */
    private List<Place> merged(List<Place> own, List<Place> fromIndex) {
        if (fromIndex.isEmpty()) {
            return own;
        }
        if (own.isEmpty() && imported == null) {
            return fromIndex;
        }
        Set<Place> out = new LinkedHashSet<>(own);
        for (Place p : fromIndex) {
            out.add(byId.getOrDefault(p.id(), p));
        }
        return List.copyOf(out);
    }

    /** True when some place or region carries this name. */
    public boolean knows(String name) {
        String k = Names.fold(name);
        return byKey.containsKey(k) || regionsByKey.containsKey(k)
                || imported != null && imported.knows(k);
    }

    /** First-order regions called {@code name}, with or without its division word. */
    public List<Region> regions(String name) {
        return regionsByKey.getOrDefault(Names.fold(name), List.of());
    }

    public Optional<Region> region(String countryCode, String admin1) {
        return Optional.ofNullable(regionByCodeAndName.get(countryCode + "\t" + Names.fold(admin1)));
    }

    /** The national capital as a place (PPLC), or the capital named in the country table. */
    public Optional<Place> capital(String countryCode) {
        Place p = capitals.get(countryCode);
        if (p != null) {
            return Optional.of(p);
        }
        return countries.byCode(countryCode).flatMap(c -> named(c.capital()).stream()
                .filter(q -> q.countryCode().equals(countryCode))
                .max(Comparator.comparingLong(Place::population)));
    }

    /** English country name for an ISO code (country table first, then the JDK's names). */
    public String countryName(String countryCode) {
        return countries.byCode(countryCode).map(Country::name)
                .orElseGet(() -> new Locale("", countryCode).getDisplayCountry(Locale.ENGLISH));
    }

    /**
     * Candidates for a name, best first, scored without context: a name spelled as the place's
     * own name beats an alternate name, then population and capital status.
     */
    public List<Candidate> lookup(String name, String countryCodeOrNull) {
        List<Candidate> out = new ArrayList<>();
        for (Place p : named(name)) {
            if (countryCodeOrNull == null || p.countryCode().equalsIgnoreCase(countryCodeOrNull)) {
                out.add(prior(p, name));
            }
        }
        out.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return Collections.unmodifiableList(out);
    }

    /**
     * Candidates whose name only meets {@code name} on its transliteration key, best first, each
     * scored {@link #VARIANT_PENALTY} below what the same place would score spelled exactly.
     */
    public List<Candidate> lookupVariants(String name, String countryCodeOrNull) {
        List<Candidate> out = new ArrayList<>();
        for (Place p : variantsOf(name)) {
            if (countryCodeOrNull == null || p.countryCode().equalsIgnoreCase(countryCodeOrNull)) {
                Candidate c = prior(p, p.name());
                out.add(new Candidate(p, c.score() - VARIANT_PENALTY,
                        "spelling variant of " + p.name() + c.reason().substring("name".length())));
            }
        }
        out.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return Collections.unmodifiableList(out);
    }

    /** The context-free score of a place for a name; the resolver adds the article's cues. */
    static Candidate prior(Place p, String name) {
        String k = Names.fold(name);
        boolean own = Names.fold(p.name()).equals(k) || Names.fold(p.asciiName()).equals(k);
        double score = own ? 1.0 : 0.4;
        StringBuilder why = new StringBuilder(own ? "name" : "alternate name");
        double pop = Math.log10(p.population() + 1.0) / 7.0;
        score += Math.min(1.0, pop);
        why.append(", population ").append(p.population());
        switch (p.featureCode()) {
            case "PPLC" -> {
                score += 0.6;
                why.append(", capital");
            }
            case "PPLA" -> {
                score += 0.4;
                why.append(", regional capital");
            }
            case "PPLA2" -> {
                score += 0.15;
                why.append(", district capital");
            }
            default -> { }
        }
        return new Candidate(p, score, why.toString());
    }
}
