package org.sitrep.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.geo.Countries;
import org.sitrep.model.Doc;
import org.sitrep.model.EntityMention;
import org.sitrep.model.Event;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.pipeline.Field;
import org.sitrep.pipeline.Stage;

/**
 * Decides what in an article is an event and of which kind. Per sentence: trigger words from
 * the lexicon, the non-event filter, the type from the lexicon or the decision table; then the
 * incident mentions are merged into events, and events with no place at all are dropped.
 * {@link #find} is pure and returns the trace that {@link #explain} exposes.
 */
public final class EventDetectionStage implements Stage {

    /** The events found and every decision taken on the way. */
    public record Detection(List<Event> events, List<Explanation> trace) {
    }

    private final TriggerFinder triggers;
    private final CueLexicon cues;
    private final CandidateTyper typer;
    private final IncidentMerger merger;
    private final PlaceCues placeCues;
    private final PlaceSplitter splitter;

    public EventDetectionStage() {
        this(Countries.load());
    }

    /** With the country table the rest of the pipeline already loaded. */
    public EventDetectionStage(Countries countries) {
        this(TriggerLexicon.load(), CueLexicon.load(), DecisionTable.load(), NonEventLexicon.load(),
                countries);
    }

    EventDetectionStage(TriggerLexicon triggers, CueLexicon cues, DecisionTable table,
                        NonEventLexicon nonEvents, Countries countries) {
        this.triggers = new TriggerFinder(triggers);
        this.cues = cues;
        this.placeCues = new PlaceCues(countries, cues.wordsOf("SITE"));
        this.splitter = new PlaceSplitter(placeCues, cues.wordsOf("REGION_END"),
                cues.wordsOf("AREA"));
        this.typer = new CandidateTyper(table, new NonEventFilter(nonEvents), placeCues);
        this.merger = new IncidentMerger(placeCues::isSiteOrCountry);
    }

    @Override
    public String name() {
        return "eventdetection";
    }

    @Override
    public Set<Field> requires() {
        return Set.of();
    }

    @Override
    public Set<Field> provides() {
        return Set.of(Field.EVENTS);
    }

    @Override
    public List<Event> apply(Doc doc, List<Event> events) {
        return find(doc).events();
    }

    /** Per sentence, which trigger fired, which rule typed it and what became of it. */
    public List<Explanation> explain(Doc doc) {
        return find(doc).trace();
    }

    public Detection find(Doc doc) {
        List<Explanation> trace = new ArrayList<>();
        List<IncidentMerger.Draft> drafts = new ArrayList<>();
        Map<IncidentMerger.Draft, Integer> traceIndex = new IdentityHashMap<>();
        for (Sentence s : doc.sentences()) {
            List<CueLexicon.CueHit> cueHits = cues.find(s);
            List<TriggerFinder.Hit> hits = triggers.find(s);
            List<CandidateTyper.Outcome> outcomes = new ArrayList<>();
            Set<String> sentencePlaces = new HashSet<>();
            for (TriggerFinder.Hit hit : hits) {
                CandidateTyper.Outcome o = typer.type(doc, s, hit, cueHits);
                outcomes.add(o);
                if (o.candidate() != null) {
                    sentencePlaces.addAll(o.candidate().ownPlaces());
                }
            }
            for (int h = 0; h < hits.size(); h++) {
                TriggerFinder.Hit hit = hits.get(h);
                CandidateTyper.Outcome o = outcomes.get(h);
                String text = doc.text(hit.span());
                if (o.candidate() == null) {
                    trace.add(new Explanation(s.index(), hit.span(), text, o.rule(),
                            Explanation.DROPPED, o.dropReason()));
                    continue;
                }
                IncidentMerger.Placement p =
                        merger.place(drafts, o.candidate().withSentencePlaces(sentencePlaces));
                if (p.created()) {
                    traceIndex.put(p.draft(), trace.size());
                }
                trace.add(new Explanation(s.index(), hit.span(), text, o.rule(),
                        p.created() ? Explanation.EVENT : Explanation.MERGED, p.reason()));
            }
        }
        List<Event> events = new ArrayList<>();
        for (IncidentMerger.Draft d : drafts) {
            String missing = placeless(doc, d.sentenceIndices);
            if (missing != null) {
                Explanation first = trace.get(traceIndex.get(d));
                trace.add(new Explanation(first.sentence(), first.trigger(), first.triggerText(),
                        d.rule, Explanation.DROPPED, missing));
                continue;
            }
            List<Span> evidence = new ArrayList<>(d.sentences);
            evidence.sort(null);
            Event event = Event.detected(doc.article().id(), d.type, d.triggers, evidence);
            Sentence lead = doc.sentence(d.sentenceIndices.get(0));
            Set<Integer> heads = new HashSet<>();
            for (TriggerFinder.Hit h : triggers.find(lead)) {
                heads.add(h.head());
            }
            List<EntityMention> places = splitter.coordinated(doc, lead, heads);
            for (int i = 0; i < Math.max(1, places.size()); i++) {
                events.add(event);
            }
            if (places.size() > 1) {
                Explanation first = trace.get(traceIndex.get(d));
                trace.add(new Explanation(first.sentence(), first.trigger(), first.triggerText(),
                        d.rule, Explanation.EVENT, "one event for each of " + places.size()
                        + " coordinated places: "
                        + places.stream().map(EntityMention::text).toList()));
            }
        }
        return new Detection(List.copyOf(events), List.copyOf(trace));
    }

    /**
     * Codebook section 1: an event happened at a specific place. A report whose sentences name
     * no place ("the toll from last week's shelling climbed to 35") is an update, not an incident;
     * the article's first sentence (its dateline or lede) may supply the place.
     */
    private String placeless(Doc doc, List<Integer> sentences) {
        for (int i : sentences) {
            if (placeCues.namesPlace(doc, doc.sentence(i))) {
                return null;
            }
        }
        if (!doc.sentences().isEmpty() && placeCues.namesPlace(doc, doc.sentence(0))) {
            return null;
        }
        return "no place named in its sentences or the lede: an update or campaign, not an"
                + " incident";
    }
}
