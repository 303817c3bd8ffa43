package org.sitrep.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The curated places that recur in conflict reporting but are missing from cities500
 * ({@code supplement.tsv}): name, alternates ('|'), lat, lon, feature code, country, admin1,
 * population, source.
 */
final class Supplement {

    static final String RESOURCE = "supplement.tsv";

    private Supplement() {
    }

    static List<Place> load() {
        InputStream in = Supplement.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource org/sitrep/places/" + RESOURCE);
        }
        return read(in, "org/sitrep/places/" + RESOURCE);
    }

    static List<Place> read(InputStream in, String source) {
        List<Place> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int lineNo = 0;
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 9 || f[0].isBlank() || f[5].length() != 2 || f[8].isBlank()) {
                    throw new IllegalStateException(source + " line " + lineNo
                            + ": expected 9 columns (name, alternates, lat, lon, feature code,"
                            + " country, admin1, population, source) with a 2-letter country and"
                            + " a source");
                }
                try {
                    double lat = Double.parseDouble(f[2]);
                    double lon = Double.parseDouble(f[3]);
                    if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
                        throw new NumberFormatException("coordinates out of range");
                    }
                    List<String> alts = f[1].isBlank() ? List.of()
                            : Arrays.stream(f[1].split("\\|")).map(String::strip).toList();
                    out.add(new Place(null, f[0].strip(), null, alts, lat, lon, f[4].strip(),
                            f[5].strip(), f[6].strip(),
                            f[7].isBlank() ? 0 : Long.parseLong(f[7].strip())));
                } catch (NumberFormatException e) {
                    throw new IllegalStateException(source + " line " + lineNo + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        return out;
    }
}
