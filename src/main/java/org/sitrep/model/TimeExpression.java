package org.sitrep.model;

/**
 * A time expression found by the NLP layer: {@code timexType} is the TIMEX3 type (DATE, TIME,
 * DURATION, SET) and {@code value} the TIMEX3 value as the tagger resolved it against the
 * publication date ("2024-08-25", "2024-07", "2024-W34", "PRESENT_REF", or null).
 */
public record TimeExpression(Span span, String text, String timexType, String value, int sentence) {
}
