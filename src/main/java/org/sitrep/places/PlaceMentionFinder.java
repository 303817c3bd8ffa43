package org.sitrep.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Doc;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Finds place names in a sentence: the tagger's LOCATION entities, plus capitalised token runs
 * that the gazetteer knows when words around them say they are places ("in X", "X province").
 */
final class PlaceMentionFinder {

    static final Set<String> DIVISION_WORDS = Set.of("state", "states", "province", "provinces",
            "region", "regions", "governorate", "governorates", "department", "departments",
            "oblast", "county", "counties", "district", "districts", "prefecture", "territory",
            "municipality", "township", "townships", "lga", "commune", "subdistrict",
            // Latin American reports in translation: "Ilobasco jurisdiction" (jurisdiccion, the
            // municipality), "Galera Quemada Canton" (canton, a rural part of one)
            "jurisdiction", "canton");
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "into",
            "inside", "across", "around", "toward", "towards", "on", "to", "of", "from", "between",
            "and", "via", "through", "over", "within", "throughout");
    /**
     * Prepositions after which a name tagged PERSON is still tried as a place ("killed in Gao,"
     * is tagged PERSON by the 3-class model): people are rarely "in" or "near" anyone, and a
     * gazetteer hit must still pass the article's country context when ranked.
     */
    private static final Set<String> STRONG_LOCATIVE = Set.of("in", "near", "outside", "around", "inside");
    private static final Set<String> NEAR_WORDS = Set.of("near", "outside", "outskirts", "around",
            "nearby", "vicinity", "close", "surrounding", "environs");
    private static final Set<String> SETTLEMENT_WORDS = Set.of("town", "village", "city",
            "hamlet", "settlement", "locality", "township", "camp", "neighbourhood",
            "neighborhood", "suburb", "municipality");
    /** Capitalised words that are place names somewhere but rarely in news text. */
    private static final Set<String> NOT_PLACES = Set.of("january", "february", "march", "april",
            "may", "june", "july", "august", "september", "october", "november", "december",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "god", "allah", "president", "army", "police", "government", "parliament", "congress",
            "senate", "minister", "ministry", "council", "court", "state", "republic", "islam",
            "muslim", "christian", "christmas", "easter", "ramadan", "reuters", "text", "report",
            "university", "hospital", "airport", "service", "radio", "television", "mass",
            "union", "national", "international", "central", "north", "south", "east", "west",
            "northern", "southern", "eastern", "western", "media", "un", "eu", "nato", "unicef");

    /** "the Diapaga attack": a place name modifying one of these is where it happened. */
    static final Set<String> EVENT_NOUNS = Set.of("attack", "attacks", "bombing", "bombings",
            "massacre", "strike", "strikes", "raid", "raids", "ambush", "clash", "clashes",
            "offensive", "siege", "shooting", "blast", "explosion", "killings", "fighting",
            "protest", "protests", "riot", "riots", "airstrike", "airstrikes", "assault");

    /** Words that may stand between a cue and the name: "in the north of X", "20 km east of X". */
    private static final Set<String> FILLER = Set.of("of", "the", "a", ",", "north", "south",
            "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east",
            "north-west", "south-east", "south-west", "central", "northern", "southern",
            "eastern", "western", "part", "parts", "heart", "centre", "center", "province",
            "region", "state");

    private final Gazetteer gazetteer;

    PlaceMentionFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<PlaceMention> find(Doc doc, Sentence s) {
        List<int[]> runs = new ArrayList<>();
        List<EntityMention> entities = doc.entitiesIn(s.index());
        for (EntityMention e : entities) {
            if (e.type().equals("LOCATION") || (!e.type().equals("PERSON") && endsWithDivision(e.text())
                    && gazetteer.knows(stripDivision(e.text())[0]))
                    || townBeforeRegion(s, e, entities)) {
                int[] r = s.tokenRange(e.span());
                if (r != null) {
                    runs.add(r);
                }
            }
        }
        addGazetteerRuns(s, runs);
        runs.sort(Comparator.comparingInt(r -> r[0]));
        List<PlaceMention> out = new ArrayList<>();
        for (int[] r : runs) {
            PlaceMention m = mention(doc, s, r[0], r[1]);
            if (m != null) {
                out.add(m);
            }
        }
        addCapitals(doc, s, out);
        out.sort(Comparator.comparing(PlaceMention::span));
        return out;
    }

    /** "the Ukrainian capital", "the Malian capital": the country's capital city. */
    private void addCapitals(Doc doc, Sentence s, List<PlaceMention> out) {
        List<Token> toks = s.tokens();
        for (int i = 0; i + 1 < toks.size(); i++) {
            if (!lower(toks.get(i + 1)).equals("capital")) {
                continue;
            }
            int at = i;
            gazetteer.countries().byDemonym(toks.get(i).word())
                    .filter(c -> !c.capital().isEmpty())
                    .ifPresent(c -> {
                        Span span = new Span(toks.get(at).span().start(), toks.get(at + 1).span().end());
                        out.add(new PlaceMention(span, doc.text(span), c.capital(), null,
                                cue(toks, at, at + 2), s.index()));
                    });
        }
    }

    /**
     * "in Ciudad Bolivar, Antioquia Department": the tagger calls both names organisations, but
     * a known place after "in"/"near" followed by a region of the gazetteer is a place and its
     * region, not an organisation.
     */
    private boolean townBeforeRegion(Sentence s, EntityMention e, List<EntityMention> entities) {
        if (!e.type().equals("ORGANIZATION") || !gazetteer.knows(e.text())) {
            return false;
        }
        int[] r = s.tokenRange(e.span());
        List<Token> toks = s.tokens();
        if (r == null || r[0] == 0 || r[1] + 1 >= toks.size()
                || !STRONG_LOCATIVE.contains(lower(toks.get(r[0] - 1)))
                || !toks.get(r[1]).word().equals(",")) {
            return false;
        }
        int next = toks.get(r[1] + 1).span().start();
        for (EntityMention o : entities) {
            if (o.span().start() == next
                    && !gazetteer.regions(stripDivision(o.text())[0]).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithDivision(String text) {
        String[] w = text.toLowerCase(Locale.ROOT).split("\\s+");
        return w.length > 1 && DIVISION_WORDS.contains(w[w.length - 1]);
    }

    /** {core, division word or null}: "Al Jawf Governorate" -> {"Al Jawf", "governorate"}. */
    static String[] stripDivision(String text) {
        String[] w = text.strip().split("\\s+");
        if (w.length > 1 && DIVISION_WORDS.contains(w[w.length - 1].toLowerCase(Locale.ROOT))) {
            return new String[] {String.join(" ", java.util.Arrays.copyOf(w, w.length - 1)),
                    w[w.length - 1].toLowerCase(Locale.ROOT)};
        }
        return new String[] {text.strip(), null};
    }

    /** Capitalised runs the tagger missed, kept only when a locative word precedes them. */
    private void addGazetteerRuns(Sentence s, List<int[]> runs) {
        List<Token> toks = s.tokens();
        int i = 1; // a sentence-initial capital says nothing
        while (i < toks.size()) {
            // "the town of Gao": the tagger's PERSON guess loses to the settlement word
            boolean named = i >= 2 && lower(toks.get(i - 1)).equals("of")
                    && SETTLEMENT_WORDS.contains(lower(toks.get(i - 2)))
                    || i + 1 < toks.size() && EVENT_NOUNS.contains(lower(toks.get(i + 1)))
                    || lower(toks.get(i - 1)).equals(",") // "near Catupa, Cabo Delgado": see listed
                    || divisionFollows(toks, i) // "Maidan Wardak province", tagged PERSON
                    || STRONG_LOCATIVE.contains(lower(toks.get(i - 1))) && !possessive(toks, i);
            if (!candidateToken(toks.get(i), named) || covered(runs, i)) {
                i++;
                continue;
            }
            int end = i;
            while (end < toks.size() && end - i < 4 && candidateToken(toks.get(end), named)
                    && !covered(runs, end)) {
                end++;
            }
            boolean found = false;
            for (int e = end; e > i && !found; e--) {
                String name = joined(toks, i, e);
                if (gazetteer.knows(name) || gazetteer.countries().byName(name).isPresent()) {
                    String before = toks.get(i - 1).word().toLowerCase(Locale.ROOT);
                    boolean division = e < toks.size()
                            && DIVISION_WORDS.contains(toks.get(e).word().toLowerCase(Locale.ROOT));
                    boolean event = e < toks.size() && EVENT_NOUNS.contains(lower(toks.get(e)));
                    // "Catupa, Cabo Delgado": after a comma only regions and countries, which
                    // close a place list, not any word that happens to be a village somewhere
                    boolean listed = before.equals(",") && (!gazetteer.regions(name).isEmpty()
                            || gazetteer.countries().byName(name).isPresent());
                    if (LOCATIVE.contains(before) || division || event || listed) {
                        runs.add(new int[] {i, e});
                        i = e;
                        found = true;
                    }
                }
            }
            if (!found) {
                i++;
            }
        }
    }

    /** "in Smith's house": the name after the preposition is a person's. */
    private static boolean possessive(List<Token> toks, int i) {
        return i + 1 < toks.size() && toks.get(i + 1).word().equals("'s");
    }

    /** The first token after the capitalised run starting at {@code i} is a division word. */
    private static boolean divisionFollows(List<Token> toks, int i) {
        int k = i;
        while (k < toks.size() && k - i < 4 && toks.get(k).pos().startsWith("NNP")) {
            k++;
        }
        return k > i && k < toks.size() && DIVISION_WORDS.contains(lower(toks.get(k)));
    }

    private static boolean candidateToken(Token t, boolean named) {
        return (t.pos().equals("NNP") || t.pos().equals("NNPS")) && Character.isUpperCase(t.word().charAt(0))
                && (t.ner().equals("O") || t.ner().equals("LOCATION") || (named && t.ner().equals("PERSON")))
                && !NOT_PLACES.contains(t.word().toLowerCase(Locale.ROOT));
    }

    private static boolean covered(List<int[]> runs, int i) {
        for (int[] r : runs) {
            if (r[0] <= i && i < r[1]) {
                return true;
            }
        }
        return false;
    }

    private static String joined(List<Token> toks, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                b.append(' ');
            }
            b.append(toks.get(k).word());
        }
        return b.toString();
    }

    private PlaceMention mention(Doc doc, Sentence s, int from, int to) {
        List<Token> toks = s.tokens();
        int end = to;
        String division = null;
        if (end < toks.size() && DIVISION_WORDS.contains(lower(toks.get(end)))) {
            division = lower(toks.get(end));
            end++;
        } else if (end + 2 < toks.size() && (lower(toks.get(end)).equals("and") || lower(toks.get(end)).equals(","))
                && Character.isUpperCase(toks.get(end + 1).word().charAt(0))
                && Set.of("states", "provinces", "regions", "governorates", "districts", "counties",
                        "departments").contains(lower(toks.get(end + 2)))) {
            division = lower(toks.get(end + 2)); // "Kaduna and Niger States": both are states
        }
        Span span = new Span(toks.get(from).span().start(), toks.get(end - 1).span().end());
        String text = doc.text(span);
        String[] stripped = stripDivision(text.replace('\n', ' '));
        String core = stripped[0];
        if (stripped[1] != null) {
            division = stripped[1];
        }
        if (core.isBlank()) {
            return null;
        }
        PlaceMention.Cue cue = cue(toks, from, end);
        if (cue == PlaceMention.Cue.PLAIN && actor(s, from, end)) {
            cue = PlaceMention.Cue.ACTOR;
        }
        return new PlaceMention(span, text, core, division, cue, s.index());
    }

    private static String lower(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }

    /**
     * "U.S. officials", "Moscow's forces", "Moscow launched...": a name that modifies a noun
     * outside it, or is a verb's subject, names who acts, not where.
     */
    private static boolean actor(Sentence s, int from, int end) {
        for (int k = from; k < end; k++) {
            org.sitrep.model.Dependency d = s.head(k);
            if (d != null && (d.governor() < from || d.governor() >= end)) {
                String rel = d.relation();
                if (d.governor() >= 0 && EVENT_NOUNS.contains(lower(s.tokens().get(d.governor())))) {
                    return false;
                }
                return rel.equals("compound") || rel.equals("amod") || rel.equals("nmod:poss")
                        || rel.equals("nsubj");
            }
        }
        return false;
    }

    /** Reads up to four words before the name, and "area" after it. */
    private static PlaceMention.Cue cue(List<Token> toks, int from, int end) {
        if (end < toks.size() && lower(toks.get(end)).matches("areas?|outskirts|vicinity|environs")) {
            return PlaceMention.Cue.NEAR;
        }
        if (end < toks.size() && lower(toks.get(end)).matches("neighbou?rhoods?|quarter|barrio")) {
            return PlaceMention.Cue.LOCAL;
        }
        for (int k = from - 1; k >= Math.max(0, from - 3); k--) {
            String w = lower(toks.get(k));
            if (w.equals("border") || w.equals("borders") || w.equals("frontier")) {
                return PlaceMention.Cue.ASIDE;
            }
        }
        for (int k = from - 1; k >= Math.max(0, from - 5); k--) {
            String w = lower(toks.get(k));
            if (NEAR_WORDS.contains(w) || w.equals("km") || w.equals("kilometres")
                    || w.equals("kilometers") || w.equals("miles")) {
                return PlaceMention.Cue.NEAR;
            }
            if (SETTLEMENT_WORDS.contains(w) || w.equals("in") || w.equals("at") || w.equals("inside")) {
                return PlaceMention.Cue.AT;
            }
            if (w.equals("from")) {
                return PlaceMention.Cue.ACTOR; // "missiles from Iran", "militants from Mali": origin
            }
            if (!(FILLER.contains(w)
                    || toks.get(k).pos().startsWith("JJ") || toks.get(k).pos().startsWith("NNP"))) {
                break;
            }
        }
        return PlaceMention.Cue.PLAIN;
    }
}
