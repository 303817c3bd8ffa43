package org.sitrep.places;

import java.util.List;
import java.util.Map;

/**
 * Every place mention of an article resolved once, by sentence index, with the context used.
 * Events of the article then only choose among these.
 */
record PlaceAnalysis(ArticleContext context, Map<Integer, List<Resolution>> bySentence) {

    List<Resolution> in(int sentence) {
        return bySentence.getOrDefault(sentence, List.of());
    }
}
