package org.sitrep.time;

import org.sitrep.model.Span;

/**
 * A time expression of the report that can date an incident: read, not background, not part of
 * the dateline. {@code head} is the index of its head token in its sentence; {@code names} the
 * index of the noun it stands before as an attribute ("the October 7 attacks"), else -1.
 */
public record TimeCandidate(Span span, String text, int sentence, int head, int names, ResolvedDate date) {
}
