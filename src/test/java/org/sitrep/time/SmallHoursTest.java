package org.sitrep.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.codebook.DatePrecision;

class SmallHoursTest {

    @ParameterizedTest
    @ValueSource(strings = {"at about 1:30 a.m.", "around 3am", "at 12 a.m.", "at 0245 GMT",
            "at 04:10 local time", "shortly after midnight", "just after midnight"})
    void clockTimesBetweenMidnightAndDawn(String text) {
        assertThat(SmallHours.mentionedIn("The attack began " + text + ", police said.")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"at 11 p.m.", "at 9 a.m.", "at 6:30 a.m.", "at 2130 GMT", "before midnight",
            "15 people", "in 2003 and 2004"})
    void otherTimesAndNumbersAreNotTheSmallHours(String text) {
        assertThat(SmallHours.mentionedIn("The attack began " + text + ", police said.")).isFalse();
    }

    @Test
    void aNightEndsOnTheNextDayKnownToTheDay() {
        ResolvedDate night = new ResolvedDate(LocalDate.of(2024, 2, 28), DatePrecision.WEEK, "overnight");
        assertThat(SmallHours.isNight(night)).isTrue();
        assertThat(SmallHours.morningAfter(night))
                .isEqualTo(new ResolvedDate(LocalDate.of(2024, 2, 29), DatePrecision.DAY, "overnight:after-midnight"));
        assertThat(SmallHours.isNight(new ResolvedDate(LocalDate.of(2024, 2, 28), DatePrecision.DAY, "yesterday")))
                .isFalse();
    }
}
