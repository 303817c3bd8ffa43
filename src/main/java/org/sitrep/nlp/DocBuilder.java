package org.sitrep.nlp;

import java.util.function.ObjLongConsumer;
import org.sitrep.model.Article;
import org.sitrep.model.Doc;

/** Turns an article into an annotated document. Implementations are thread-safe. */
public interface DocBuilder {

    Doc build(Article article);

    /**
     * Builds the document and reports the time of each annotation step to {@code stepNanos}
     * (step name, nanoseconds). Builders that cannot time their parts report one step, "nlp".
     */
    default Doc build(Article article, ObjLongConsumer<String> stepNanos) {
        long t0 = System.nanoTime();
        Doc doc = build(article);
        stepNanos.accept("nlp", System.nanoTime() - t0);
        return doc;
    }
}
