package org.sitrep.model;

/**
 * A named-entity mention from NER: type is the coarse tag (PERSON, LOCATION, ORGANIZATION, MISC,
 * NUMBER, ...), sentence is the index of the sentence holding it.
 */
public record EntityMention(Span span, String text, String type, int sentence) {
}
