package org.sitrep.model;

import java.time.LocalDate;
import org.sitrep.codebook.DatePrecision;

/**
 * An event's date: the first day of the period for week/month/year precision (codebook
 * section 3). {@code source} is the time expression it was read from, or null when the date was
 * inferred from the publication date; {@code rule} names the rule that chose it.
 */
public record EventDate(LocalDate date, DatePrecision precision, Span source, String rule) {
}
