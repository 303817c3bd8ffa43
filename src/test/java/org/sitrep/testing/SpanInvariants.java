package org.sitrep.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The one check of evidence offsets in written events, shared by end-to-end tests: every span is
 * inside the text, non-empty, and the evidence sentences are in text order.
 */
public final class SpanInvariants {

    private SpanInvariants() {
    }

    public static void assertSpansValid(JsonNode event, String text) {
        int length = text.codePointCount(0, text.length());
        assertThat(event.get("evidence")).as("evidence of %s", event).isNotEmpty();
        int previous = -1;
        for (JsonNode s : event.get("evidence")) {
            assertSpan(s, length);
            assertThat(s.get("start").asInt()).as("evidence in text order").isGreaterThan(previous);
            previous = s.get("start").asInt();
        }
        for (JsonNode c : event.get("claims")) {
            assertSpan(c.get("evidence"), length);
        }
        for (String field : new String[] {"location", "actor1", "actor2"}) {
            JsonNode f = event.get(field);
            if (f != null && !f.isNull() && f.hasNonNull("source")) {
                assertSpan(f.get("source"), length);
            }
        }
    }

    private static void assertSpan(JsonNode span, int length) {
        int start = span.get("start").asInt();
        int end = span.get("end").asInt();
        assertThat(start).as("span %s", span).isBetween(0, length);
        assertThat(end).as("span %s", span).isGreaterThan(start).isLessThanOrEqualTo(length);
    }
}
