package org.sitrep.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The report an event came from, as the event store keeps it: the article's metadata and a hash
 * of its text, without the text itself (the codebook's offsets point into that text).
 *
 * @param textHash hex SHA-256 of the article text; a changed text under the same id replaces the
 *                 article's old events
 */
public record SourceArticle(String id, LocalDate published, String title, String url,
                            String textHash) {

    public SourceArticle {
        Objects.requireNonNull(id, "article id");
        Objects.requireNonNull(textHash, "text hash");
    }
}
