package org.sitrep.model;

import java.util.Objects;

/**
 * One event as one article reported it: the unit the event store keeps and merges.
 *
 * @param key     stable identity within the store: the article id, '#', the event's index in
 *                the article's output (e.g. {@code "a1#0"})
 * @param article the report it came from
 * @param event   the coded event, offsets into that article's text
 */
public record ReportedEvent(String key, SourceArticle article, Event event) {

    public ReportedEvent {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(event, "event");
    }

    public static String keyOf(String articleId, int index) {
        return articleId + "#" + index;
    }
}
