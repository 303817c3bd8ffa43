package org.sitrep.time;

import java.util.regex.Pattern;
import org.sitrep.codebook.DatePrecision;

/**
 * A night ("last night", "overnight", "the previous night") begins on one day and ends on the
 * next. When the report puts the incident in the small hours ("at about 1:30 a.m.", "shortly
 * after midnight"), it happened on the later day, which is then known to the day.
 */
final class SmallHours {

    /** 12 to 5 a.m., 00:00 to 05:59 on a 24-hour clock, or "after midnight". */
    private static final Pattern CLOCK = Pattern.compile(
            "(?i)\\b(?:(?:[1-5]|12)(?:[:.][0-5]\\d)?\\s*a\\.?m\\b|0?[0-5][:.h]?[0-5]\\d\\s*(?:hrs|hours|gmt|utc|local time)\\b"
                    + "|(?:just |shortly |soon |minutes |an hour |hours )?after midnight)");

    private SmallHours() {
    }

    /** Whether a resolved expression names a night rather than a day. */
    static boolean isNight(ResolvedDate d) {
        return d.rule().contains("night");
    }

    /** Whether the text puts something between midnight and dawn. */
    static boolean mentionedIn(CharSequence text) {
        return CLOCK.matcher(text).find();
    }

    /** The night's later day, at day precision. */
    static ResolvedDate morningAfter(ResolvedDate night) {
        return new ResolvedDate(night.date().plusDays(1), DatePrecision.DAY, night.rule() + ":after-midnight");
    }
}
