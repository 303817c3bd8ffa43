package org.sitrep.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.sitrep.model.Doc;
import org.sitrep.model.Event;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.pipeline.Field;
import org.sitrep.pipeline.Stage;

/**
 * Sets each event's location (codebook section 4): the most specific place its evidence ties
 * to it, the anchor sentence first; a region or country when that is all the text supports;
 * the article's main country, then the dateline, as last resorts.
 */
public final class LocationStage implements Stage {

    /** What may stand between two places of one list: commas, "and", "or". */
    private static final Pattern LIST_GAP = Pattern.compile("(?i)(\\s*(,|and|or|&)\\s*)+");

    private final PlaceAnalyser analyser;
    private final PlaceResolver resolver;

    public LocationStage(Gazetteer gazetteer) {
        this.analyser = new PlaceAnalyser(gazetteer);
        this.resolver = new PlaceResolver(gazetteer);
    }

    @Override
    public String name() {
        return "places";
    }

    @Override
    public Set<Field> requires() {
        return Set.of(Field.EVENTS);
    }

    @Override
    public Set<Field> provides() {
        return Set.of(Field.LOCATION);
    }

    @Override
    public List<Event> apply(Doc doc, List<Event> events) {
        if (events.isEmpty()) {
            return events;
        }
        PlaceAnalysis analysis = analyser.analyse(doc);
        List<Event> out = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); ) {
            Event e = events.get(i);
            int copies = 1;
            while (i + copies < events.size() && events.get(i + copies).equals(e)) {
                copies++;
            }
            List<Resolution> each = copies > 1 ? coordinated(doc, analysis, e, copies) : List.of();
            for (int k = 0; k < copies; k++) {
                Optional<Resolution> r = each.isEmpty() ? choose(doc, analysis, e)
                        : Optional.of(each.get(k));
                out.add(r.map(x -> e.withLocation(x.toLocation())).orElse(e));
            }
            i += copies;
        }
        return out;
    }

    /**
     * The detection stage emits one identical copy of an event for each place a sentence
     * coordinates ("airstrikes in Sanaa and Al Jawf", "in Paktia, Paktika and Kunar"): each copy
     * takes its own place, in text order. Countries only qualify the list ("..., Yemen"), and
     * when the sentence does not yield enough distinct places every copy keeps the usual choice.
     */
    private static List<Resolution> coordinated(Doc doc, PlaceAnalysis analysis, Event e, int copies) {
        List<Integer> sentences = evidenceSentences(doc, e);
        if (sentences.isEmpty()) {
            return List.of();
        }
        List<Resolution> places = new ArrayList<>();
        for (Resolution r : usable(analysis.in(sentences.get(0)), analysis.context(), false)) {
            boolean seen = places.stream().anyMatch(q -> q.name().equals(r.name())
                    && q.countryCode().equals(r.countryCode()));
            if (r.kind() != Resolution.Kind.COUNTRY && !seen) {
                places.add(r);
            }
        }
        places.sort(Comparator.comparing(r -> r.mention().span()));
        // the copies' places must be one list in the text: "X, Y and Z", nothing else between
        for (int from = 0; from + copies <= places.size(); from++) {
            boolean list = true;
            for (int k = from + 1; k < from + copies && list; k++) {
                Span a = places.get(k - 1).mention().span();
                Span b = places.get(k).mention().span();
                list = a.end() <= b.start() && LIST_GAP.matcher(
                        doc.text().substring(a.end(), b.start())).matches();
            }
            if (list) {
                return places.subList(from, from + copies);
            }
        }
        return List.of();
    }

    /** The place chosen for one event, with the rule and cues in its reason. */
    public Optional<Resolution> find(Doc doc, Event event) {
        return choose(doc, analyser.analyse(doc), event);
    }

    Optional<Resolution> choose(Doc doc, PlaceAnalysis analysis, Event event) {
        List<Integer> sentences = evidenceSentences(doc, event);
        Optional<Resolution> r = fromEvidence(analysis, sentences, event, false);
        if (r.isEmpty()) {
            // "Kyiv mayor says an overnight attack...": a place named as an actor is better than nothing
            r = fromEvidence(analysis, sentences, event, true);
        }
        return r.isPresent() ? r : fallback(analysis);
    }

    private Optional<Resolution> fromEvidence(PlaceAnalysis analysis, List<Integer> sentences,
                                              Event event, boolean actors) {
        ArticleContext ctx = analysis.context();
        Resolution anchorBest = null;
        for (int i = 0; i < sentences.size(); i++) {
            Resolution best = best(usable(analysis.in(sentences.get(i)), ctx, actors), event);
            if (best == null) {
                continue;
            }
            if (anchorBest == null) {
                anchorBest = best;
                if (best.kind() == Resolution.Kind.TOWN) {
                    return Optional.of(best);
                }
            } else if (best.specificity() > anchorBest.specificity()
                    && within(best, anchorBest)) {
                return Optional.of(best);
            }
        }
        return Optional.ofNullable(anchorBest);
    }

    /** A more specific place from later evidence counts only inside the anchor's region/country. */
    private static boolean within(Resolution specific, Resolution general) {
        if (!specific.countryCode().equals(general.countryCode())) {
            return false;
        }
        return general.kind() != Resolution.Kind.REGION
                || general.admin1().equals(specific.admin1());
    }

    /** Without {@code actors}, places named as actors or origins are left out; with it, only those. */
    private static List<Resolution> usable(List<Resolution> rs, ArticleContext ctx, boolean actors) {
        List<Resolution> out = new ArrayList<>();
        for (Resolution r : rs) {
            PlaceMention.Cue cue = r.mention().cue();
            if (cue == PlaceMention.Cue.ASIDE || PlaceAnalyser.inDateline(r.mention(), ctx)) {
                continue;
            }
            boolean actor = cue == PlaceMention.Cue.ACTOR;
            if (actor == actors) {
                out.add(r);
            }
        }
        return out;
    }

    /** Most specific first; then a place the words mark as the scene; then the nearest to a trigger. */
    private static Resolution best(List<Resolution> rs, Event event) {
        return rs.stream().max(Comparator.comparingInt(Resolution::specificity)
                .thenComparingInt(r -> r.mention().cue() == PlaceMention.Cue.PLAIN ? 0 : 1)
                .thenComparingInt(r -> -distanceToTrigger(r.mention().span(), event.triggers())))
                .orElse(null);
    }

    private static int distanceToTrigger(Span s, List<Span> triggers) {
        int best = Integer.MAX_VALUE / 2;
        for (Span t : triggers) {
            int d = s.end() <= t.start() ? t.start() - s.end() : Math.max(0, s.start() - t.end());
            best = Math.min(best, d);
        }
        return best;
    }

    private static List<Integer> evidenceSentences(Doc doc, Event event) {
        List<Integer> out = new ArrayList<>();
        for (Span ev : event.evidence()) {
            for (Sentence s : doc.sentences()) {
                if (s.span().overlaps(ev) && !out.contains(s.index())) {
                    out.add(s.index());
                }
            }
        }
        return out;
    }

    /**
     * Nothing in the evidence: the one region the article names in its main country (precision
     * 3), else that country (precision 4), read at its first mention or its first demonym
     * ("Malian"); else the dateline place, which at least tells the country.
     */
    private Optional<Resolution> fallback(PlaceAnalysis analysis) {
        ArticleContext ctx = analysis.context();
        String main = ctx.mainCountry();
        Resolution dateline = null;
        Resolution country = null;
        List<Resolution> regions = new ArrayList<>();
        Resolution inMain = null;
        Map<String, Resolution> towns = new LinkedHashMap<>();
        for (List<Resolution> rs : new TreeMap<>(analysis.bySentence()).values()) {
            for (Resolution r : rs) {
                if (r.kind() == Resolution.Kind.TOWN && !PlaceAnalyser.inDateline(r.mention(), ctx)
                        && r.mention().cue() != PlaceMention.Cue.ACTOR
                        && r.mention().cue() != PlaceMention.Cue.ASIDE
                        && (r.place() == null || !r.place().isCapital())) {
                    // a national capital is named for its government more often than as a scene
                    towns.putIfAbsent(r.countryCode() + "\t" + r.name(), r);
                }
                if (!PlaceAnalyser.inDateline(r.mention(), ctx) && r.countryCode().equals(main)) {
                    inMain = inMain == null ? r : inMain;
                }
                if (PlaceAnalyser.inDateline(r.mention(), ctx)) {
                    dateline = dateline == null ? r : dateline;
                } else if (r.countryCode().equals(main) && r.kind() == Resolution.Kind.COUNTRY) {
                    country = country == null ? r : country;
                } else if (r.countryCode().equals(main) && r.kind() == Resolution.Kind.REGION
                        && regions.stream().noneMatch(q -> q.name().equals(r.name()))) {
                    regions.add(r);
                }
            }
        }
        if (towns.size() == 1 && regions.isEmpty()) {
            // a story about one place ("striking miners near Rustenburg ... the crowd gathered"):
            // its other incidents' sentences name nothing new, the one town is where they happen
            return Optional.of(towns.values().iterator().next());
        }
        if (regions.size() == 1) {
            return Optional.of(regions.get(0));
        }
        if (country != null) {
            return Optional.of(country);
        }
        PlaceMention demonym = main == null ? null : ctx.demonyms().get(main);
        if (demonym != null && (dateline == null || !dateline.countryCode().equals(main))) {
            return resolver.country(demonym.core()).map(c -> resolver.country(demonym, c));
        }
        if (inMain != null && (dateline == null || !dateline.countryCode().equals(main))) {
            // "in San Salvador's Las Brisas neighborhood" elsewhere: the country the article's
            // places lie in, though it never names it (precision 4, read at that place)
            Resolution where = inMain;
            return resolver.countryByCode(main).map(c -> resolver.country(where.mention(), c));
        }
        return Optional.ofNullable(dateline);
    }
}
