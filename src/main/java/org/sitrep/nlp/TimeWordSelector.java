package org.sitrep.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Selects the sentences in which SUTime can find a time expression: those with a digit or a word
 * that dates, times or measures time (month and day names, "yesterday", "week", "ago", "dawn",
 * "recently"...). SUTime takes four fifths of the time of NER; the other sentences get the same
 * named entities and numbers from NER without it.
 */
public final class TimeWordSelector implements SentenceSelector {

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
            String w = words.get(i);
            for (int k = 0; k < w.length(); k++) {
                if (Character.isDigit(w.charAt(k))) {
                    return true;
                }
            }
            String lower = w.toLowerCase(Locale.ROOT);
            String lemma = i < lemmas.size() && lemmas.get(i) != null ? lemmas.get(i).toLowerCase(Locale.ROOT) : lower;
            if (WORDS.contains(lower) || WORDS.contains(lemma)
                    || (lower.endsWith("s") && WORDS.contains(lower.substring(0, lower.length() - 1)))) {
                return true;
            }
        }
        return false;
    }
}
