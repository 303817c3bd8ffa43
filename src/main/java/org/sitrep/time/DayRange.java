package org.sitrep.time;

import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;
import org.sitrep.codebook.DatePrecision;
import org.sitrep.model.Doc;
import org.sitrep.model.Span;

/**
 * Two days read as one span: "between Sunday and Tuesday", "from 3 May to 5 May". The tagger
 * reads each day alone, and the first alone would claim a precision the report does not have;
 * the codebook codes a span of days as its first day at week precision (a month for longer).
 */
final class DayRange {

    private static final Pattern OPENING = Pattern.compile("(?i)(?:\\bbetween|\\bfrom)\\s+(?:the\\s+)?$");
    /** The opening word inside the tagger's expression: "between Sunday". */
    private static final Pattern OPENED = Pattern.compile("(?i)(?:between|from)\\s");
    private static final Pattern JOINER = Pattern.compile("(?i)\\s*(?:and|to|through|-|\u2013)\\s*(?:the\\s+)?");
    /** How much text before the first day is searched for the opening word. */
    private static final int OPENING_REACH = 24;
    private static final int MAX_WEEK_DAYS = 7;

    private DayRange() {
    }

    /** The span from {@code first} to {@code second}, or null when the text does not join them. */
    static TimeCandidate join(Doc doc, TimeCandidate first, TimeCandidate second) {
        ResolvedDate from = first.date();
        ResolvedDate to = second.date();
        if (first.sentence() != second.sentence() || from.precision() != DatePrecision.DAY
                || to.precision() != DatePrecision.DAY || !to.date().isAfter(from.date())
                || !JOINER.matcher(doc.text().substring(first.span().end(), second.span().start())).matches()) {
            return null;
        }
        int reach = Math.max(0, first.span().start() - OPENING_REACH);
        if (!OPENING.matcher(doc.text().substring(reach, first.span().start())).find()
                && !OPENED.matcher(first.text()).lookingAt()) {
            return null;
        }
        long days = ChronoUnit.DAYS.between(from.date(), to.date());
        DatePrecision p = days < MAX_WEEK_DAYS ? DatePrecision.WEEK
                : from.date().getMonth() == to.date().getMonth() && from.date().getYear() == to.date().getYear()
                ? DatePrecision.MONTH : null;
        if (p == null) {
            return null;
        }
        ResolvedDate span = new ResolvedDate(p == DatePrecision.MONTH ? from.date().withDayOfMonth(1) : from.date(),
                p, "range:" + from.rule());
        return new TimeCandidate(new Span(first.span().start(), second.span().end()),
                doc.text(new Span(first.span().start(), second.span().end())), first.sentence(), first.head(),
                first.names(), span);
    }
}
