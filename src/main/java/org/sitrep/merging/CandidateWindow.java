package org.sitrep.merging;

import java.time.LocalDate;

/**
 * Where the store must look for events that may merge with a given one: every event that
 * {@link ReportMerger#link} could link to it has a date in [from, to] and, when
 * {@code countryCode} is not null, that country. The window is a superset; link decides.
 */
public record CandidateWindow(LocalDate from, LocalDate to, String countryCode) {
}
