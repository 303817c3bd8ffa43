package org.sitrep.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Doc;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Reads an article's places in two passes: the first resolves every mention with the countries
 * and regions the article names; the second adds the places cluster (a town near the article's
 * other places beats a same-named one far away).
 */
final class PlaceAnalyser {

    /** A same-named town this large makes a capital's name ambiguous as a country cue. */
    static final long RIVAL_POPULATION = 100_000;

    private final Gazetteer gazetteer;
    private final PlaceMentionFinder finder;
    private final PlaceResolver resolver;

    PlaceAnalyser(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.finder = new PlaceMentionFinder(gazetteer);
        this.resolver = new PlaceResolver(gazetteer);
    }

    PlaceAnalysis analyse(Doc doc) {
        Map<Integer, List<PlaceMention>> mentions = new LinkedHashMap<>();
        for (Sentence s : doc.sentences()) {
            mentions.put(s.index(), finder.find(doc, s));
        }
        ArticleContext ctx = context(doc, mentions);
        Map<Integer, List<Resolution>> first = resolveAll(mentions, ctx);
        List<Place> settled = new ArrayList<>();
        for (List<Resolution> rs : first.values()) {
            for (Resolution r : rs) {
                if (r.kind() == Resolution.Kind.TOWN && !inDateline(r.mention(), ctx)) {
                    settled.add(r.place());
                }
            }
        }
        ArticleContext clustered = ctx.withSettled(settled);
        return new PlaceAnalysis(clustered, resolveAll(mentions, clustered));
    }

    static boolean inDateline(PlaceMention m, ArticleContext ctx) {
        return ctx.dateline() != null && ctx.dateline().overlaps(m.span());
    }

    private Map<Integer, List<Resolution>> resolveAll(Map<Integer, List<PlaceMention>> mentions,
                                                      ArticleContext ctx) {
        Map<Integer, List<Resolution>> out = new HashMap<>();
        for (Map.Entry<Integer, List<PlaceMention>> e : mentions.entrySet()) {
            Set<String> here = PlaceResolver.countriesIn(e.getValue(), resolver);
            List<Resolution> rs = new ArrayList<>();
            for (PlaceMention m : e.getValue()) {
                resolver.resolve(m, ctx, here).ifPresent(rs::add);
            }
            out.put(e.getKey(), List.copyOf(rs));
        }
        return out;
    }

    /** Countries by how often the article names them or their people, regions it names, dateline. */
    private ArticleContext context(Doc doc, Map<Integer, List<PlaceMention>> mentions) {
        Map<String, Double> weights = new HashMap<>();
        Span dateline = Dateline.find(doc.text());
        for (List<PlaceMention> ms : mentions.values()) {
            for (PlaceMention m : ms) {
                if (m.regionWord() != null || (dateline != null && dateline.overlaps(m.span()))) {
                    continue;
                }
                double w = m.cue() == PlaceMention.Cue.ASIDE || m.cue() == PlaceMention.Cue.ACTOR ? 0.5 : 1.0;
                Optional<String> cc = resolver.country(m.core()).map(c -> c.code());
                // "in San Salvador", "London, England": a national capital names its country
                // even when the country itself is never written out
                cc.or(() -> unambiguousCapital(m.core()))
                        .ifPresent(c -> PlaceResolver.addWeight(weights, c, w));
            }
        }
        Map<String, PlaceMention> demonyms = new HashMap<>();
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                if (Character.isUpperCase(t.word().charAt(0)) && !t.ner().equals("LOCATION")) {
                    gazetteer.countries().byDemonym(t.word()).ifPresent(c -> {
                        PlaceResolver.addWeight(weights, c.code(), 0.5);
                        demonyms.putIfAbsent(c.code(), new PlaceMention(t.span(), t.word(), c.name(),
                                null, PlaceMention.Cue.ACTOR, s.index()));
                    });
                }
            }
        }
        Set<String> regions = new HashSet<>();
        for (List<PlaceMention> ms : mentions.values()) {
            for (PlaceMention m : ms) {
                for (Region r : gazetteer.regions(m.core())) {
                    boolean named = weights.containsKey(r.countryCode());
                    if (m.regionWord() != null || named) {
                        regions.add(r.countryCode() + "\t" + Names.fold(r.name()));
                    }
                    if (m.regionWord() != null && gazetteer.regions(m.core()).size() == 1) {
                        PlaceResolver.addWeight(weights, r.countryCode(), 0.5);
                    }
                }
            }
        }
        String datelineCountry = datelineCountry(doc, dateline, mentions);
        if (datelineCountry != null) {
            PlaceResolver.addWeight(weights, datelineCountry, 1.0);
        }
        return new ArticleContext(weights, regions, datelineCountry, dateline, demonyms, List.of());
    }

    /**
     * The country of the national capital this name denotes, when no other large place shares
     * the name ("Santiago", "San Jose" and the like stay silent: they could be elsewhere).
     */
    private Optional<String> unambiguousCapital(String name) {
        List<Candidate> cs = gazetteer.lookup(name, null);
        if (cs.isEmpty() || !cs.get(0).place().isCapital()) {
            return Optional.empty();
        }
        Place capital = cs.get(0).place();
        boolean ownName = Names.fold(capital.name()).equals(Names.fold(name))
                || Names.fold(capital.asciiName()).equals(Names.fold(name));
        boolean rival = cs.stream().skip(1)
                .anyMatch(c -> c.place().population() >= RIVAL_POPULATION);
        return ownName && !rival ? Optional.of(capital.countryCode()) : Optional.empty();
    }

    private String datelineCountry(Doc doc, Span dateline, Map<Integer, List<PlaceMention>> mentions) {
        if (dateline == null) {
            return null;
        }
        for (List<PlaceMention> ms : mentions.values()) {
            for (PlaceMention m : ms) {
                if (dateline.overlaps(m.span())) {
                    Optional<Resolution> r = resolver.resolve(m, ArticleContext.empty(), Set.of());
                    if (r.isPresent()) {
                        return r.get().countryCode();
                    }
                }
            }
        }
        // a dateline the tagger missed ("BOSTON —"): its first word may still be a known city
        String word = doc.text(dateline).split("[,(\\-\u2014\u2013]")[0].strip();
        List<Candidate> c = gazetteer.lookup(word, null);
        return c.isEmpty() ? null : c.get(0).place().countryCode();
    }
}
