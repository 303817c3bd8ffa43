package org.sitrep.model;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.codebook.SubEventType;
import org.sitrep.codebook.ViolenceType;

/**
 * One event of an article, as the stages build it up: the events stage creates it with its type
 * and evidence, and each later stage fills its own fields through the {@code with...} methods.
 * Fields a stage could not determine stay null (codebook: never invented).
 *
 * @param triggers the words that signalled the event (e.g. "drone strikes")
 * @param evidence the sentences that support it, in text order
 */
public record Event(String articleId, SubEventType subEventType, ViolenceType violenceType,
                    List<Span> triggers, List<Span> evidence, EventDate date, Location location,
                    Actor actor1, List<Actor> assocActor1, Actor actor2, List<Actor> assocActor2,
                    Fatalities fatalities, List<Claim> claims) {

    public Event {
        triggers = List.copyOf(triggers);
        evidence = List.copyOf(evidence);
        assocActor1 = List.copyOf(assocActor1);
        assocActor2 = List.copyOf(assocActor2);
        claims = List.copyOf(claims);
        if (fatalities == null) {
            fatalities = Fatalities.UNKNOWN;
        }
    }

    /** A new event with only its type and evidence known. */
    public static Event detected(String articleId, SubEventType type, List<Span> triggers,
                                 List<Span> evidence) {
        return new Event(articleId, type, null, triggers, evidence, null, null, null, List.of(),
                null, List.of(), Fatalities.UNKNOWN, List.of());
    }

    /** The sentence span that first reports the event. */
    public Span anchor() {
        return evidence.get(0);
    }

    public Event withType(SubEventType t) {
        return new Event(articleId, t, violenceType, triggers, evidence, date, location, actor1,
                assocActor1, actor2, assocActor2, fatalities, claims);
    }

    public Event withViolenceType(ViolenceType v) {
        return new Event(articleId, subEventType, v, triggers, evidence, date, location, actor1,
                assocActor1, actor2, assocActor2, fatalities, claims);
    }

    public Event withEvidence(List<Span> triggerSpans, List<Span> sentences) {
        return new Event(articleId, subEventType, violenceType, triggerSpans, sentences, date,
                location, actor1, assocActor1, actor2, assocActor2, fatalities, claims);
    }

    public Event withDate(EventDate d) {
        return new Event(articleId, subEventType, violenceType, triggers, evidence, d, location,
                actor1, assocActor1, actor2, assocActor2, fatalities, claims);
    }

    public Event withLocation(Location l) {
        return new Event(articleId, subEventType, violenceType, triggers, evidence, date, l, actor1,
                assocActor1, actor2, assocActor2, fatalities, claims);
    }

    public Event withActors(Actor a1, List<Actor> assoc1, Actor a2, List<Actor> assoc2) {
        return new Event(articleId, subEventType, violenceType, triggers, evidence, date, location,
                a1, assoc1, a2, assoc2, fatalities, claims);
    }

    public Event withCasualties(Fatalities f, List<Claim> c) {
        return new Event(articleId, subEventType, violenceType, triggers, evidence, date, location,
                actor1, assocActor1, actor2, assocActor2, f, c);
    }

    /** Every distinct sentence of this and the other event, in text order. */
    public List<Span> mergedEvidence(Event other) {
        List<Span> all = new ArrayList<>(evidence);
        for (Span s : other.evidence) {
            if (!all.contains(s)) {
                all.add(s);
            }
        }
        all.sort(null);
        return all;
    }
}
