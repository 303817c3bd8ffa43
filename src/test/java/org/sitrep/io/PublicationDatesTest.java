package org.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicationDatesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2024-08-26", "2024-08-26T07:15:00Z", "2024-08-26T23:59:00-05:00",
            "2024-08-26T23:59:00+0530", "2024-08-26T07:15:00", " 2024-08-26 "})
    void acceptsDatesAndDateTimes(String value) {
        assertThat(PublicationDates.parse(value)).isEqualTo(LocalDate.of(2024, 8, 26));
    }

    @ParameterizedTest
    @ValueSource(strings = {"26/08/2024", "yesterday", "2024-13-01", ""})
    void rejectsOtherForms(String value) {
        assertThatThrownBy(() -> PublicationDates.parse(value)).isInstanceOf(DateTimeParseException.class);
    }
}
