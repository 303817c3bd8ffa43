package org.sitrep.actors;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.codebook.ActorCategory;
import org.sitrep.data.TsvTable;

/** Parses {@code actors.tsv} rows into registry entries, rejecting malformed rows by file and line. */
final class RegistryFile {

    private static final Pattern CODE = Pattern.compile("[A-Z]{2}");
    private static final Pattern YEARS = Pattern.compile("(\\d{4})-(\\d{4})?");

    private RegistryFile() {
    }

    static List<RegistryEntry> parse(List<TsvTable.Row> rows) {
        List<RegistryEntry> out = new ArrayList<>();
        for (TsvTable.Row r : rows) {
            out.add(entry(r));
        }
        return out;
    }

    private static RegistryEntry entry(TsvTable.Row r) {
        String name = r.cell(0);
        if (name.isEmpty()) {
            throw r.error("empty name");
        }
        ActorCategory category;
        try {
            category = ActorCategory.fromLabel(r.cell(1));
        } catch (IllegalArgumentException e) {
            throw r.error(e.getMessage());
        }
        String country = r.cell(2).isEmpty() ? null : code(r, r.cell(2));
        Set<String> area = new LinkedHashSet<>();
        for (String a : r.list(3)) {
            area.add(code(r, a));
        }
        if (country != null) {
            area.add(country);
        }
        Set<String> aliases = new LinkedHashSet<>();
        aliases.add(name);
        aliases.addAll(r.list(4));
        String years = r.cell(5);
        if (!years.isEmpty() && !YEARS.matcher(years).matches()) {
            throw r.error("bad years '" + years + "'; expected 1980-1992 or 2017-");
        }
        String parent = r.cell(6).isEmpty() ? null : r.cell(6);
        return new RegistryEntry(name, category, country, area, List.copyOf(aliases), years, parent);
    }

    private static String code(TsvTable.Row r, String code) {
        if (!CODE.matcher(code).matches()) {
            throw r.error("bad country code '" + code + "'");
        }
        return code;
    }
}
