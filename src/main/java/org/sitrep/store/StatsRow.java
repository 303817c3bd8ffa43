package org.sitrep.store;

import java.time.YearMonth;
import org.sitrep.codebook.EventType;

/**
 * One cell of {@code sitrep stats}: merged events of one country, month and type.
 *
 * @param month           null for events without a date
 * @param fatalitiesLow   sum of the events' low fatality figures (unknown counts as 0)
 */
public record StatsRow(String countryCode, YearMonth month, EventType type, long events,
                       long fatalitiesLow) {
}
