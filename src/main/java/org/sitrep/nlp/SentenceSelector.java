package org.sitrep.nlp;

import java.util.List;

/**
 * The cheap first pass of the NLP cascade: from a sentence's words and lemmas, decides whether
 * it can carry an event or one of its fields and so needs the expensive dependency parse.
 */
@FunctionalInterface
public interface SentenceSelector {

    /** Parses every sentence. */
    SentenceSelector ALL = (words, lemmas) -> true;

    boolean selects(List<String> words, List<String> lemmas);
}
