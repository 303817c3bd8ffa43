package org.sitrep.places;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.geo.Country;

/**
 * Resolves one mention to a town, region or country using the gazetteer and the article's
 * context. Pure: the same mention and context always give the same answer.
 */
final class PlaceResolver {

    /** Towns this large are plausible even in an article that never names their country. */
    static final long MAJOR_CITY = 500_000;

    private final Gazetteer gazetteer;

    PlaceResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * @param sentenceCountries countries named in the mention's own sentence ("X, in northern Mali")
     */
    Optional<Resolution> resolve(PlaceMention m, ArticleContext ctx, Set<String> sentenceCountries) {
        Optional<Resolution> r = resolveName(m, ctx, sentenceCountries);
        if (r.isPresent()) {
            return r;
        }
        // "Goma International Airport", "Tibu air base": the site, located at its town
        String site = Facilities.strip(m.core());
        if (site.equals(m.core()) || site.isEmpty()) {
            return r;
        }
        PlaceMention town = new PlaceMention(m.span(), m.text(), site, null, m.cue(), m.sentence());
        return resolveName(town, ctx, sentenceCountries).filter(x -> x.kind() == Resolution.Kind.TOWN);
    }

    private Optional<Resolution> resolveName(PlaceMention m, ArticleContext ctx,
                                             Set<String> sentenceCountries) {
        String core = m.core();
        if (m.regionWord() != null) {
            Optional<Resolution> r = region(m, ctx, sentenceCountries);
            if (r.isPresent()) {
                return r;
            }
            // "Fangak County", "Handwara district": below admin1, its seat town stands for it
            return town(m, ctx, sentenceCountries, 2);
        }
        Optional<Country> country = country(core);
        if (country.isPresent()) {
            Optional<Resolution> r = region(m, ctx, sentenceCountries);
            // "Gaza Strip" is both a country alias and a region of it: the region says more
            if (r.isPresent() && r.get().countryCode().equals(country.get().code())
                    && !Names.fold(country.get().name()).equals(Names.fold(core))) {
                return r;
            }
            return Optional.of(country(m, country.get()));
        }
        Optional<Resolution> t = town(m, ctx, sentenceCountries,
                m.cue() == PlaceMention.Cue.NEAR ? 2 : 1);
        Optional<Resolution> r = region(m, ctx, sentenceCountries);
        if (t.isPresent() && r.isPresent() && prefersRegion(t.get(), r.get(), ctx)) {
            return r;
        }
        return t.isPresent() ? t : r;
    }

    /**
     * "Para" is a state and an alternate name of its capital; "Morazan" a department of the
     * article's country and a village abroad: the region wins when the town only matched an
     * alternate name, or lies in a country the article names less.
     */
    private static boolean prefersRegion(Resolution town, Resolution region, ArticleContext ctx) {
        boolean ownName = Names.fold(town.place().name()).equals(Names.fold(town.mention().core()))
                || Names.fold(town.place().asciiName()).equals(Names.fold(town.mention().core()));
        if (!ownName && town.countryCode().equals(region.countryCode())) {
            return true;
        }
        double tw = ctx.countryWeights().getOrDefault(town.countryCode(), 0.0);
        double rw = ctx.countryWeights().getOrDefault(region.countryCode(), 0.0);
        return rw > tw;
    }

    Optional<Country> country(String name) {
        return gazetteer.countries().byName(name);
    }

    Optional<Country> countryByCode(String code) {
        return gazetteer.countries().byCode(code);
    }

    Resolution country(PlaceMention m, Country c) {
        Place capital = gazetteer.capital(c.code()).orElse(null);
        return new Resolution(m, Resolution.Kind.COUNTRY, c.name(), capital, null, c.code(),
                c.name(), 4, 0, "country name");
    }

    private Optional<Resolution> region(PlaceMention m, ArticleContext ctx, Set<String> sentenceCountries) {
        Set<Region> all = new LinkedHashSet<>(gazetteer.regions(m.core()));
        if (m.regionWord() != null) {
            all.addAll(gazetteer.regions(m.core() + " " + m.regionWord()));
        }
        Region best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        String why = "";
        for (Region r : all) {
            double s = 0;
            StringBuilder w = new StringBuilder("region");
            s += countryScore(r.countryCode(), r.seat().population(), ctx, sentenceCountries, w);
            if (Double.isNaN(s)) {
                continue;
            }
            if (Names.fold(r.name()).equals(Names.fold(m.core()))) {
                s += 0.3;
            }
            if (s > bestScore) {
                best = r;
                bestScore = s;
                why = w.toString();
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        return Optional.of(new Resolution(m, Resolution.Kind.REGION, best.name(), best.seat(),
                best.name(), best.countryCode(), gazetteer.countryName(best.countryCode()), 3,
                bestScore, why));
    }

    private Optional<Resolution> town(PlaceMention m, ArticleContext ctx, Set<String> sentenceCountries,
                                      int precision) {
        List<Candidate> ranked = rank(m.core(), ctx, sentenceCountries);
        if (m.cue() == PlaceMention.Cue.LOCAL && ctx.mainCountry() != null) {
            ranked = ranked.stream()
                    .filter(c -> c.place().countryCode().equals(ctx.mainCountry())).toList();
        }
        if (ranked.isEmpty()) {
            return Optional.empty();
        }
        Candidate c = ranked.get(0);
        Place p = c.place();
        return Optional.of(new Resolution(m, Resolution.Kind.TOWN, p.name(), p, p.admin1(),
                p.countryCode(), gazetteer.countryName(p.countryCode()), precision, c.score(),
                c.reason()));
    }

    /** Candidates for a town name with the article's cues added, best first. */
    List<Candidate> rank(String name, ArticleContext ctx, Set<String> sentenceCountries) {
        List<Candidate> out = new ArrayList<>();
        List<Candidate> priors = new ArrayList<>(gazetteer.lookup(name, null));
        priors.addAll(gazetteer.lookupVariants(name, null));
        for (Candidate prior : priors) {
            Place p = prior.place();
            StringBuilder why = new StringBuilder(prior.reason());
            double s = countryScore(p.countryCode(), p.isCapital() ? Long.MAX_VALUE : p.population(),
                    ctx, sentenceCountries, why);
            if (Double.isNaN(s)) {
                continue;
            }
            s += prior.score();
            if (!p.admin1().isEmpty() && ctx.mentionsRegion(p.countryCode(), p.admin1())) {
                s += 1.5;
                why.append(", region named in article");
            }
            double near = nearestSettled(p, ctx);
            if (near <= 150) {
                s += 1.0;
                why.append(", near other places of the article");
            } else if (near <= 400) {
                s += 0.5;
                why.append(", same area as other places of the article");
            }
            out.add(new Candidate(p, s, why.toString()));
        }
        out.sort((a, b) -> Double.compare(b.score(), a.score()));
        return out;
    }

    /**
     * The country cue; NaN rejects the candidate: a small place in a country the article never
     * names is a same-named place elsewhere, and a wrong place is worse than a vaguer one.
     */
    private static double countryScore(String cc, long population, ArticleContext ctx,
                                       Set<String> sentenceCountries, StringBuilder why) {
        double s = 0;
        double max = ctx.maxWeight();
        Double w = ctx.countryWeights().get(cc);
        if (sentenceCountries.contains(cc)) {
            s += 1.5;
            why.append(", country named in the sentence");
        }
        if (max > 0) {
            if (w != null && w > 0) {
                s += 2.0 + w / max;
                why.append(", country named in article");
            } else if (population >= MAJOR_CITY) {
                s -= 1.5;
            } else {
                return Double.NaN;
            }
        }
        if (cc.equals(ctx.datelineCountry())) {
            s += 0.5;
            why.append(", dateline country");
        }
        return s;
    }

    private static double nearestSettled(Place p, ArticleContext ctx) {
        double best = Double.MAX_VALUE;
        for (Place q : ctx.settled()) {
            if (q.equals(p)) {
                continue;
            }
            best = Math.min(best, p.kmTo(q));
        }
        return best;
    }

    static Set<String> countriesIn(List<PlaceMention> mentions, PlaceResolver r) {
        Set<String> out = new LinkedHashSet<>();
        for (PlaceMention m : mentions) {
            if (m.regionWord() == null) {
                r.country(m.core()).ifPresent(c -> out.add(c.code()));
            }
        }
        return out;
    }

    static void addWeight(Map<String, Double> weights, String cc, double w) {
        weights.merge(cc, w, Double::sum);
    }
}
