package org.sitrep.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.sitrep.codebook.EventType;
import org.sitrep.geo.Countries;
import org.sitrep.store.EventFilter;
import picocli.CommandLine.Option;

/** {@code --country --from --to --type}: which merged events an export or statistics covers. */
public final class EventFilterOptions {

    @Option(names = "--country", paramLabel = "CC", description = "ISO 3166-1 alpha-2 country code, e.g. ML")
    String country;

    @Option(names = "--from", paramLabel = "DATE", description = "First event date included (YYYY-MM-DD)")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last event date included (YYYY-MM-DD)")
    String to;

    @Option(names = "--type", paramLabel = "TYPE",
            description = "Event type, the codebook label in any case, e.g. \"Battles\" or \"explosions/remote violence\"")
    String type;

    /**
     * The filter, checked against the codebook and the country table.
     *
     * @throws IllegalArgumentException with a one-line message naming the option and the problem
     */
    public EventFilter toFilter(Countries countries) {
        String cc = null;
        if (country != null) {
            cc = countries.byCode(country).map(c -> c.code()).orElseThrow(() -> new IllegalArgumentException(
                    "--country: unknown country code '" + country + "' (ISO 3166-1 alpha-2, e.g. ML)"));
        }
        LocalDate start = date("--from", from);
        LocalDate end = date("--to", to);
        if (start != null && end != null && start.isAfter(end)) {
            throw new IllegalArgumentException("--from " + start + " is after --to " + end);
        }
        return new EventFilter(cc, start, end, type == null ? null : eventType(type));
    }

    private static LocalDate date(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + ": '" + value + "' is not a date (YYYY-MM-DD)");
        }
    }

    /** The codebook label compared case-insensitively, or the enum name ("remote violence" needs the label). */
    static EventType eventType(String value) {
        String v = value.strip();
        for (EventType t : EventType.values()) {
            if (t.label().equalsIgnoreCase(v) || t.name().equalsIgnoreCase(v)) {
                return t;
            }
        }
        throw new IllegalArgumentException("--type: unknown event type '" + value + "'; valid: "
                + String.join(", ", Arrays.stream(EventType.values()).map(EventType::label).toList()));
    }
}
