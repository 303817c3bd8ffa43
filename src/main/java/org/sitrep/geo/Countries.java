package org.sitrep.geo;

import java.io.InputStream;
import java.text.Normalizer;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.data.TsvTable;

/**
 * The country reference table ({@code countries.tsv}) with lookups by code, name or alias, and demonym.
 * Instances are immutable; callers that need the table repeatedly should keep the instance from {@link #load()}.
 */
public final class Countries {

    static final String RESOURCE = "countries.tsv";

    private static final Pattern CODE = Pattern.compile("[A-Z]{2}");
    private static final Pattern NUMERIC = Pattern.compile("\\d{3}|");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Map<String, Country> byCode;
    private final Map<String, Country> byName;
    private final Map<String, Country> byDemonym;
    private final Set<String> surfaceForms;

    private Countries(Map<String, Country> byCode, Map<String, Country> byName,
                      Map<String, Country> byDemonym, Set<String> surfaceForms) {
        this.byCode = Collections.unmodifiableMap(byCode);
        this.byName = Collections.unmodifiableMap(byName);
        this.byDemonym = Collections.unmodifiableMap(byDemonym);
        this.surfaceForms = Collections.unmodifiableSet(surfaceForms);
    }

    /** Reads and parses the bundled table; each call reads the resource once and returns a new instance. */
    public static Countries load() {
        return of(TsvTable.resource(Countries.class, RESOURCE, 5, 6));
    }

    /** Parses a table from a stream; package-private so tests can feed it malformed tables. {@code source} names the file in errors. */
    static Countries read(InputStream in, String source) {
        return of(TsvTable.read(in, source, 5, 6));
    }

    private static Countries of(List<TsvTable.Row> rows) {
        Map<String, Country> codes = new LinkedHashMap<>();
        Map<String, Country> names = new HashMap<>();
        Map<String, Country> demonyms = new HashMap<>();
        Set<String> forms = new LinkedHashSet<>();
        for (TsvTable.Row row : rows) {
            Country c = parse(row);
            if (codes.putIfAbsent(c.code(), c) != null) {
                throw row.error("duplicate code " + c.code());
            }
            for (String n : c.allNames()) {
                forms.add(n);
                index(names, n, c, row);
            }
            for (String d : c.demonyms()) {
                forms.add(d);
                index(demonyms, d, c, row);
            }
        }
        return new Countries(codes, names, demonyms, forms);
    }

    // five or six columns, trailing empty ones kept (e.g. no capital, no numeric code)
    private static Country parse(TsvTable.Row row) {
        String code = row.cell(0);
        if (!CODE.matcher(code).matches()) {
            throw row.error("bad country code '" + code + "'");
        }
        if (row.cell(1).isEmpty()) {
            throw row.error("empty name for " + code);
        }
        if (!NUMERIC.matcher(row.cell(5)).matches()) {
            throw row.error("bad ISO numeric code '" + row.cell(5) + "' for " + code);
        }
        return new Country(code, row.cell(1), row.list(2), row.list(3), row.cell(4), row.cell(5));
    }

    // One surface form may point at only one country; a silent overwrite would mis-code events.
    private static void index(Map<String, Country> map, String form, Country c, TsvTable.Row row) {
        String key = fold(form);
        Country previous = map.putIfAbsent(key, c);
        if (previous != null && !previous.code().equals(c.code())) {
            throw row.error("'" + key + "' listed under both " + previous.code() + " and " + c.code());
        }
    }

    /**
     * Lookup key: accents stripped (Côte = Cote), lower case, typographic apostrophes made plain,
     * whitespace collapsed. Package-private so the test checks uniqueness with the same rule.
     */
    static String fold(String s) {
        String t = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        t = t.replace('\u2019', '\'').replace('\u2018', '\'');
        return SPACES.matcher(t.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    public Optional<Country> byCode(String iso2) {
        return iso2 == null ? Optional.empty() : Optional.ofNullable(byCode.get(iso2.strip().toUpperCase(Locale.ROOT)));
    }

    /** Matches the name or any alias; a leading "the " is ignored ("the Gambia", "the United States"). */
    public Optional<Country> byName(String nameOrAlias) {
        if (nameOrAlias == null) {
            return Optional.empty();
        }
        String key = fold(nameOrAlias);
        Country c = byName.get(key);
        if (c == null && key.startsWith("the ")) {
            c = byName.get(key.substring(4));
        }
        return Optional.ofNullable(c);
    }

    public Optional<Country> byDemonym(String word) {
        return word == null ? Optional.empty() : Optional.ofNullable(byDemonym.get(fold(word)));
    }

    /** All countries in file order. */
    public Collection<Country> all() {
        return byCode.values();
    }

    /** Every name, alias and demonym as written in the table (original case and accents). */
    public Set<String> surfaceForms() {
        return surfaceForms;
    }
}
