package org.sitrep.places;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Span;

/**
 * Finds the dateline ("BAMAKO (Reuters) -", "Quito, 14 Mar 89 (Radio Nacional) --"): where the
 * report was filed, which is a hint about the country but not where the event happened.
 */
final class Dateline {

    private static final Pattern WIRE = Pattern.compile(
            "^\\s*(\\p{Lu}[\\p{L}.' ]{1,30}?)(?: \\([\\p{L} ]{2,30}\\))?,\\s*\\d{1,2} \\p{L}{3,9}\\.? \\d{2,4}"
                    + "(?:\\s*\\([^)]{1,60}\\))?\\s*(?:--|\u2014|\u2013)");
    private static final Pattern CAPS = Pattern.compile(
            "(\\p{Lu}[\\p{Lu}.'\\- ]{1,30}\\p{Lu})(?:,\\s*\\p{Lu}[\\p{L}. ]{1,25})?"
                    + "\\s*(?:\\([^)]{1,40}\\))?\\s*(?:--|\u2014|\u2013|-)\\s");

    private Dateline() {
    }

    /** The dateline's span (up to the dash), or null when the text opens without one. */
    static Span find(String text) {
        String head = text.length() > 300 ? text.substring(0, 300) : text;
        Matcher m = WIRE.matcher(head);
        if (m.find()) {
            return new Span(m.start(1), m.end());
        }
        m = CAPS.matcher(head);
        if (m.find() && m.start() < 200) {
            return new Span(m.start(1), m.end());
        }
        return null;
    }
}
