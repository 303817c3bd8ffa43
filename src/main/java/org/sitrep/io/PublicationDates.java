package org.sitrep.io;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Parses the {@code published} field: an ISO date, or a date-time with or without an offset. */
public final class PublicationDates {

    private PublicationDates() {
    }

    /**
     * The calendar date of the publication as written (the local date of a date-time: a report
     * stamped 23:30-05:00 was published on that evening's date where it was written).
     *
     * @throws DateTimeParseException when the value is none of the accepted forms
     */
    public static LocalDate parse(String value) {
        String v = value.trim();
        if (v.length() == 10) {
            return LocalDate.parse(v);
        }
        if (v.endsWith("Z") || v.matches(".*[+-]\\d\\d:?\\d\\d$")) {
            return OffsetDateTime.parse(v.replaceFirst("([+-]\\d\\d)(\\d\\d)$", "$1:$2")).toLocalDate();
        }
        if (v.contains("T")) {
            return LocalDateTime.parse(v).toLocalDate();
        }
        return LocalDate.parse(v.replace(' ', 'T').substring(0, Math.min(10, v.length())));
    }
}
