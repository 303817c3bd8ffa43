package org.sitrep.events;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.sitrep.geo.Countries;
import org.sitrep.model.Dependency;
import org.sitrep.model.Doc;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * What the events stage needs to know about places, without resolving them (that is the places
 * stage's job): which place names a sentence mentions, which of them are only countries (too
 * coarse to separate two incidents), and which belong to the article's dateline ("SAN SALVADOR,
 * 12 Oct --"), which says where the report was filed, not where anything happened.
 */
final class PlaceCues {

    private static final int DATELINE_REACH = 120;
    private static final Set<String> SETTLEMENT = Set.of("town", "village", "city", "district",
            "province", "region", "county", "state", "municipality", "neighbourhood",
            "neighborhood", "camp", "area");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "outside", "at");

    private final Countries countries;
    private final Set<String> siteWords;

    /** @param siteWords last words of names of sites inside a town ("Freedom Park", "... Street") */
    PlaceCues(Countries countries, Set<String> siteWords) {
        this.countries = countries;
        this.siteWords = Set.copyOf(siteWords);
    }

    /**
     * Whether the name is a site inside a town (a park, square, street, building): a report
     * that moves from "Rustenburg" to "Freedom Park" still tells of one incident.
     */
    boolean isSiteOrCountry(String name) {
        String[] words = name.toLowerCase(Locale.ROOT).trim().split("\\s+");
        return isCountry(name) || words.length > 1 && siteWords.contains(words[words.length - 1]);
    }

    boolean isCountry(String name) {
        return countries.byName(name).isPresent();
    }

    /** Lower-cased LOCATION names of the sentence, less the dateline's. */
    Set<String> places(Doc doc, Sentence s) {
        Set<String> out = new HashSet<>();
        int dateline = datelineEnd(doc);
        for (EntityMention m : doc.entitiesIn(s.index())) {
            if (m.type().equals("LOCATION") && m.span().start() >= dateline) {
                out.add(m.text().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** The sentence's places that hang from the trigger (or its clause) in the parse, less countries. */
    Set<String> ownPlaces(Doc doc, Sentence s, int trigger) {
        Set<String> out = new HashSet<>();
        // a noun trigger's place is often on its clause's verb ("placed a bomb in X")
        boolean noun = s.tokens().get(trigger).isNoun();
        Dependency up = s.head(trigger);
        int gov = up == null ? -1 : up.governor();
        int dateline = datelineEnd(doc);
        for (EntityMention m : doc.entitiesIn(s.index())) {
            int w = s.tokenAt(m.span());
            if (m.type().equals("LOCATION") && m.span().start() >= dateline && !isCountry(m.text())
                    && (ParseTree.under(s, w, trigger) || noun && ParseTree.under(s, w, gov))) {
                out.add(m.text().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** Whether the sentence names any place: a LOCATION, or a country by name or demonym. */
    boolean namesPlace(Doc doc, Sentence s) {
        for (EntityMention m : doc.entitiesIn(s.index())) {
            if (m.type().equals("LOCATION") || countries.byName(m.text()).isPresent()
                    || countries.byDemonym(m.text()).isPresent()) {
                return true;
            }
        }
        for (Token t : s.tokens()) {
            if (t.pos().startsWith("NNP") && placeIntroduced(s, t.index())) {
                return true;
            }
            if (!t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0))
                    && (countries.byName(t.word()).isPresent()
                            || countries.byDemonym(t.word()).isPresent())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A proper noun the tagger missed but the words around mark as a place: "the town of
     * Marosi", "near Kalemba", "in Tarbala".
     */
    private static boolean placeIntroduced(Sentence s, int t) {
        if (t >= 2 && s.tokens().get(t - 1).lemma().equals("of")
                && SETTLEMENT.contains(s.tokens().get(t - 2).lemma().toLowerCase(Locale.ROOT))) {
            return true;
        }
        return t >= 1 && s.tokens().get(t).ner().equals("O")
                && PLACE_PREPOSITIONS.contains(s.tokens().get(t - 1).lemma().toLowerCase(Locale.ROOT))
                && (t == 1 || !s.tokens().get(t - 2).pos().startsWith("NNP"));
    }

    /**
     * End offset of a dateline at the head of the text: a dash ("--", "—") within the first
     * characters, after which the story starts. 0 when there is none.
     */
    static int datelineEnd(Doc doc) {
        if (doc.sentences().isEmpty()) {
            return 0;
        }
        for (Token t : doc.sentences().get(0).tokens()) {
            if (t.span().start() > DATELINE_REACH) {
                break;
            }
            String w = t.word();
            if (w.equals("--") || w.equals("—")) {
                return t.span().end();
            }
        }
        return 0;
    }
}
