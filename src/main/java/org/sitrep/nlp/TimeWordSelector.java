package org.sitrep.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Selects the sentences in which SUTime can find a time expression: those with a word that
 * dates, times or measures time (month and day names, "yesterday", "week", "ago", "dawn",
 * "recently"...) or a figure that can be a year, a clock time or a date ("2019", "20:00",
 * "12/05/2024", "5th", "1990s"). SUTime takes four fifths of the time of NER; the other sentences
 * get the same named entities and numbers from NER without it.
 *
 * <p>A count on its own ("40", "1,200") never selects: SUTime makes a time of such a figure only
 * together with a time word ("40 days", "at 5 pm"), which selects the sentence itself. Casualty
 * reports are full of counts, so most of their sentences would otherwise go through SUTime.
 */
public final class TimeWordSelector implements SentenceSelector {

    /**
     * A figure SUTime never reads as a time by itself: one to three digits, or digits grouped in
     * thousands by commas. Four digits are kept (a year, or "0400" hours), as is everything with
     * another character (decimals, clock times, dates, ordinals, decades).
     */
    private static final Pattern COUNT = Pattern.compile("\\d{1,3}(,\\d{3})*");

    /** Lower-case words SUTime builds expressions on; a plural is matched through its lemma. */
    private static final Set<String> WORDS = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "today", "tonight", "yesterday", "tomorrow", "now", "currently", "recently", "lately",
            "ago", "earlier", "later", "soon", "past", "present", "future", "former", "once", "twice",
            "morning", "afternoon", "evening", "night", "overnight", "noon", "midnight", "midday",
            "dawn", "dusk", "daybreak", "nightfall", "sunrise", "sunset", "daytime", "nighttime",
            "second", "minute", "hour", "day", "week", "weekend", "weekday", "fortnight", "month",
            "quarter", "year", "decade", "century", "millennium", "season", "semester", "term",
            "spring", "summer", "autumn", "fall", "winter", "christmas", "easter", "ramadan", "eid",
            "holiday", "annual", "annually", "daily", "weekly", "monthly", "yearly", "hourly",
            "nightly", "biweekly", "bimonthly", "quarterly", "time",
            "o'clock", "a.m.", "p.m.", "am", "pm", "gmt", "utc", "era", "period", "moment", "instant",
            "meantime", "meanwhile", "recent", "current", "upcoming");

    @Override
    public boolean selects(List<String> words, List<String> lemmas) {
        for (int i = 0; i < words.size(); i++) {
            if (isTimeWord(words.get(i), i < lemmas.size() ? lemmas.get(i) : null)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether SUTime can build a time expression on this token: a time word (by its form, its
     * lemma or its form less a plural "s") or a figure other than a bare count.
     */
    public boolean isTimeWord(String word, String lemma) {
        if (hasDigit(word) && !COUNT.matcher(word).matches()) {
            return true;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        String lowerLemma = lemma != null ? lemma.toLowerCase(Locale.ROOT) : lower;
        return WORDS.contains(lower) || WORDS.contains(lowerLemma)
                || (lower.endsWith("s") && WORDS.contains(lower.substring(0, lower.length() - 1)));
    }

    private static boolean hasDigit(String w) {
        for (int k = 0; k < w.length(); k++) {
            if (Character.isDigit(w.charAt(k))) {
                return true;
            }
        }
        return false;
    }
}
