package org.sitrep.places;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The on-disk index of places imported from GeoNames dumps ({@code sitrep gazetteer import}).
 * Millions of places with their alternate names do not fit beside CoreNLP in the heap as
 * objects, so they stay in a Lucene index (memory-mapped, off-heap) and are read by exact term:
 * every lookup is a seek on the folded-name or variant-key field, then the stored fields of the
 * few matching documents. Thread-safe; holds the index open until {@link #close}.
 */
public final class ImportedPlaces implements Closeable {

    /** Stops a name shared by thousands of hamlets from costing seconds: context picks among few. */
    static final int MAX_MATCHES = 1000;

    private final Directory directory;
    private final DirectoryReader reader;
    private final Map<String, String> admin1Names;

    private ImportedPlaces(Directory directory, DirectoryReader reader) {
        this.directory = directory;
        this.reader = reader;
        this.admin1Names = readAdmin1(reader);
    }

    /** The imported index under {@code dir}, or empty when nothing was ever imported there. */
    public static Optional<ImportedPlaces> open(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try {
            Directory d = FSDirectory.open(dir);
            if (!DirectoryReader.indexExists(d)) {
                d.close();
                return Optional.empty();
            }
            return Optional.of(new ImportedPlaces(d, DirectoryReader.open(d)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the imported gazetteer index " + dir, e);
        }
    }

    /** True when some imported place carries a name folding to {@code foldedKey}. */
    public boolean knows(String foldedKey) {
        if (foldedKey.isEmpty()) {
            return false;
        }
        BytesRef term = new BytesRef(foldedKey);
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                PostingsEnum pe = postings(leaf.reader(), PlaceFields.KEY, term);
                if (pe != null && firstLive(pe, leaf.reader().getLiveDocs())) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the imported gazetteer index", e);
        }
    }

    /** Places one of whose names (own, ASCII or alternate) folds to {@code foldedKey}. */
    public List<Place> named(String foldedKey) {
        return byTerm(PlaceFields.KEY, foldedKey);
    }

    /** Places one of whose names has this transliteration key ({@link Names#variantKey}). */
    public List<Place> variants(String variantKey) {
        return byTerm(PlaceFields.VKEY, variantKey);
    }

    public Optional<Place> byId(long id) {
        List<Place> one = byTerm(PlaceFields.GID, Long.toString(id));
        return one.isEmpty() ? Optional.empty() : Optional.of(one.get(0));
    }

    private List<Place> byTerm(String field, String value) {
        if (value.isEmpty()) {
            return List.of();
        }
        BytesRef term = new BytesRef(value);
        Map<Long, Place> out = new LinkedHashMap<>();
        List<Long> viaAlternates = new ArrayList<>();
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                LeafReader r = leaf.reader();
                PostingsEnum pe = postings(r, field, term);
                if (pe == null) {
                    continue;
                }
                Bits live = r.getLiveDocs();
                StoredFields stored = r.storedFields();
                for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS
                        && out.size() + viaAlternates.size() < MAX_MATCHES; d = pe.nextDoc()) {
                    if (live != null && !live.get(d)) {
                        continue;
                    }
                    Document doc = stored.document(d);
                    if (PlaceFields.ALTNAME.equals(doc.get(PlaceFields.KIND))) {
                        viaAlternates.add(Long.parseLong(doc.get(PlaceFields.OF)));
                    } else if (PlaceFields.PLACE.equals(doc.get(PlaceFields.KIND))) {
                        Place p = PlaceFields.place(doc, admin1Names);
                        out.put(p.id(), p);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the imported gazetteer index", e);
        }
        for (Long id : viaAlternates) {
            if (!out.containsKey(id)) {
                byId(id).ifPresent(p -> out.put(id, p));
            }
        }
        return List.copyOf(out.values());
    }

    private static PostingsEnum postings(LeafReader r, String field, BytesRef term) throws IOException {
        Terms terms = r.terms(field);
        if (terms == null) {
            return null;
        }
        TermsEnum te = terms.iterator();
        return te.seekExact(term) ? te.postings(null, PostingsEnum.NONE) : null;
    }

    private static boolean firstLive(PostingsEnum pe, Bits live) throws IOException {
        for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
            if (live == null || live.get(d)) {
                return true;
            }
        }
        return false;
    }

    /** Admin1 code ("ML.07") to name: a few thousand rows, read once. */
    private static Map<String, String> readAdmin1(DirectoryReader reader) {
        Map<String, String> out = new HashMap<>();
        BytesRef term = new BytesRef(PlaceFields.ADMIN1);
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                PostingsEnum pe = postings(leaf.reader(), PlaceFields.KIND, term);
                if (pe == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                    if (live == null || live.get(d)) {
                        Document doc = stored.document(d);
                        out.put(doc.get(PlaceFields.A1CODE), doc.get(PlaceFields.A1NAME));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the imported gazetteer index", e);
        }
        return out;
    }

    /** What is loaded: places, alternate names and admin1 rows, and places by source file. */
    public Stats stats() {
        IndexSearcher s = new IndexSearcher(reader);
        try {
            Map<String, Integer> bySource = new TreeMap<>();
            for (String src : sources()) {
                bySource.put(src, s.count(new TermQuery(new Term(PlaceFields.SRC, src))));
            }
            return new Stats(s.count(new TermQuery(new Term(PlaceFields.KIND, PlaceFields.PLACE))),
                    s.count(new TermQuery(new Term(PlaceFields.KIND, PlaceFields.ALTNAME))),
                    admin1Names.size(), bySource, sizeOnDisk());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the imported gazetteer index", e);
        }
    }

    private List<String> sources() throws IOException {
        List<String> out = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(PlaceFields.SRC);
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                String src = t.utf8ToString();
                if (!out.contains(src)) {
                    out.add(src);
                }
            }
        }
        return out;
    }

    long sizeOnDisk() throws IOException {
        long total = 0;
        for (String f : directory.listAll()) {
            total += directory.fileLength(f);
        }
        return total;
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the imported gazetteer index", e);
        }
    }

    /**
     * @param bySource documents (places and alternate names) by the file they were imported from
     */
    public record Stats(int places, int alternateNames, int admin1, Map<String, Integer> bySource,
                        long bytesOnDisk) {
        public Stats {
            bySource = Map.copyOf(bySource);
        }
    }
}
