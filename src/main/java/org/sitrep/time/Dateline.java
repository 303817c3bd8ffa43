package org.sitrep.time;

import org.sitrep.model.Span;

/**
 * The place-and-date line that opens a wire report ("BAMAKO, Aug 26 (Reuters) -"). Its date
 * frames the whole report, so its expressions never date an incident themselves.
 *
 * @param date the dateline's date, or null when it cannot be placed (no year and no publication date)
 */
public record Dateline(Span span, ResolvedDate date) {
}
