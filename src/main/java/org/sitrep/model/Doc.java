package org.sitrep.model;

import java.util.ArrayList;
import java.util.List;

/**
 * An annotated article: the single document model every stage reads. All offsets are into
 * {@code article.text()}. Immutable; built once by the NLP layer.
 */
public record Doc(Article article, List<Sentence> sentences, List<EntityMention> entities,
                  List<TimeExpression> times) {

    public Doc {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        times = List.copyOf(times);
    }

    public String text() {
        return article.text();
    }

    public String text(Span span) {
        return span.of(article.text());
    }

    public Sentence sentence(int index) {
        return sentences.get(index);
    }

    /** The sentence containing the offset, or null when it falls between sentences. */
    public Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (s.span().contains(offset)) {
                return s;
            }
        }
        return null;
    }

    public List<EntityMention> entitiesIn(int sentence) {
        List<EntityMention> out = new ArrayList<>();
        for (EntityMention m : entities) {
            if (m.sentence() == sentence) {
                out.add(m);
            }
        }
        return out;
    }

    public List<TimeExpression> timesIn(int sentence) {
        List<TimeExpression> out = new ArrayList<>();
        for (TimeExpression t : times) {
            if (t.sentence() == sentence) {
                out.add(t);
            }
        }
        return out;
    }
}
