package org.sitrep.time;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.codebook.DatePrecision;
import org.sitrep.model.Doc;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;

/**
 * Ties one incident to its own time expression: first in the sentence that first reports it,
 * the expression nearest its trigger in the dependency tree; then its other evidence sentences;
 * then the report's date. An expression that hangs on another incident's trigger belongs to that
 * incident ("the attack follows a clash in July": July dates the clash, not the attack).
 */
public final class TimeLinker {

    /** Relations by which a date names another thing: "the October 7 attacks", "last year's vote". */
    private static final Set<String> NAMING = Set.of("compound", "amod", "nmod:poss", "nummod");

    /** {@link ResolvedDate#rule()}s of dates read from month names and holidays. */
    private static final Set<String> CALENDAR_RULES = Set.of("month-name", "last-month-name", "holiday",
            "tagger-month");

    private final DefaultDating defaults;

    public TimeLinker(DefaultDating defaults) {
        this.defaults = defaults;
    }

    /** The event's date, or null when the report gives none we may use (no publication date). */
    public EventDate find(Doc doc, ReportTimes times, Event event, List<Event> all) {
        List<Span> evidence = event.evidence();
        for (int i = 0; i < evidence.size(); i++) {
            Sentence s = doc.sentenceAt(evidence.get(i).start());
            if (s == null) {
                continue;
            }
            TimeCandidate best = best(s, times, event, all, i == 0);
            if (best != null) {
                TimeCandidate finer = finerInEvidence(times, event, best);
                TimeCandidate use = finer != null ? finer : best;
                String where = finer != null ? "evidence-within:" : i == 0 ? "own-sentence:" : "evidence:";
                ResolvedDate date = use.date();
                if (SmallHours.isNight(date) && inSmallHours(doc, event)) {
                    date = SmallHours.morningAfter(date);
                }
                return new EventDate(date.date(), date.precision(), use.span(), where + date.rule());
            }
        }
        return defaults.date(doc, times, event);
    }

    private static boolean inSmallHours(Doc doc, Event event) {
        for (Span ev : event.evidence()) {
            if (SmallHours.mentionedIn(doc.text(ev))) {
                return true;
            }
        }
        return false;
    }

    private TimeCandidate best(Sentence s, ReportTimes times, Event event, List<Event> all, boolean anchor) {
        DependencyPaths paths = new DependencyPaths(s);
        List<Integer> mentioned = anchor ? triggerTokens(s, event.triggers()) : List.of();
        List<Integer> own = highest(mentioned, paths);
        if (own.isEmpty()) {
            own = List.of(paths.root());
        }
        Set<Integer> others = otherTriggers(s, event, all, own);
        for (int t : mentioned) {
            // a mention beside the main one, not inside it, dates itself: "in response to an
            // attack the previous day, the air force bombs ..."
            // ("killed in drone strikes on Sunday" is one: "strikes" hangs on "killed" itself)
            if (!own.contains(t) && !own.contains(paths.parent(t))) {
                others.add(t);
            }
        }
        TimeCandidate best = null;
        int bestKey = Integer.MAX_VALUE;
        // the event's own words, which a date may name: "an overnight raid" that "killed six"
        Set<Integer> named = new HashSet<>(own);
        named.addAll(mentioned);
        named.removeAll(others);
        Set<Integer> ownOnly = Set.copyOf(own);
        for (TimeCandidate c : times.candidates()) {
            // a calendar date naming an incident is its name, whatever trigger the incident was
            // merged with: "the October 7, 2023, attacks" in a report of a later strike
            Set<Integer> nameable = isCalendarDate(c) ? ownOnly : named;
            if (c.sentence() != s.index() || overlapsAny(c.span(), event.triggers()) || c.head() < 0
                    || c.names() >= 0 && !nameable.contains(c.names())) {
                continue;
            }
            for (int t : own) {
                List<Integer> path = paths.path(c.head(), t);
                if (path.isEmpty() || !belongs(path, paths, others, nameable, isAdverbial(s, c))) {
                    continue;
                }
                // an expression inside the trigger's own phrase beats one on a governing clause
                int key = (path.get(path.size() - 1) == t && isBelow(path, paths, t) ? 0 : 1000) + path.size();
                if (key < bestKey) {
                    best = c;
                    bestKey = key;
                }
            }
        }
        return best;
    }

    /**
     * Whether the expression at the start of the path may date the incident at its end: not when
     * it names another thing, hangs on another incident's trigger, sits in a relative clause
     * describing a participant, or dates the report that the trigger's clause is reported in.
     */
    private static boolean belongs(List<Integer> path, DependencyPaths paths, Set<Integer> others,
                                   Set<Integer> own, boolean adverbial) {
        int time = path.get(0);
        int lca = lowestCommon(path, paths);
        if (lca == time && path.size() > 1 && paths.parent(time) >= 0) {
            // a date never governs its incident: "on March 18, four days before the attacks"
            // (the parser does make a date the root of "a bomb was on Monday rammed into")
            return false;
        }
        for (int k = 1; k < path.size(); k++) {
            if (others.contains(path.get(k))) {
                return false;
            }
        }
        if (!adverbial && NAMING.contains(paths.relation(time)) && !own.contains(paths.parent(time))) {
            return false;
        }
        for (int k = 0; k < path.size() && path.get(k) != lca; k++) {
            // "the bombings that killed two last Tuesday" is the trigger's own clause
            if (paths.relation(path.get(k)).equals("acl:relcl") && !own.contains(paths.parent(path.get(k)))) {
                return false;
            }
        }
        for (int k = path.size() - 1; k >= 0 && path.get(k) != lca; k--) {
            String r = paths.relation(path.get(k));
            if (r.equals("ccomp") || r.equals("parataxis")) {
                return false;
            }
        }
        return true;
    }

    /** A date with a month name or digits, as against "overnight", "Sunday's", "last week's". */
    private static boolean isCalendarDate(TimeCandidate c) {
        return CALENDAR_RULES.contains(c.date().rule()) || c.text().chars().anyMatch(Character::isDigit);
    }

    /**
     * "On Friday rebels attacked": after a preposition a date is adverbial whatever noun the
     * parser hung it on.
     */
    private static boolean isAdverbial(Sentence s, TimeCandidate c) {
        int first = s.tokenAt(c.span());
        return first >= 0 && s.tokens().get(first).pos().equals("IN")
                || first >= 1 && s.tokens().get(first - 1).pos().equals("IN");
    }

    /** The highest token on the path: where it turns from going up to going down. */
    private static int lowestCommon(List<Integer> path, DependencyPaths paths) {
        for (int k = 0; k + 1 < path.size(); k++) {
            if (paths.parent(path.get(k)) != path.get(k + 1)) {
                return path.get(k);
            }
        }
        return path.get(path.size() - 1);
    }

    /** Whether the path reaches the trigger from below, i.e. the expression is in its subtree. */
    private static boolean isBelow(List<Integer> path, DependencyPaths paths, int trigger) {
        return lowestCommon(path, paths) == trigger;
    }

    /**
     * A coarse date ("last week") gives way to a day within it stated in another evidence
     * sentence ("the intrusion occurred on 10 November").
     */
    private static TimeCandidate finerInEvidence(ReportTimes times, Event event, TimeCandidate coarse) {
        DatePrecision p = coarse.date().precision();
        if (p == DatePrecision.DAY) {
            return null;
        }
        var start = coarse.date().date();
        var end = switch (p) {
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            default -> start.plusYears(1);
        };
        for (Span ev : event.evidence()) {
            for (TimeCandidate c : times.candidates()) {
                if (ev.contains(c.span()) && c.date().precision() == DatePrecision.DAY
                        && !c.date().date().isBefore(start) && c.date().date().isBefore(end)) {
                    return c;
                }
            }
        }
        return null;
    }

    /**
     * Of several triggers in one sentence, those nearest the root: the main clause reports the
     * incident, a subordinate one ("in response to an attack the previous day") its background.
     */
    private static List<Integer> highest(List<Integer> triggers, DependencyPaths paths) {
        int min = Integer.MAX_VALUE;
        for (int t : triggers) {
            min = Math.min(min, paths.ancestors(t).size());
        }
        List<Integer> out = new ArrayList<>();
        for (int t : triggers) {
            if (paths.ancestors(t).size() == min) {
                out.add(t);
            }
        }
        return out;
    }

    /** The head token of each trigger in the sentence: "attack" of "drone attack". */
    private static List<Integer> triggerTokens(Sentence s, List<Span> triggers) {
        List<Integer> out = new ArrayList<>();
        DependencyPaths paths = new DependencyPaths(s);
        for (Span t : triggers) {
            if (s.span().overlaps(t)) {
                int i = DependencyPaths.headOf(s, t, paths);
                if (i >= 0 && !out.contains(i)) {
                    out.add(i);
                }
            }
        }
        return out;
    }

    /** Trigger tokens of the other incidents reported in this sentence, less those we share. */
    private static Set<Integer> otherTriggers(Sentence s, Event event, List<Event> all, List<Integer> own) {
        Set<Integer> out = new HashSet<>();
        for (Event e : all) {
            if (e == event || e.triggers().equals(event.triggers())) {
                continue;
            }
            out.addAll(triggerTokens(s, e.triggers()));
        }
        out.removeAll(own);
        return out;
    }

    private static boolean overlapsAny(Span span, List<Span> spans) {
        for (Span s : spans) {
            if (s.overlaps(span)) {
                return true;
            }
        }
        return false;
    }
}
