package org.sitrep.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.codebook.DatePrecision;

/**
 * The calendar words and relative time phrases of {@code time-lexicon.tsv}. Immutable; load it
 * once and share it.
 */
public final class TimeLexicon {

    static final String RESOURCE = "time-lexicon.tsv";

    /** What a phrase means; see the header of the data file. */
    public enum Kind {
        MONTH, WEEKDAY, NUMBER, DAY, WEEK, WEEKEND, MONTH_REL, CONTEXT, MODIFIER, VAGUE, BACKGROUND;

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
        InputStream in = TimeLexicon.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource org/sitrep/time/" + RESOURCE);
        }
        return read(in, "org/sitrep/time/" + RESOURCE);
    }

    /** The one parser; {@code source} names the file in error messages. */
    static TimeLexicon read(InputStream in, String source) {
        Map<String, Entry> map = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int lineNo = 0;
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                Entry e = parse(line, source, lineNo);
                if (map.putIfAbsent(e.phrase(), e) != null) {
                    throw malformed(source, lineNo, "duplicate phrase '" + e.phrase() + "'");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        return new TimeLexicon(map);
    }

    private static Entry parse(String line, String source, int lineNo) {
        String[] f = line.split("\t", -1);
        if (f.length < 3 || f.length > 4) {
            throw malformed(source, lineNo, "expected 3 or 4 tab-separated columns, found " + f.length);
        }
        String phrase = f[0].strip();
        if (phrase.isEmpty() || !phrase.equals(phrase.toLowerCase(Locale.ROOT)) || phrase.contains("  ")) {
            throw malformed(source, lineNo, "phrase must be lower case and single-spaced: '" + f[0] + "'");
        }
        Kind kind;
        try {
            kind = Kind.parse(f[1].strip());
        } catch (IllegalArgumentException ex) {
            throw malformed(source, lineNo, "unknown kind '" + f[1] + "'; valid: month, weekday, number, "
                    + "day, week, weekend, month-rel, context, modifier, vague, background");
        }
        String value = f[2].strip();
        DatePrecision precision = null;
        if (f.length == 4) {
            try {
                precision = DatePrecision.valueOf(f[3].strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ex) {
                throw malformed(source, lineNo, "unknown precision '" + f[3] + "'; valid: day, week, month, year");
            }
        }
        switch (kind) {
            case MODIFIER -> {
                if (!MODIFIERS.contains(value)) {
                    throw malformed(source, lineNo, "modifier value must be one of " + MODIFIERS);
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
                    throw malformed(source, lineNo, "value must be an integer, was '" + value + "'");
                }
                if (kind == Kind.MONTH && (n < 1 || n > 12) || kind == Kind.WEEKDAY && (n < 1 || n > 7)) {
                    throw malformed(source, lineNo, kind + " value out of range: " + n);
                }
                if ((kind == Kind.DAY || kind == Kind.VAGUE) && precision == null) {
                    throw malformed(source, lineNo, "a " + f[1].strip() + " phrase needs a precision column");
                }
                return new Entry(phrase, kind, n, null, precision);
            }
        }
    }

    private static IllegalArgumentException malformed(String source, int lineNo, String why) {
        return new IllegalArgumentException(source + " line " + lineNo + ": " + why);
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
