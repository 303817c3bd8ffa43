package org.sitrep.casualties;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.codebook.DatePrecision;
import org.sitrep.model.Doc;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.Token;

/**
 * Decides which event each death statement belongs to when an article reports several. A
 * statement can feed the events whose evidence or trigger is in its sentence; when several can,
 * the one whose trigger in that sentence is nearest the death word wins; when none has a
 * trigger there, the event that sentence first reports wins. A later sentence describing another
 * incident does not feed an event, even when the events stage merged its trigger in: one that
 * opens on a change of topic ("In other actions", "Elsewhere") or is dated before the event (or
 * before the date of its first sentence), or that hangs its deaths on a date of their own ("since
 * May 2010, when 110 were killed"). A statement in no event's sentences goes to an event it
 * evidently continues or introduces (see {@link #orphan}).
 */
final class MentionAssigner {

    private static final Pattern TOPIC_SHIFT = Pattern.compile(
            "^\\W*(in (an)?other|in a separate|separately|elsewhere|meanwhile|in another)\\b"
            // "Two other attacks in the province left three dead": a sentence counting other
            // incidents reports those, not the one before. A lone "Another blast ..." is left
            // alone: several blasts on one place and day are one event (codebook section 1).
            + "|^\\W*(two|three|four|five|six|seven|eight|nine|ten|several|\\d+) other (\\w+ )?"
            + "(attacks|bombings|blasts|explosions|strikes|raids|clashes|incidents|shootings|ambushes)\\b");
    /** "since May 10, 2010, when 110 people were killed": a date that a death clause hangs on. */
    private static final Pattern WHEN_CLAUSE = Pattern.compile("^,?\\s+when\\b");
    /**
     * A toll over many incidents ("a wave of attacks across the country killed 107"): in an
     * article that reports the incidents one by one it belongs to none of them.
     */
    private static final Pattern AGGREGATE = Pattern.compile(
            "\\b(wave|series|spate) of (\\w+ )?(attacks|bombings|blasts|explosions|strikes|raids|violence)\\b"
            + "|\\b(attacks|bombings|blasts|explosions|strikes|violence) (across|around|throughout) "
            + "|\\b\\d+ (different|separate|coordinated) (attacks|bombings|blasts|explosions|strikes)\\b");
    /** Determiners that take a noun up again ("the clash" after "clashes"). */
    private static final Set<String> DEFINITE = Set.of("the", "this", "that");
    /** Sentence openings that go on about what the sentence before told. */
    private static final Set<String> CONTINUING = Set.of("they", "he", "she", "it");
    private static final Pattern ISO_DAY = Pattern.compile("^(\\d{4})-(\\d{2})(?:-(\\d{2}))?");

    /**
     * For each event (same order), the statements it gets, in text order; events that may not
     * take deaths (eligible false) get none and do not compete for them.
     */
    List<List<DeathMention>> assign(Doc doc, List<Event> events, List<Boolean> eligible,
                                    List<DeathMention> mentions) {
        List<List<DeathMention>> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            out.add(new ArrayList<>());
        }
        for (DeathMention m : mentions) {
            for (int e : owners(doc, events, eligible, m)) {
                out.get(e).add(m);
            }
        }
        return out;
    }

    private static List<Integer> owners(Doc doc, List<Event> events, List<Boolean> eligible,
                                        DeathMention m) {
        List<Integer> holders = new ArrayList<>();
        if (events.size() > 1 && aggregate(doc, m)) {
            return holders;
        }
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            boolean triggered = distance(e, m) < Integer.MAX_VALUE;
            if (eligible.get(i) && (triggered || covers(e.evidence(), m.evidence()))
                    && !aboutAnotherIncident(doc, e, m)) {
                holders.add(i);
            }
        }
        if (holders.isEmpty()) {
            return orphan(doc, events, eligible, m);
        }
        if (holders.size() == 1) {
            return holders;
        }
        List<Integer> nearest = new ArrayList<>();
        int best = Integer.MAX_VALUE;
        for (int i : holders) {
            int d = distance(events.get(i), m);
            if (d < best) {
                best = d;
                nearest.clear();
            }
            if (d == best) {
                nearest.add(i);
            }
        }
        if (best < Integer.MAX_VALUE) {
            return nearest;
        }
        List<Integer> anchored = new ArrayList<>();
        for (int i : holders) {
            if (events.get(i).anchor().overlaps(m.evidence())) {
                anchored.add(i);
            }
        }
        return anchored.isEmpty() ? holders : anchored;
    }

    /**
     * A statement in no event's evidence that still tells of one of them: the sentence just
     * before an event's first sentence, when that one takes its incident up again by the same
     * word ("one guerrilla was killed in clashes. ... the clash took place near X"), or a
     * sentence going on about the only event of the sentence before through a pronoun ("They
     * were killed along with 12 others"), unless it turns to another incident.
     */
    private static List<Integer> orphan(Doc doc, List<Event> events, List<Boolean> eligible,
                                        DeathMention m) {
        Set<String> lemmas = new HashSet<>();
        for (Token t : doc.sentence(m.sentence()).tokens()) {
            lemmas.add(t.lemma().toLowerCase(Locale.ROOT));
        }
        for (int i = 0; i < events.size(); i++) {
            Sentence anchor = doc.sentenceAt(events.get(i).anchor().start());
            if (eligible.get(i) && anchor != null && anchor.index() == m.sentence() + 1
                    && definiteTriggerLemmas(anchor, events.get(i)).stream().anyMatch(lemmas::contains)) {
                return List.of(i);
            }
        }
        List<Token> tokens = doc.sentence(m.sentence()).tokens();
        if (m.sentence() == 0 || tokens.isEmpty()
                || !CONTINUING.contains(tokens.get(0).word().toLowerCase(Locale.ROOT))) {
            return List.of();
        }
        Span before = doc.sentence(m.sentence() - 1).span();
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            if (eligible.get(i) && covers(events.get(i).evidence(), before)
                    && !aboutAnotherIncident(doc, events.get(i), m)) {
                out.add(i);
            }
        }
        return out.size() == 1 ? out : List.of();
    }

    /**
     * The nouns of the event's triggers in the sentence that are taken up with a definite article
     * ("the clash"): a word that refers back. "Nine bomb blasts" in the next sentence is a new
     * incident, not the one just told.
     */
    private static Set<String> definiteTriggerLemmas(Sentence s, Event e) {
        Set<String> out = new HashSet<>();
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isNoun() || e.triggers().stream().noneMatch(tr -> tr.overlaps(t.span()))) {
                continue;
            }
            int j = i - 1;
            while (j >= 0 && (tokens.get(j).pos().startsWith("JJ") || tokens.get(j).pos().startsWith("NN"))) {
                j--;
            }
            if (j >= 0 && DEFINITE.contains(tokens.get(j).word().toLowerCase(Locale.ROOT))) {
                out.add(t.lemma().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** Whether the statement's subject sums up several incidents, read up to its death word. */
    private static boolean aggregate(Doc doc, DeathMention m) {
        int end = Math.max(m.evidence().start(), Math.min(m.predicate().start(), m.evidence().end()));
        String before = doc.text(new Span(m.evidence().start(), end));
        return AGGREGATE.matcher(before.toLowerCase(Locale.ROOT)).find();
    }

    /** A later evidence sentence that turns to another incident. */
    private static boolean aboutAnotherIncident(Doc doc, Event e, DeathMention m) {
        if (e.anchor().overlaps(m.evidence())) {
            return false;
        }
        String text = doc.text(m.evidence()).toLowerCase(Locale.ROOT);
        if (TOPIC_SHIFT.matcher(text).find()) {
            return true;
        }
        EventDate date = e.date();
        if (date == null || date.date() == null) {
            date = anchorDate(doc, e);
        }
        TimeExpression own = whenClauseDate(doc, m);
        if (own != null) {
            // the deaths carry their own date: another incident unless it is the event's day
            // (or, for an event without a date, the date its first sentence gives)
            if (date == null || own.value() == null || !ISO_DAY.matcher(own.value()).find()) {
                return !anchorHasTime(doc, e, own.value());
            }
            return conflicts(date, own.value());
        }
        if (date == null) {
            return false;
        }
        for (TimeExpression t : doc.timesIn(m.sentence())) {
            if (t.value() != null && "DATE".equals(t.timexType()) && conflicts(date, t.value())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The date expression a death clause of the sentence is hung on ("in June when at least 282
     * people were killed"), or null: the date is followed by "when" and the death word comes
     * after it.
     */
    private static TimeExpression whenClauseDate(Doc doc, DeathMention m) {
        for (TimeExpression t : doc.timesIn(m.sentence())) {
            if (!"DATE".equals(t.timexType()) || t.span().end() > m.predicate().start()) {
                continue;
            }
            String after = doc.text(new Span(t.span().end(), m.predicate().start()));
            if (WHEN_CLAUSE.matcher(after).find()) {
                return t;
            }
        }
        return null;
    }

    private static boolean anchorHasTime(Doc doc, Event e, String value) {
        Sentence anchor = doc.sentenceAt(e.anchor().start());
        if (anchor == null || value == null) {
            return false;
        }
        return doc.timesIn(anchor.index()).stream().anyMatch(t -> value.equals(t.value()));
    }

    /** For an event not dated by the dates stage: the first full date in its anchor sentence. */
    private static EventDate anchorDate(Doc doc, Event e) {
        Sentence anchor = doc.sentenceAt(e.anchor().start());
        if (anchor == null) {
            return null;
        }
        for (TimeExpression t : doc.timesIn(anchor.index())) {
            Matcher mt = t.value() == null ? null : ISO_DAY.matcher(t.value());
            if (mt != null && mt.find() && Integer.parseInt(mt.group(2)) >= 1
                    && Integer.parseInt(mt.group(2)) <= 12) {
                int day = mt.group(3) == null ? 1 : Integer.parseInt(mt.group(3));
                try {
                    return new EventDate(LocalDate.of(Integer.parseInt(mt.group(1)),
                            Integer.parseInt(mt.group(2)), day),
                            mt.group(3) == null ? DatePrecision.MONTH : DatePrecision.DAY, t.span(),
                            "anchor sentence");
                } catch (java.time.DateTimeException invalid) {
                    return null;
                }
            }
        }
        return null;
    }

    /**
     * Whether a TIMEX3 value names a time before the event: an earlier month, or an earlier day
     * (by more than one). Later dates are left alone, as they usually date the reporting or a
     * toll update ("by Wednesday the toll had risen to 30").
     */
    static boolean conflicts(EventDate date, String value) {
        Matcher mt = ISO_DAY.matcher(value);
        if (!mt.find()) {
            return false;
        }
        LocalDate d = date.date();
        int year = Integer.parseInt(mt.group(1));
        int month = Integer.parseInt(mt.group(2));
        if (month < 1 || month > 12) {
            return false;
        }
        LocalDate monthStart = LocalDate.of(year, month, 1);
        if (monthStart.isBefore(d.withDayOfMonth(1))) {
            return true;
        }
        if (mt.group(3) == null || date.precision() != DatePrecision.DAY || !monthStart.equals(d.withDayOfMonth(1))) {
            return false;
        }
        int day = Integer.parseInt(mt.group(3));
        return day < d.getDayOfMonth() - 1;
    }

    private static boolean covers(List<Span> evidence, Span sentence) {
        for (Span s : evidence) {
            if (s.overlaps(sentence)) {
                return true;
            }
        }
        return false;
    }

    private static int distance(Event e, DeathMention m) {
        int best = Integer.MAX_VALUE;
        for (Span t : e.triggers()) {
            if (m.evidence().contains(t)) {
                best = Math.min(best, Math.abs(t.start() - m.predicate().start()));
            }
        }
        return best;
    }
}
