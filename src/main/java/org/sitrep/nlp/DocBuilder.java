package org.sitrep.nlp;

import org.sitrep.model.Article;
import org.sitrep.model.Doc;

/** Turns an article into an annotated document. Implementations are thread-safe. */
public interface DocBuilder {

    Doc build(Article article);
}
