package org.sitrep.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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
import org.sitrep.time.TimeLexicon.Entry;
import org.sitrep.time.TimeLexicon.Kind;

/**
 * The date of an incident whose own sentences give no time, following what the coders of the
 * development set did:
 * <ol>
 * <li>a narrative carries its date on: an incident told right after a dated one, in the same
 *     paragraph, took place then ("Tamerlan was killed during the getaway" after "three days
 *     later");</li>
 * <li>"two days of clashes", "within 72 hours": a span of days ending at publication, at week
 *     precision from its first day;</li>
 * <li>"in recent military operations", in its sentence or the report's lead: the publication
 *     date at the cue's precision (month);</li>
 * <li>otherwise the report's own date (publication, else a dated dateline) at day precision: a
 *     one-line summary reports the day's news (74 of 81 such incidents in the development set
 *     were coded that day), and a wire report's undated incident lies within the coders' week
 *     before it;</li>
 * <li>null without a report date (codebook section 3: never invented).</li>
 * </ol>
 */
public final class DefaultDating {

    /** How many sentences back a date still carries on to an undated incident. */
    static final int CARRY_SENTENCES = 1;
    /** Longer spans are background ("for three years"), not the incident's own span. */
    static final int MAX_SPAN_DAYS = 7;

    private static final Pattern SPAN_VALUE = Pattern.compile("P(?:(\\d+)D|T(\\d+)H)");

    private final TimeLexicon lexicon;

    public DefaultDating(TimeLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public EventDate date(Doc doc, ReportTimes times, Event event) {
        Sentence anchor = event.evidence().isEmpty() ? null : doc.sentenceAt(event.anchor().start());
        if (anchor != null) {
            EventDate carried = carriedOn(doc, times, anchor);
            if (carried != null) {
                return carried;
            }
        }
        LocalDate ref = times.reference();
        if (ref == null) {
            return null;
        }
        if (anchor != null) {
            EventDate span = spanOfDays(doc, anchor, ref);
            if (span != null) {
                return span;
            }
            // a lead such as "In recent military operations, ..." frames the incidents after it
            EventDate vague = vague(doc, anchor, ref);
            if (vague == null && !doc.sentences().isEmpty() && !isDated(times, 0)) {
                vague = vague(doc, doc.sentence(0), ref);
            }
            if (vague != null) {
                return vague;
            }
        }
        boolean fromDateline = !ref.equals(doc.article().published());
        return new EventDate(ref, DatePrecision.DAY, fromDateline ? times.dateline().span() : null,
                fromDateline ? "undated:dateline" : "undated:publication");
    }

    private static EventDate carriedOn(Doc doc, ReportTimes times, Sentence anchor) {
        TimeCandidate carried = null;
        for (TimeCandidate c : times.candidates()) {
            if (c.sentence() < anchor.index() && anchor.index() - c.sentence() <= CARRY_SENTENCES
                    && c.date().precision() != DatePrecision.MONTH
                    && !doc.text().substring(c.span().end(), anchor.span().start()).contains("\n\n")) {
                carried = c;
            }
        }
        return carried == null ? null : new EventDate(carried.date().date(), carried.date().precision(),
                carried.span(), "undated:carried-on:" + carried.date().rule());
    }

    private static boolean isDated(ReportTimes times, int sentence) {
        return times.candidates().stream().anyMatch(c -> c.sentence() == sentence);
    }

    private static EventDate spanOfDays(Doc doc, Sentence anchor, LocalDate ref) {
        for (TimeExpression t : doc.timesIn(anchor.index())) {
            Matcher m = t.value() == null ? null : SPAN_VALUE.matcher(t.value());
            if (m == null || !t.timexType().equals("DURATION") || !m.matches()) {
                continue;
            }
            int days = m.group(1) != null ? Integer.parseInt(m.group(1))
                    : (Integer.parseInt(m.group(2)) + 23) / 24;
            if (days >= 1 && days <= MAX_SPAN_DAYS) {
                return new EventDate(ref.minusDays(days), DatePrecision.WEEK, t.span(), "undated:span-of-days");
            }
        }
        return null;
    }

    private EventDate vague(Doc doc, Sentence anchor, LocalDate ref) {
        List<Token> toks = anchor.tokens();
        for (int i = 0; i < toks.size(); i++) {
            for (int j = Math.min(toks.size(), i + lexicon.longestPhrase()); j > i; j--) {
                StringBuilder b = new StringBuilder();
                for (int k = i; k < j; k++) {
                    b.append(k > i ? " " : "").append(toks.get(k).word().toLowerCase(Locale.ROOT));
                }
                Entry e = lexicon.get(b.toString(), Kind.VAGUE);
                // "the recently built tower" dates the tower, not the incident
                boolean modifiesWord = j < toks.size() && toks.get(j - 1).pos().equals("RB")
                        && (toks.get(j).pos().equals("VBN")
                        || toks.get(j).pos().startsWith("JJ"));
                if (e != null && !modifiesWord) {
                    LocalDate d = switch (e.precision()) {
                        case MONTH -> ref.withDayOfMonth(1);
                        case WEEK -> ref.minusDays(MAX_SPAN_DAYS - 1);
                        default -> ref;
                    };
                    Span span = new Span(toks.get(i).span().start(), toks.get(j - 1).span().end());
                    return new EventDate(d, e.precision(), span, "undated:vague:" + e.phrase().replace(' ', '-'));
                }
            }
        }
        return null;
    }
}
