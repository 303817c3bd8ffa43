package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DateValuesTest {

    @Test
    void daysOfDifferentPrecisionAreComparedAsRanges() {
        assertThat(DateValues.compatible("2024-08-25", "2024-08")).isTrue();
        assertThat(DateValues.compatible("2024-08-25", "2024-W34")).isTrue();
        assertThat(DateValues.compatible("2024-08-25", "2024-08-26")).isFalse();
        assertThat(DateValues.compatible("2024-08-25", "2024-07")).isFalse();
        assertThat(DateValues.compatible(null, "2024-08-26")).isTrue();
    }

    @Test
    void aNightReachesIntoTheNextDaysSmallHours() {
        // "last night" (TNI) and "at 1:30 a.m." the morning after can be one incident
        assertThat(DateValues.compatible("2024-08-25TNI", "2024-08-26T01:30")).isTrue();
        assertThat(DateValues.compatible("2024-08-25TEV", "2024-08-26")).isTrue();
        assertThat(DateValues.compatible("2024-08-25TNI", "2024-08-27T01:30")).isFalse();
        // a morning does not reach back
        assertThat(DateValues.compatible("2024-08-25TMO", "2024-08-26T01:30")).isFalse();
    }
}
