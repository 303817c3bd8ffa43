package org.sitrep.store;

import java.time.LocalDate;
import org.sitrep.codebook.EventType;

/**
 * Which merged events an export or a statistics query covers; a null field does not filter.
 * Dates are inclusive and compare with the merged event's date.
 */
public record EventFilter(String countryCode, LocalDate from, LocalDate to, EventType type) {

    public static final EventFilter ALL = new EventFilter(null, null, null, null);
}
