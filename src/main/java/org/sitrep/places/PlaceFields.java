package org.sitrep.places;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;

/**
 * The layout of the imported index: one document per place, per alternate-name row and per
 * admin1 row. Names are indexed as exact keyword terms of our own keys ({@link Names#fold},
 * {@link Names#variantKey}): no analyzer, so index and lookup cannot disagree.
 */
final class PlaceFields {

    static final String KIND = "kind";
    static final String PLACE = "place";
    static final String ALTNAME = "altname";
    static final String ADMIN1 = "admin1";

    /** GeoNames id of a place document: the identity that makes re-imports replace. */
    static final String GID = "gid";
    /** GeoNames id of the place an alternate-name document names. */
    static final String OF = "of";
    /** File name the document came from, so re-importing the file replaces what it gave. */
    static final String SRC = "src";
    static final String KEY = "key";
    static final String VKEY = "vkey";

    static final String NAME = "name";
    static final String ASCII = "ascii";
    static final String ALTS = "alts";
    static final String LAT = "lat";
    static final String LON = "lon";
    static final String FCODE = "fc";
    static final String CC = "cc";
    static final String ADM1 = "adm1";
    static final String POP = "pop";
    static final String A1CODE = "a1";
    static final String A1NAME = "a1name";

    private PlaceFields() {
    }

    /** @param admin1Code the GeoNames admin1 code ("07"), resolved to a name when read */
    static Document place(Place p, String admin1Code, String source) {
        Document d = new Document();
        d.add(new StringField(KIND, PLACE, Field.Store.YES));
        d.add(new StringField(GID, Long.toString(p.id()), Field.Store.YES));
        d.add(new StringField(SRC, source, Field.Store.NO));
        Set<String> names = new LinkedHashSet<>();
        names.add(p.name());
        names.add(p.asciiName());
        names.addAll(p.altNames());
        addKeys(d, names, p.countryCode());
        d.add(new StoredField(NAME, p.name()));
        if (!p.asciiName().equals(p.name())) {
            d.add(new StoredField(ASCII, p.asciiName()));
        }
        if (!p.altNames().isEmpty()) {
            d.add(new StoredField(ALTS, String.join("|", p.altNames())));
        }
        d.add(new StoredField(LAT, p.lat()));
        d.add(new StoredField(LON, p.lon()));
        d.add(new StoredField(FCODE, p.featureCode()));
        d.add(new StoredField(CC, p.countryCode()));
        if (!admin1Code.isEmpty()) {
            d.add(new StoredField(ADM1, admin1Code));
        }
        if (p.population() > 0) {
            d.add(new StoredField(POP, p.population()));
        }
        return d;
    }

    static Document alternateName(long placeId, String countryCode, String name, String source) {
        Document d = new Document();
        d.add(new StringField(KIND, ALTNAME, Field.Store.YES));
        d.add(new StringField(OF, Long.toString(placeId), Field.Store.YES));
        d.add(new StringField(SRC, source, Field.Store.NO));
        addKeys(d, List.of(name), countryCode);
        return d;
    }

    static Document admin1(String code, String name, String source) {
        Document d = new Document();
        d.add(new StringField(KIND, ADMIN1, Field.Store.YES));
        d.add(new StringField(A1CODE, code, Field.Store.YES));
        d.add(new StringField(SRC, source, Field.Store.NO));
        d.add(new StoredField(A1NAME, name));
        return d;
    }

    /** The distinct folded and variant keys of a place's names; returns how many folded keys. */
    static int addKeys(Document d, Iterable<String> names, String countryCode) {
        Set<String> keys = new LinkedHashSet<>();
        Set<String> variants = new LinkedHashSet<>();
        for (String n : names) {
            String k = Names.fold(n);
            if (!k.isEmpty()) {
                keys.add(k);
            }
            String v = Names.placeVariantKey(n, countryCode);
            if (!v.isEmpty()) {
                variants.add(v);
            }
        }
        for (String k : keys) {
            d.add(new StringField(KEY, k, Field.Store.NO));
        }
        for (String v : variants) {
            d.add(new StringField(VKEY, v, Field.Store.NO));
        }
        return keys.size();
    }

    static Place place(Document d, Map<String, String> admin1Names) {
        String alts = d.get(ALTS);
        String cc = d.get(CC);
        String a1 = d.get(ADM1);
        Number pop = d.getField(POP) == null ? null : d.getField(POP).numericValue();
        return new Place(Long.parseLong(d.get(GID)), d.get(NAME), d.get(ASCII),
                alts == null ? List.of() : Arrays.asList(alts.split("\\|")),
                d.getField(LAT).numericValue().doubleValue(),
                d.getField(LON).numericValue().doubleValue(), d.get(FCODE), cc,
                a1 == null ? "" : admin1Names.getOrDefault(cc + "." + a1, ""),
                pop == null ? 0 : pop.longValue());
    }
}
