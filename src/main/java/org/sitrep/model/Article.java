package org.sitrep.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news report as read from input (codebook section 8). {@code published} is null when the
 * input had none or it could not be parsed; stages must then resolve dates against nothing.
 */
public record Article(String id, LocalDate published, String title, String text, String url) {

    public Article {
        Objects.requireNonNull(id, "article id");
        Objects.requireNonNull(text, "article text");
    }

    public static Article of(String id, LocalDate published, String text) {
        return new Article(id, published, null, text, null);
    }
}
