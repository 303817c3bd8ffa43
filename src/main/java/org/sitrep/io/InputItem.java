package org.sitrep.io;

import java.util.List;
import org.sitrep.model.Article;

/**
 * One unit read from the input: an article (with any warnings about how it was read) or, when the
 * input could not be made into an article, the problem. {@code label} names the item in messages:
 * the article id, or "line N" / a file name when no id could be read.
 */
public record InputItem(String label, Article article, List<String> warnings, String problem) {

    public static InputItem ok(Article article, List<String> warnings) {
        return new InputItem(article.id(), article, List.copyOf(warnings), null);
    }

    public static InputItem bad(String label, String problem) {
        return new InputItem(label, null, List.of(), problem);
    }

    public boolean isBad() {
        return problem != null;
    }
}
