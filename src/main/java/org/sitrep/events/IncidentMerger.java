package org.sitrep.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.sitrep.codebook.EventType;
import org.sitrep.codebook.SubEventType;
import org.sitrep.model.Span;

/**
 * Groups incident mentions into events (codebook: one event per place, date, type and pair of
 * sides). A mention joins the most recent event it is compatible with: same event type (or a
 * bare killing beside a specific attack), no other stated date, and no new place unless it
 * points back with a definite noun ("the clash took place near X"). Being conservative here
 * matters: splitting one incident into several costs precision.
 */
final class IncidentMerger {

    /** An event under construction. */
    static final class Draft {
        SubEventType type;
        boolean weak;
        String rule;
        String dateValue;
        final Set<String> places = new HashSet<>();
        /** Places attached to its triggers, per sentence index. */
        final Map<Integer, Set<String>> ownPlaces = new HashMap<>();
        /**
         * Per sentence index, whether its mentions there (other than bare tolls) are placed
         * relative to the rest of the sentence.
         */
        final Map<Integer, Set<Boolean>> relative = new HashMap<>();
        final List<Span> triggers = new ArrayList<>();
        final List<Span> sentences = new ArrayList<>();
        final List<Integer> sentenceIndices = new ArrayList<>();

        Draft(Candidate c) {
            type = c.type();
            weak = c.weak();
            rule = c.rule();
            dateValue = c.dateValue();
            add(c);
        }

        void add(Candidate c) {
            places.addAll(c.places());
            ownPlaces.computeIfAbsent(c.sentence(), k -> new HashSet<>()).addAll(c.ownPlaces());
            if (!c.outcome()) {
                relative.computeIfAbsent(c.sentence(), k -> new HashSet<>()).add(c.relative());
            }
            if (!triggers.contains(c.trigger())) {
                triggers.add(c.trigger());
            }
            if (!sentences.contains(c.sentenceSpan())) {
                sentences.add(c.sentenceSpan());
                sentenceIndices.add(c.sentence());
            }
            if (dateValue == null) {
                dateValue = c.dateValue();
            }
        }
    }

    /** The outcome for one candidate: the draft it went to and whether that draft is new. */
    record Placement(Draft draft, boolean created, String reason) {
    }

    private final Predicate<String> notSeparating;

    /**
     * @param notSeparating tells place names too coarse (countries) or too fine (sites inside a
     *                      town) to make a mention a separate incident
     */
    IncidentMerger(Predicate<String> notSeparating) {
        this.notSeparating = notSeparating;
    }

    Placement place(List<Draft> drafts, Candidate c) {
        String whyNot = "first mention";
        for (int i = drafts.size() - 1; i >= 0; i--) {
            Draft d = drafts.get(i);
            String conflict = conflict(d, c);
            if (conflict == null) {
                boolean sameSentence = d.sentences.contains(c.sentenceSpan());
                // a later bare killing ("police shot the attacker dead") does not retype the
                // incident; a named means ("the blast was a suicide bombing") does
                if (TypePriority.stronger(c.type(), d.type) && (sameSentence || !c.weak())
                        && (sameSentence || c.type().eventType() == d.type.eventType() || d.weak)) {
                    d.type = c.type();
                    d.weak = c.weak();
                    d.rule = c.rule();
                }
                d.add(c);
                return new Placement(d, false, "same incident as event " + (i + 1));
            }
            if (i == drafts.size() - 1) {
                whyNot = conflict;
            }
        }
        Draft d = new Draft(c);
        drafts.add(d);
        return new Placement(d, true, whyNot);
    }

    private String conflict(Draft d, Candidate c) {
        boolean sameSentence = d.sentences.contains(c.sentenceSpan());
        if (!DateValues.compatible(c.dateValue(), d.dateValue)) {
            return "own date " + c.dateValue() + " differs from " + d.dateValue;
        }
        if (sameSentence && !c.outcome() && d.relative.containsKey(c.sentence())
                && !d.relative.get(c.sentence()).contains(c.relative())) {
            // "arrested on Friday, four days before attacks on the airport": one incident is
            // placed in time against the other
            return "one of two incidents placed before or after the other in the sentence";
        }
        if (sameSentence && separatePlaces(d.ownPlaces.get(c.sentence()), c.ownPlaces())) {
            return "another place in the same sentence " + c.ownPlaces();
        }
        if (!compatibleTypes(d, c, sameSentence)) {
            return "type " + c.type().label() + " differs from " + d.type.label();
        }
        if (!sameSentence && !c.backReference() && !coarse(d)) {
            for (String p : c.separatingPlaces()) {
                if (!d.places.contains(p) && !notSeparating.test(p) && !mentionedIn(p, d)) {
                    return "new place '" + p + "'";
                }
            }
        }
        return null;
    }

    /**
     * Same sub-type, or same type outside strategic developments (whose sub-types are different
     * happenings: an arrest is not a looting); a bare killing joins an explosion or an attack
     * it follows ("a bomb went off ... three were killed"), and vice versa.
     */
    private static boolean compatibleTypes(Draft d, Candidate c, boolean sameSentence) {
        if (c.type() == d.type) {
            return true;
        }
        if (c.type() == SubEventType.LOOTING_PROPERTY_DESTRUCTION
                && (TypePriority.violent(d.type) || d.type.eventType() == EventType.RIOTS)) {
            // "the prison is then set ablaze": damage done in the course of the incident
            return true;
        }
        if (c.type() == SubEventType.ARRESTS && (TypePriority.violent(d.type)
                || d.type.eventType() == EventType.RIOTS)) {
            // "a man was arrested" after an attack, "twenty were arrested" after a riot: the
            // aftermath, not a separate development
            return true;
        }
        if (c.type().eventType() == d.type.eventType()
                && c.type().eventType() != EventType.STRATEGIC_DEVELOPMENTS) {
            return true;
        }
        boolean explosive = c.type().eventType() == EventType.EXPLOSIONS_REMOTE_VIOLENCE
                || d.type.eventType() == EventType.EXPLOSIONS_REMOTE_VIOLENCE;
        boolean violent = TypePriority.violent(c.type()) && TypePriority.violent(d.type);
        if (violent && (explosive && (c.weak() || d.weak) || c.weak() && d.weak)) {
            return true;
        }
        // one sentence reports one incident: its other triggers are cues of the same one
        return sameSentence;
    }

    /** Two triggers of one sentence each tied to places, none shared: two incidents. */
    private static boolean separatePlaces(Set<String> a, Set<String> b) {
        if (a == null || a.isEmpty() || b.isEmpty()) {
            return false;
        }
        for (String x : a) {
            for (String y : b) {
                if (x.contains(y) || y.contains(x)) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean coarse(Draft d) {
        for (String p : d.places) {
            if (!notSeparating.test(p)) {
                return false;
            }
        }
        return true;
    }

    private static boolean mentionedIn(String place, Draft d) {
        for (String p : d.places) {
            if (p.contains(place) || place.contains(p)) {
                return true;
            }
        }
        return false;
    }
}
