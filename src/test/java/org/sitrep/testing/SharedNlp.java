package org.sitrep.testing;

import java.time.LocalDate;
import org.sitrep.model.Article;
import org.sitrep.model.Doc;
import org.sitrep.nlp.CoreNlpDocBuilder;

/**
 * One CoreNLP pipeline for the whole test JVM (loading it takes ~10 s), created on first use.
 * Tests build documents from their own sentences with {@link #doc}.
 */
public final class SharedNlp {

    private SharedNlp() {
    }

    private static final class Holder {
        static final CoreNlpDocBuilder BUILDER = new CoreNlpDocBuilder();
    }

    public static CoreNlpDocBuilder builder() {
        return Holder.BUILDER;
    }

    /** Annotates a test report published on the given ISO date (or null for none). */
    public static Doc doc(String text, String published) {
        return builder().build(new Article("test", published == null ? null : LocalDate.parse(published),
                null, text, null));
    }
}
