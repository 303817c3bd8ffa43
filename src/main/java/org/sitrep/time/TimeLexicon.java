package org.sitrep.time;

import java.io.InputStream;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.codebook.DatePrecision;
import org.sitrep.data.TsvTable;

/**
 * The calendar words and relative time phrases of {@code time-lexicon.tsv}. Immutable; load it
 * once and share it.
 */
public final class TimeLexicon {

    static final String RESOURCE = "time-lexicon.tsv";

    /** What a phrase means; see the header of the data file. */
    public enum Kind {
        MONTH, WEEKDAY, HOLIDAY, NUMBER, DAY, WEEK, WEEKEND, MONTH_REL, CONTEXT, MODIFIER, VAGUE, BACKGROUND;

        static Kind parse(String s) {
            return Kind.valueOf(s.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    /** One row: {@code number} holds numeric values, {@code word} the modifier value. */
    public record Entry(String phrase, Kind kind, int number, String word, DatePrecision precision) {
    }

    private static final Set<String> MODIFIERS = Set.of("last", "next", "this");

    private final Map<String, Entry> entries;
    private final int longestPhrase;

    private TimeLexicon(Map<String, Entry> entries) {
        this.entries = Collections.unmodifiableMap(entries);
        int longest = 1;
        for (String p : entries.keySet()) {
            longest = Math.max(longest, p.split(" ").length);
        }
        this.longestPhrase = longest;
    }

    public static TimeLexicon load() {
        return of(TsvTable.resource(TimeLexicon.class, RESOURCE, 3, 4));
    }

    /** Parses a table from a stream; {@code source} names the file in error messages. */
    static TimeLexicon read(InputStream in, String source) {
        return of(TsvTable.read(in, source, 3, 4));
    }

    private static TimeLexicon of(List<TsvTable.Row> rows) {
        Map<String, Entry> map = new HashMap<>();
        for (TsvTable.Row row : rows) {
            Entry e = parse(row);
            if (map.putIfAbsent(e.phrase(), e) != null) {
                throw row.error("duplicate phrase '" + e.phrase() + "'");
            }
        }
        return new TimeLexicon(map);
    }

    private static Entry parse(TsvTable.Row row) {
        String phrase = row.cell(0);
        if (phrase.isEmpty() || !phrase.equals(phrase.toLowerCase(Locale.ROOT)) || phrase.contains("  ")) {
            throw row.error("phrase must be lower case and single-spaced: '" + row.cells().get(0) + "'");
        }
        Kind kind;
        try {
            kind = Kind.parse(row.cell(1));
        } catch (IllegalArgumentException ex) {
            throw row.error("unknown kind '" + row.cells().get(1) + "'; valid: month, weekday, holiday, "
                    + "number, day, week, weekend, month-rel, context, modifier, vague, background");
        }
        String value = row.cell(2);
        DatePrecision precision = null;
        if (row.size() == 4) {
            precision = row.enumCell(3, DatePrecision.class);
        }
        switch (kind) {
            case MODIFIER -> {
                if (!MODIFIERS.contains(value)) {
                    throw row.error("modifier value must be one of " + MODIFIERS);
                }
                return new Entry(phrase, kind, 0, value, null);
            }
            case BACKGROUND -> {
                return new Entry(phrase, kind, 0, value, null);
            }
            default -> {
                int n;
                try {
                    n = Integer.parseInt(value);
                } catch (NumberFormatException ex) {
                    throw row.error("value must be an integer, was '" + value + "'");
                }
                if (kind == Kind.MONTH && (n < 1 || n > 12) || kind == Kind.WEEKDAY && (n < 1 || n > 7)
                        || kind == Kind.HOLIDAY && CalendarMath.date(2024, n / 100, n % 100) == null) {
                    throw row.error(kind + " value out of range: " + n);
                }
                if ((kind == Kind.DAY || kind == Kind.VAGUE) && precision == null) {
                    throw row.error("a " + row.cell(1) + " phrase needs a precision column");
                }
                return new Entry(phrase, kind, n, null, precision);
            }
        }
    }

    /** The entry for a lower-case single-spaced phrase, or null. */
    public Entry get(String phrase) {
        return entries.get(phrase);
    }

    /** The entry for a phrase if it is of the given kind, else null. */
    public Entry get(String phrase, Kind kind) {
        Entry e = entries.get(phrase);
        return e != null && e.kind() == kind ? e : null;
    }

    /** Words in the longest phrase: how far a longest-match scan must look ahead. */
    public int longestPhrase() {
        return longestPhrase;
    }
}
