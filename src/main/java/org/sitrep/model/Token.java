package org.sitrep.model;

/**
 * A token of a sentence. {@code index} is the 0-based position inside its sentence;
 * {@code ner} is the coarse named-entity tag ("O" when none).
 */
public record Token(int index, Span span, String word, String lemma, String pos, String ner) {

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    public boolean isNumber() {
        return pos.equals("CD");
    }
}
