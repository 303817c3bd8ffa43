package org.sitrep.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Span;

/**
 * Finds a dateline at the very start of a report: "Quito, 14 Mar 89 (Radio Nacional) --",
 * "BAMAKO, Aug 26 (Reuters) -", "KYIV, Ukraine, March 3, 2024 (AP) —", or the date header of a
 * news wiki page "Wednesday, October 16, 2019".
 */
public final class DatelineFinder {

    private static final String PLACE = "[A-Z][\\p{L} .'()-]{1,40}(?:,\\s*[A-Z][\\p{L} .'-]{1,30})?";
    private static final String MONTH = "[A-Z][a-z]{2,8}\\.?";
    private static final List<Pattern> PATTERNS = List.of(
            // day month year: "Quito, 14 Mar 89 (Radio Nacional) --"
            Pattern.compile("\\A\\s*" + PLACE + ",\\s+(\\d{1,2}\\s+" + MONTH + "\\s+(?:\\d{4}|\\d{2}))\\b"),
            // month day [year], then the agency or a dash: "BAMAKO, Aug 26 (Reuters) -"
            Pattern.compile("\\A\\s*" + PLACE + ",\\s+(" + MONTH + "\\s+\\d{1,2}(?:,\\s+\\d{4})?)\\s*(?:\\(|[-\u2013\u2014])"),
            // date header: "Wednesday, October 16, 2019"
            Pattern.compile("\\A\\s*((?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\\s+"
                    + MONTH + "\\s+\\d{1,2},\\s+\\d{4})\\b"));

    private final DateResolver resolver;

    public DatelineFinder(DateResolver resolver) {
        this.resolver = resolver;
    }

    public Optional<Dateline> find(String text, LocalDate published) {
        String head = text.substring(0, Math.min(text.length(), 160));
        for (Pattern p : PATTERNS) {
            Matcher m = p.matcher(head);
            if (m.find()) {
                ResolvedDate d = resolver.resolve(m.group(1), null, published, null).orElse(null);
                return Optional.of(new Dateline(new Span(m.start(1), m.end(1)), d));
            }
        }
        return Optional.empty();
    }
}
