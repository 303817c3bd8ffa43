package org.sitrep.places;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The compact local index: a gzip'd TSV of id, name, ascii name, alternates ('|'-joined), lat,
 * lon, feature code, country, admin1 name, population. A version line heads it so a later
 * format change rebuilds instead of misreading.
 */
final class IndexFile {

    static final String HEADER = "#sitrep-gazetteer\tv1";

    private IndexFile() {
    }

    static void write(List<Place> places, Path file) {
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
            w.write(HEADER);
            w.write('\n');
            for (Place p : places) {
                w.write(p.id() == null ? "" : p.id().toString());
                w.write('\t');
                w.write(clean(p.name()));
                w.write('\t');
                w.write(clean(p.asciiName()));
                w.write('\t');
                w.write(String.join("|", p.altNames().stream().map(IndexFile::clean).toList()));
                w.write('\t');
                w.write(Double.toString(p.lat()));
                w.write('\t');
                w.write(Double.toString(p.lon()));
                w.write('\t');
                w.write(p.featureCode());
                w.write('\t');
                w.write(p.countryCode());
                w.write('\t');
                w.write(clean(p.admin1()));
                w.write('\t');
                w.write(Long.toString(p.population()));
                w.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write gazetteer index " + file, e);
        }
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('|', ' ');
    }

    /** True when the file starts with this version's header. */
    static boolean isCurrent(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (BufferedReader r = reader(file)) {
            return HEADER.equals(r.readLine());
        } catch (IOException e) {
            return false;
        }
    }

    static List<Place> read(Path file) {
        List<Place> out = new ArrayList<>(210_000);
        try (BufferedReader r = reader(file)) {
            String header = r.readLine();
            if (!HEADER.equals(header)) {
                throw new IllegalStateException(file + " line 1: not a sitrep gazetteer index ("
                        + header + ")");
            }
            int lineNo = 1;
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                String[] f = line.split("\t", -1);
                if (f.length != 10) {
                    throw new IllegalStateException(file + " line " + lineNo
                            + ": expected 10 columns, found " + f.length);
                }
                try {
                    out.add(new Place(f[0].isEmpty() ? null : Long.valueOf(f[0]), f[1], f[2],
                            f[3].isEmpty() ? List.of() : Arrays.asList(f[3].split("\\|")),
                            Double.parseDouble(f[4]), Double.parseDouble(f[5]), f[6], f[7], f[8],
                            Long.parseLong(f[9])));
                } catch (NumberFormatException e) {
                    throw new IllegalStateException(file + " line " + lineNo + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer index " + file, e);
        }
        return out;
    }

    private static BufferedReader reader(Path file) throws IOException {
        return new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8), 1 << 16);
    }
}
