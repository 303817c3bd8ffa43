package org.sitrep.places;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Converts the raw GeoNames files (cities500.txt and an admin1 code table) into places. */
final class GeoNamesImport {

    private GeoNamesImport() {
    }

    /** Reads {@code [{"code":"AD.06","name":"..."}, ...]}: admin1 code to name. */
    static Map<String, String> readAdmin1(Path json) {
        try {
            JsonNode root = new ObjectMapper().readTree(json.toFile());
            if (root == null || !root.isArray()) {
                throw new IllegalStateException(json + ": expected a JSON array of {code, name}");
            }
            Map<String, String> out = new HashMap<>();
            for (JsonNode n : root) {
                if (n.hasNonNull("code") && n.hasNonNull("name")) {
                    out.put(n.get("code").asText(), n.get("name").asText());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + json, e);
        }
    }

    /** Reads the 19-column GeoNames TSV; a row with too few columns or bad numbers fails. */
    static List<Place> readCities(Path tsv, Map<String, String> admin1) {
        List<Place> out = new ArrayList<>(200_000);
        try (BufferedReader r = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
            int lineNo = 0;
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                out.add(parse(line, admin1, tsv, lineNo));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + tsv, e);
        }
        return out;
    }

    private static Place parse(String line, Map<String, String> admin1, Path file, int lineNo) {
        String[] f = line.split("\t", -1);
        if (f.length < 15) {
            throw new IllegalStateException(file + " line " + lineNo
                    + ": expected 19 tab-separated GeoNames columns, found " + f.length);
        }
        try {
            String cc = f[8];
            return new Place(Long.parseLong(f[0]), f[1], f[2], latinAlternates(f[3], f[1], f[2]),
                    Double.parseDouble(f[4]), Double.parseDouble(f[5]), f[7], cc,
                    admin1.getOrDefault(cc + "." + f[10], ""),
                    f[14].isEmpty() ? 0 : Long.parseLong(f[14]));
        } catch (NumberFormatException e) {
            throw new IllegalStateException(file + " line " + lineNo + ": " + e.getMessage(), e);
        }
    }

    /**
     * Latin-script alternates other than the name itself; codes and abbreviations ("LAX", "NYC",
     * names with digits) are left out because they collide with acronyms in news text, and
     * all-lower-case romanisations ("ka du na") because news text capitalises place names.
     */
    static List<String> latinAlternates(String column, String name, String ascii) {
        if (column.isEmpty()) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String a : column.split(",")) {
            String s = a.strip();
            if (s.length() < 3 || s.equals(name) || s.equals(ascii) || !Names.isLatin(s)
                    || s.chars().anyMatch(Character::isDigit)
                    || s.equals(s.toUpperCase()) || s.equals(s.toLowerCase()) || s.contains("|")) {
                continue;
            }
            out.add(s);
        }
        return List.copyOf(out);
    }
}
