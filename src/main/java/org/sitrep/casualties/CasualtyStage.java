package org.sitrep.casualties;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.codebook.EventType;
import org.sitrep.codebook.SubEventType;
import org.sitrep.model.Doc;
import org.sitrep.model.Event;
import org.sitrep.model.Fatalities;
import org.sitrep.pipeline.Field;
import org.sitrep.pipeline.Stage;

/**
 * Fills each event's fatalities and claims (codebook section 6) from the death statements of
 * its evidence sentences.
 *
 * <p>Events with no figure at all: fatalities are null (unknown, never invented), except for
 * event kinds that are not lethal by nature (peaceful protests, strategic developments,
 * abductions), which are coded 0 as the hand-coded data does. A statement such as "no one was
 * killed" gives 0 for any event.
 */
public final class CasualtyStage implements Stage {

    private static final Fatalities NONE = new Fatalities(0, 0, 0, 0, 0);

    private final DeathMentionFinder finder;
    private final MentionAssigner assigner = new MentionAssigner();
    private final TollEstimator estimator = new TollEstimator();

    public CasualtyStage() {
        this(DeathMentionFinder.standard());
    }

    CasualtyStage(DeathMentionFinder finder) {
        this.finder = finder;
    }

    @Override
    public String name() {
        return "casualty";
    }

    @Override
    public Set<Field> requires() {
        return Set.of(Field.EVENTS);
    }

    @Override
    public Set<Field> provides() {
        return Set.of(Field.FATALITIES);
    }

    /** The estimate for each event, in order: the pure half of {@link #apply}. */
    public List<TollEstimator.Estimate> find(Doc doc, List<Event> events) {
        List<DeathMention> mentions = events.isEmpty() ? List.of() : finder.find(doc);
        List<Boolean> eligible = new ArrayList<>();
        for (Event e : events) {
            SubEventType type = e.subEventType();
            eligible.add(!nonLethal(type) || type == SubEventType.ABDUCTION);
        }
        List<List<DeathMention>> assigned = assigner.assign(doc, events, eligible, mentions);
        List<TollEstimator.Estimate> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            SubEventType type = events.get(i).subEventType();
            TollEstimator.Estimate est = estimator.estimate(assigned.get(i), civilianTarget(type));
            if (est.fatalities().low() == null && nonLethal(type)) {
                est = new TollEstimator.Estimate(NONE, est.claims());
            }
            out.add(est);
        }
        return out;
    }

    @Override
    public List<Event> apply(Doc doc, List<Event> events) {
        List<TollEstimator.Estimate> found = find(doc, events);
        List<Event> out = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            out.add(events.get(i).withCasualties(found.get(i).fatalities(), found.get(i).claims()));
        }
        return out;
    }

    private static boolean nonLethal(SubEventType t) {
        return t != null && (t == SubEventType.PEACEFUL_PROTEST || t == SubEventType.ABDUCTION
                || t.eventType() == EventType.STRATEGIC_DEVELOPMENTS);
    }

    private static boolean civilianTarget(SubEventType t) {
        return t != null && t.eventType() == EventType.VIOLENCE_AGAINST_CIVILIANS;
    }
}
