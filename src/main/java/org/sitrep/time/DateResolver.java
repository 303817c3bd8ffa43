package org.sitrep.time;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.codebook.DatePrecision;

/**
 * Reads one time expression against the publication date (codebook section 3). Pure: the same
 * text, tagger value and dates always give the same answer. The text is read first, because the
 * tagger's own resolution goes wrong on weekdays near the publication date and on dates across
 * year boundaries; its value is the fallback.
 *
 * <p>Nothing after the publication date is returned: such an expression names a plan. Without a
 * publication date only dates stated with their year are returned (codebook: never invent a year).
 */
public final class DateResolver {

    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}).*");
    private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern ISO_WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    /** A day of the month as an ordinal, "14th", its number the first group. */
    static final String DAY_ORDINAL = "([1-9]|[12]\\d|3[01])(?:st|nd|rd|th)";
    /** A day of the month written alone: "the 14th", "on the 3rd". */
    private static final Pattern ORDINAL_DAY = Pattern.compile("(?i)(?:on\\s+)?(?:the\\s+)?" + DAY_ORDINAL);

    private final CalendarReader calendar;
    private final RelativeReader relative;

    public DateResolver(TimeLexicon lexicon) {
        this.calendar = new CalendarReader(lexicon);
        this.relative = new RelativeReader(lexicon);
    }

    /**
     * @param text      the expression as written ("on Sunday", "12 March 2024")
     * @param value     the tagger's TIMEX3 value, or null
     * @param published the publication date, or null
     * @param context   the date of the expression read just before this one in the text, or null;
     *                  "three days later" counts from it
     */
    public Optional<ResolvedDate> resolve(String text, String value, LocalDate published, LocalDate context) {
        ExpressionWords w = ExpressionWords.of(text);
        Reading r = calendar.read(w, published);
        if (!r.recognised() && published != null) {
            r = relative.read(w, published, context);
        }
        if (!r.recognised() && published != null) {
            r = ordinalDay(text, published);
        }
        Optional<ResolvedDate> d = r.recognised() ? r.toOptional() : fromValue(value, text, published);
        if (d.isPresent() && published != null && d.get().date().isAfter(published)) {
            return Optional.empty();
        }
        return d;
    }

    /**
     * "on the 14th": a day of the month the report is in, or of the month before when that day is
     * yet to come (a month that lacks the day is skipped: "the 31st" read on 2 May is 31 March).
     */
    private static Reading ordinalDay(String text, LocalDate published) {
        Matcher m = ORDINAL_DAY.matcher(text);
        if (!m.matches()) {
            return Reading.UNKNOWN;
        }
        int day = Integer.parseInt(m.group(1));
        for (int back = 0; back <= 2; back++) {
            LocalDate month = published.withDayOfMonth(1).minusMonths(back);
            LocalDate d = CalendarMath.date(month.getYear(), month.getMonthValue(), day);
            if (d != null && !d.isAfter(published)) {
                return Reading.of(new ResolvedDate(d, DatePrecision.DAY, "ordinal-day"));
            }
        }
        return Reading.REJECTED;
    }

    /** The tagger's value, for expressions the text readers do not know ("dawn", "the day"). */
    private Optional<ResolvedDate> fromValue(String value, String text, LocalDate published) {
        if (value == null) {
            return Optional.empty();
        }
        if (value.equals("PRESENT_REF")) {
            return published == null ? Optional.empty()
                    : Optional.of(new ResolvedDate(published, DatePrecision.DAY, "present"));
        }
        Matcher m = ISO_DAY.matcher(value);
        if (m.matches()) {
            LocalDate d = CalendarMath.date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            // without digits the tagger has only guessed a day for "dawn" or "the evening"
            if (d == null || !text.chars().anyMatch(Character::isDigit)
                    || published == null && !text.contains(m.group(1))) {
                return Optional.empty();
            }
            return Optional.of(new ResolvedDate(d, DatePrecision.DAY, "tagger-day"));
        }
        if (published == null) {
            return Optional.empty();
        }
        m = ISO_WEEK.matcher(value);
        if (m.matches()) {
            LocalDate d = CalendarMath.isoWeek(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            return d == null ? Optional.empty() : Optional.of(new ResolvedDate(d, DatePrecision.WEEK, "tagger-week"));
        }
        m = ISO_MONTH.matcher(value);
        if (m.matches()) {
            LocalDate d = CalendarMath.date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
            return d == null ? Optional.empty() : Optional.of(new ResolvedDate(d, DatePrecision.MONTH, "tagger-month"));
        }
        if (YEAR.matcher(value).matches()) {
            return Optional.of(new ResolvedDate(LocalDate.of(Integer.parseInt(value), 1, 1), DatePrecision.YEAR,
                    "tagger-year"));
        }
        return Optional.empty();
    }
}
