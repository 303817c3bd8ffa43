package org.sitrep.export;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.sitrep.model.MergedEvent;
import org.sitrep.model.ReportedEvent;
import org.sitrep.model.SourceArticle;

/**
 * What the flat formats say about where a merged event's information came from: its articles,
 * their outlets and headlines, and the claimants quoted. Lists keep report order (the
 * representative report first) without repeats, joined by {@value #SEPARATOR} as ACLED joins
 * several sources in one cell.
 */
final class Sources {

    static final String SEPARATOR = "; ";

    private Sources() {
    }

    /** The distinct articles of the event's reports, representative first. */
    static List<SourceArticle> articles(MergedEvent e) {
        Set<String> seen = new LinkedHashSet<>();
        return e.reports().stream().map(ReportedEvent::article).filter(a -> seen.add(a.id())).toList();
    }

    /**
     * The outlets that reported the event: the host name of each article's URL without a leading
     * "www." (the store keeps no outlet name), else the article id.
     */
    static String outletNames(MergedEvent e) {
        return join(articles(e), Sources::outlet);
    }

    /** Each article's URL, else its id. */
    static String references(MergedEvent e) {
        return join(articles(e), a -> blank(a.url()) ? a.id() : a.url());
    }

    /** The articles' headlines, those without one left out. */
    static String headlines(MergedEvent e) {
        return join(articles(e), SourceArticle::title);
    }

    /** Everyone quoted for a casualty figure, in claim order. */
    static String claimants(MergedEvent e) {
        return join(e.claims(), c -> c.claim().claimant());
    }

    static String outlet(SourceArticle a) {
        if (!blank(a.url())) {
            try {
                String host = URI.create(a.url().strip()).getHost();
                if (host != null) {
                    host = host.toLowerCase(Locale.ROOT);
                    return host.startsWith("www.") ? host.substring(4) : host;
                }
            } catch (IllegalArgumentException badUrl) {
                // a malformed URL names no outlet; the article id still does
            }
        }
        return a.id();
    }

    private static <T> String join(List<T> items, Function<T, String> label) {
        Set<String> out = new LinkedHashSet<>();
        for (T item : items) {
            String s = label.apply(item);
            if (!blank(s)) {
                out.add(s.strip());
            }
        }
        return String.join(SEPARATOR, out);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
