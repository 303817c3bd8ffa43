package org.sitrep.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Streams GeoNames dump files into the imported index, one line at a time, so a 1.5 GB
 * allCountries.txt never sits in memory: the geoname table ({@code allCountries.zip},
 * {@code XX.zip}, {@code cities*.zip}, or the .txt inside), {@code admin1CodesASCII.txt} and
 * {@code alternateNamesV2.zip}. Files are applied admin1 first, then places, then alternate names
 * (which attach only to places already indexed), whatever order they are given in.
 *
 * <p>Which places are kept, and why: feature class P (populated places) except abandoned,
 * historical and destroyed ones; class A first- to fifth-order divisions (events are often
 * placed "in X district"), not countries (the country table handles them) nor historical
 * divisions; and from class S only the sites where conflict events happen: camps (refugee,
 * labour, mining), military installations, airports and airfields, prisons, mines, border and
 * customs posts. Natural features (H, T, L, V, U, R) are left out: rivers and mountains share
 * names with towns and would outvote them, and an event "on the Niger river" is coded at the
 * nearest town anyway.
 */
final class GeoNamesDumpImport {

    static final Set<String> SITE_CODES = Set.of("CMP", "CMPRF", "CMPLA", "CMPMN", "INSM", "AIRB",
            "AIRF", "AIRP", "AIRH", "PRN", "MN", "MNAU", "MNC", "MNCU", "MNFE", "MNN", "PSTB",
            "PSTC", "CSTM");
    private static final Set<String> GONE_PLACES = Set.of("PPLQ", "PPLH", "PPLW", "PPLCH");
    private static final Set<String> ADMIN_CODES = Set.of("ADM1", "ADM2", "ADM3", "ADM4", "ADM5",
            "ADMD", "TERR");
    /**
     * Alternate-name "languages" that are not names: links, postal and airport codes, Wikidata
     * ids, abbreviations, UN/LOCODEs and the French revolutionary calendar's names.
     */
    private static final Set<String> NOT_NAMES = Set.of("link", "post", "iata", "icao", "faac",
            "wkdt", "abbr", "unlc", "fr_1793", "tcid", "phon", "piny");

    private static final int COMMIT_EVERY = 500_000;
    private static final int PROGRESS_EVERY = 1_000_000;

    enum Kind { ADMIN1, GEONAME, ALTERNATE_NAMES }

    /**
     * @param rows      data lines read
     * @param indexed   places, alternate names or admin1 rows written to the index
     * @param names     distinct folded names those documents carry
     * @param malformed rows reported and skipped
     * @param skipped   well-formed rows left out on purpose (feature class, language, unknown place)
     */
    record Summary(String file, Kind kind, long rows, long indexed, long names, long malformed,
                   long skipped, double seconds) {
    }

    private final Path indexDir;
    private final PrintWriter log;
    private final Map<String, String> defaultAdmin1;

    /**
     * @param defaultAdmin1 admin1 code-to-name table used when no admin1CodesASCII.txt was ever
     *                      imported (the default gazetteer's, so region names agree with it)
     */
    GeoNamesDumpImport(Path indexDir, PrintWriter log, Map<String, String> defaultAdmin1) {
        this.indexDir = indexDir;
        this.log = log;
        this.defaultAdmin1 = defaultAdmin1;
    }

    /**
     * Imports every file, each in its own transaction: a file that cannot be read or is of the
     * wrong kind is rolled back alone (its one-line error is printed) and the others still go in.
     *
     * @return the summaries of the files imported; {@code failures[0]} counts the files that failed
     */
    List<Summary> importAll(List<Path> files, int[] failures) {
        List<Path> ordered = new ArrayList<>(files);
        ordered.sort(Comparator.comparing(f -> kindByName(f).ordinal()));
        List<Summary> out = new ArrayList<>();
        try (Directory dir = FSDirectory.open(indexDir)) {
            seedAdmin1(dir);
            for (Path f : ordered) {
                IndexWriter writer = new IndexWriter(dir, config());
                try {
                    out.add(importFile(f, writer));
                    writer.close();
                } catch (IllegalArgumentException e) {
                    writer.rollback(); // a file half in is worse than a file not in
                    log.println("sitrep: " + e.getMessage());
                    failures[0]++;
                } catch (IOException e) {
                    // a zip truncated mid-download fails here, after its first rows went in
                    writer.rollback();
                    log.println("sitrep: " + f + ": cannot read (" + e.getMessage() + "); file not imported");
                    failures[0]++;
                } catch (RuntimeException e) {
                    writer.rollback();
                    throw e;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the gazetteer index " + indexDir + ": "
                    + e.getMessage(), e);
        }
        return out;
    }

    /** Region names for imported places before any admin1CodesASCII.txt is imported. */
    private void seedAdmin1(Directory dir) throws IOException {
        try (IndexWriter writer = new IndexWriter(dir, config())) {
            if (!defaultAdmin1.isEmpty() && !hasAdmin1(writer)) {
                for (Map.Entry<String, String> e : defaultAdmin1.entrySet()) {
                    writer.updateDocument(new Term(PlaceFields.A1CODE, e.getKey()),
                            PlaceFields.admin1(e.getKey(), e.getValue(), "default admin1"));
                }
            }
        }
    }

    private static IndexWriterConfig config() {
        IndexWriterConfig c = new IndexWriterConfig();
        c.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        c.setRAMBufferSizeMB(128);
        return c;
    }

    private static boolean hasAdmin1(IndexWriter writer) throws IOException {
        try (DirectoryReader r = DirectoryReader.open(writer)) {
            return r.docFreq(new Term(PlaceFields.KIND, PlaceFields.ADMIN1)) > 0;
        }
    }

    /** The kind a file name promises; content is checked against it on the first data row. */
    static Kind kindByName(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.startsWith("admin1codes")) {
            return Kind.ADMIN1;
        }
        if (n.startsWith("alternatenames")) {
            return Kind.ALTERNATE_NAMES;
        }
        return Kind.GEONAME;
    }

    Summary importFile(Path file, IndexWriter writer) throws IOException {
        Kind kind = kindByName(file);
        String source = file.getFileName().toString();
        long t0 = System.nanoTime();
        log.println("sitrep: importing " + file + " (" + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")");
        log.flush();
        Counts c = new Counts();
        writer.deleteDocuments(new Term(PlaceFields.SRC, source));
        try (LineSource lines = LineSource.open(file)) {
            // the index as it stands after this file's old entries are deleted: which places exist
            DirectoryReader known = kind == Kind.ADMIN1 ? null : DirectoryReader.open(writer);
            try {
                int lineNo = 0;
                for (String line; (line = lines.reader().readLine()) != null; ) {
                    lineNo++;
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    c.rows++;
                    String[] f = line.split("\t", -1);
                    if (c.rows == 1) {
                        checkKind(file, kind, f);
                    }
                    try {
                        switch (kind) {
                            case ADMIN1 -> admin1(f, source, writer, c);
                            case GEONAME -> geoname(f, source, writer, known, c);
                            case ALTERNATE_NAMES -> alternate(f, source, writer, known, c);
                            default -> throw new IllegalStateException(kind.name());
                        }
                    } catch (IllegalArgumentException e) {
                        c.malformed++;
                        log.println("sitrep: " + file + " line " + lineNo + ": " + e.getMessage()
                                + "; row skipped");
                    }
                    if (c.rows % COMMIT_EVERY == 0) {
                        writer.commit();
                    }
                    if (c.rows % PROGRESS_EVERY == 0) {
                        log.printf(Locale.ROOT, "sitrep:   %,d rows, %,d indexed, %.0f s%n", c.rows,
                                c.indexed, (System.nanoTime() - t0) / 1e9);
                        log.flush();
                    }
                }
            } finally {
                if (known != null) {
                    known.close();
                }
            }
        }
        if (c.rows == 0) {
            throw new IllegalArgumentException(file + ": no data rows; is it a GeoNames dump?");
        }
        writer.commit();
        return new Summary(source, kind, c.rows, c.indexed, c.names, c.malformed, c.skipped,
                (System.nanoTime() - t0) / 1e9);
    }

    private static final class Counts {
        long rows;
        long indexed;
        long names;
        long malformed;
        long skipped;
    }

    /** A wrong file kind (the first row has the wrong shape) fails the whole file. */
    private static void checkKind(Path file, Kind kind, String[] f) {
        boolean ok = switch (kind) {
            case ADMIN1 -> f.length == 4 && f[0].contains(".");
            case GEONAME -> f.length == 19 && isLong(f[0]);
            case ALTERNATE_NAMES -> (f.length == 8 || f.length == 10) && isLong(f[0]) && isLong(f[1]);
        };
        if (!ok) {
            String expected = switch (kind) {
                case ADMIN1 -> "admin1CodesASCII.txt rows (code, name, ascii name, geonameid)";
                case GEONAME -> "the 19-column GeoNames geoname table";
                case ALTERNATE_NAMES -> "alternateNamesV2 rows (10 columns)";
            };
            throw new IllegalArgumentException(file + ": not a GeoNames dump of the expected kind: "
                    + "expected " + expected + ", first row has " + f.length + " columns");
        }
    }

    private static boolean isLong(String s) {
        if (s.isEmpty() || s.length() > 18) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static void admin1(String[] f, String source, IndexWriter w, Counts c) throws IOException {
        if (f.length != 4 || !f[0].contains(".") || f[1].isBlank()) {
            throw new IllegalArgumentException("expected code, name, ascii name, geonameid; found "
                    + f.length + " columns");
        }
        w.updateDocument(new Term(PlaceFields.A1CODE, f[0]), PlaceFields.admin1(f[0], f[1], source));
        c.indexed++;
        c.names++;
    }

    private static void geoname(String[] f, String source, IndexWriter w, DirectoryReader known,
                                Counts c) throws IOException {
        if (f.length != 19) {
            throw new IllegalArgumentException("expected 19 tab-separated columns, found " + f.length);
        }
        if (!keep(f[6], f[7])) {
            c.skipped++;
            return;
        }
        if (f[1].isBlank() || f[8].length() != 2) {
            throw new IllegalArgumentException("no name or no two-letter country code");
        }
        double lat;
        double lon;
        long id;
        long pop;
        try {
            id = Long.parseLong(f[0]);
            lat = Double.parseDouble(f[4]);
            lon = Double.parseDouble(f[5]);
            pop = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad number: " + e.getMessage());
        }
        if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
            throw new IllegalArgumentException("coordinates out of range: " + f[4] + ", " + f[5]);
        }
        Place p = new Place(id, f[1], f[2], GeoNamesImport.latinAlternates(f[3], f[1], f[2]), lat,
                lon, f[7], f[8], "", pop);
        c.indexed++;
        c.names += write(w, known, p, f[10], source);
    }

    /**
     * Adds the place, replacing its earlier copy when {@code known} (the index as it was when the
     * file started, or null for none) holds one: an update costs a delete-term lookup at every
     * flush, which made a fresh 12-million-place import several times slower than adds.
     *
     * @return the number of distinct folded names the document carries
     */
    static int write(IndexWriter w, DirectoryReader known, Place p, String admin1Code, String source)
            throws IOException {
        org.apache.lucene.document.Document doc = PlaceFields.place(p, admin1Code, source);
        String id = Long.toString(p.id());
        if (known != null && hasTerm(known, PlaceFields.GID, id)) {
            w.updateDocument(new Term(PlaceFields.GID, id), doc);
        } else {
            w.addDocument(doc);
        }
        return doc.getFields(PlaceFields.KEY).length;
    }

    static boolean keep(String featureClass, String featureCode) {
        return switch (featureClass) {
            case "P" -> !GONE_PLACES.contains(featureCode);
            case "A" -> ADMIN_CODES.contains(featureCode);
            case "S" -> SITE_CODES.contains(featureCode);
            default -> false;
        };
    }

    private static void alternate(String[] f, String source, IndexWriter w, DirectoryReader known,
                                  Counts c) throws IOException {
        if (f.length != 10 && f.length != 8) {
            throw new IllegalArgumentException("expected 10 tab-separated columns, found " + f.length);
        }
        if (!isLong(f[1])) {
            throw new IllegalArgumentException("geonameid is not a number: " + f[1]);
        }
        String name = f[3].strip();
        boolean historic = f.length > 7 && f[7].equals("1");
        if (NOT_NAMES.contains(f[2]) || historic || !usableName(name)) {
            c.skipped++;
            return;
        }
        String country = countryOf(known, f[1]);
        if (country == null) {
            c.skipped++; // the place was not imported (or not kept): its names would point nowhere
            return;
        }
        w.addDocument(PlaceFields.alternateName(Long.parseLong(f[1]), country, name, source));
        c.indexed++;
        c.names++;
    }

    /** The rule the default gazetteer applies to alternate names, for one name. */
    private static boolean usableName(String s) {
        return s.length() >= 3 && !GeoNamesImport.latinAlternates(s, "", "").isEmpty();
    }

    /** The country of an indexed place (its variant keys depend on it), or null when not indexed. */
    private static String countryOf(DirectoryReader r, String id) throws IOException {
        LiveDoc hit = firstLiveDoc(r, PlaceFields.GID, id);
        return hit == null ? null
                : hit.leaf().storedFields().document(hit.doc(), Set.of(PlaceFields.CC)).get(PlaceFields.CC);
    }

    private static boolean hasTerm(DirectoryReader r, String field, String value) throws IOException {
        return firstLiveDoc(r, field, value) != null;
    }

    /** A document of the index that is not deleted. */
    private record LiveDoc(LeafReader leaf, int doc) {
    }

    /** The first live document whose {@code field} holds the exact term, or null. */
    private static LiveDoc firstLiveDoc(DirectoryReader r, String field, String value) throws IOException {
        BytesRef term = new BytesRef(value);
        for (LeafReaderContext leaf : r.leaves()) {
            Terms terms = leaf.reader().terms(field);
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.iterator();
            if (te.seekExact(term)) {
                PostingsEnum pe = te.postings(null, PostingsEnum.NONE);
                Bits live = leaf.reader().getLiveDocs();
                for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                    if (live == null || live.get(d)) {
                        return new LiveDoc(leaf.reader(), d);
                    }
                }
            }
        }
        return null;
    }

    /** The text lines of a plain file, or of the dump inside a GeoNames zip. */
    record LineSource(BufferedReader reader, ZipFile zip) implements AutoCloseable {

        static LineSource open(Path file) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException(file + ": no such file");
            }
            try {
                if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
                    return new LineSource(reader(Files.newInputStream(file)), null);
                }
                ZipFile zip;
                try {
                    zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
                } catch (ZipException e) {
                    throw new IllegalArgumentException(file + ": not a zip archive (" + e.getMessage() + ")");
                }
                ZipEntry entry = dumpEntry(zip, file);
                return new LineSource(reader(zip.getInputStream(entry)), zip);
            } catch (IOException e) {
                throw new IllegalArgumentException(file + ": cannot read (" + e.getMessage() + ")");
            }
        }

        /** "XX.zip" holds "XX.txt" and a readme: the entry named like the archive, else the one text. */
        private static ZipEntry dumpEntry(ZipFile zip, Path file) throws IOException {
            String base = file.getFileName().toString().replaceFirst("(?i)\\.zip$", "");
            ZipEntry named = zip.getEntry(base + ".txt");
            if (named != null) {
                return named;
            }
            List<ZipEntry> texts = new ArrayList<>();
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry z = e.nextElement();
                String n = z.getName().toLowerCase(Locale.ROOT);
                if (!z.isDirectory() && n.endsWith(".txt") && !n.contains("readme")
                        && !n.contains("iso-languagecodes")) {
                    texts.add(z);
                }
            }
            if (texts.size() != 1) {
                zip.close();
                throw new IllegalArgumentException(file + ": expected one GeoNames .txt dump inside, found "
                        + texts.size());
            }
            return texts.get(0);
        }

        private static BufferedReader reader(InputStream in) {
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        }

        @Override
        public void close() throws IOException {
            reader.close();
            if (zip != null) {
                zip.close();
            }
        }
    }
}
