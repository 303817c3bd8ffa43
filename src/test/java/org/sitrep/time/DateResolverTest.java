package org.sitrep.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.sitrep.codebook.DatePrecision;

class DateResolverTest {

    private static final DateResolver RESOLVER = new DateResolver(TimeLexicon.load());

    private static Optional<ResolvedDate> resolve(String text, String published) {
        return RESOLVER.resolve(text, null, published == null ? null : LocalDate.parse(published), null);
    }

    private static void assertResolves(String text, String published, String date, DatePrecision precision) {
        assertThat(resolve(text, published))
                .as("'%s' published %s", text, published)
                .hasValueSatisfying(r -> {
                    assertThat(r.date()).isEqualTo(LocalDate.parse(date));
                    assertThat(r.precision()).isEqualTo(precision);
                });
    }

    // 2024-08-19 is a Monday; one publication date per weekday of that week
    @ParameterizedTest
    @CsvSource({
            "on Sunday, 2024-08-19, 2024-08-18",
            "on Sunday, 2024-08-20, 2024-08-18",
            "on Sunday, 2024-08-21, 2024-08-18",
            "on Sunday, 2024-08-22, 2024-08-18",
            "on Sunday, 2024-08-23, 2024-08-18",
            "on Sunday, 2024-08-24, 2024-08-18",
            "on Sunday, 2024-08-25, 2024-08-25",
            "Monday, 2024-08-19, 2024-08-19",
            "Monday, 2024-08-20, 2024-08-19",
            "Wednesday, 2024-08-20, 2024-08-14",
            "Wednesday, 2024-08-21, 2024-08-21",
            "Friday, 2024-08-24, 2024-08-23",
            "late on Friday, 2024-08-26, 2024-08-23",
            "Saturday evening, 2024-08-23, 2024-08-17",
            "Tuesday night, 2024-08-21, 2024-08-20",
    })
    void weekdayIsTheMostRecentOneOnOrBeforePublication(String text, String published, String expected) {
        assertResolves(text, published, expected, DatePrecision.DAY);
    }

    @ParameterizedTest
    @EnumSource(DayOfWeek.class)
    void lastWeekdayIsStrictlyBeforePublication(DayOfWeek published) {
        LocalDate pub = LocalDate.of(2024, 8, 19).plusDays(published.getValue() - 1);
        ResolvedDate r = resolve("last " + published.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH),
                pub.toString()).orElseThrow();
        assertThat(r.date()).isEqualTo(pub.minusWeeks(1));
        ResolvedDate sunday = resolve("last Sunday", pub.toString()).orElseThrow();
        assertThat(sunday.date().getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(sunday.date()).isBefore(pub).isAfterOrEqualTo(pub.minusDays(7));
    }

    @Test
    void weekdayAcrossAYearBoundary() {
        assertResolves("on Saturday", "2025-01-02", "2024-12-28", DatePrecision.DAY);
        assertResolves("last Tuesday", "2025-01-01", "2024-12-31", DatePrecision.DAY);
    }

    @Test
    void nextWeekdayIsAPlanNotADate() {
        assertThat(resolve("next Sunday", "2024-08-26")).isEmpty();
        assertThat(resolve("this coming Friday", "2024-08-26")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "yesterday, 2024-08-26, 2024-08-25",
            "Yesterday, 2024-03-01, 2024-02-29",
            "yesterday, 2023-03-01, 2023-02-28",
            "yesterday, 2025-01-01, 2024-12-31",
            "last night, 2024-08-26, 2024-08-25",
            "late last night, 2024-01-01, 2023-12-31",
            "today, 2024-08-26, 2024-08-26",
            "early this morning, 2024-08-26, 2024-08-26",
            "daybreak today, 2024-02-29, 2024-02-29",
            "the previous day, 2024-08-26, 2024-08-25",
            "two days ago, 2024-03-01, 2024-02-28",
    })
    void dayPhrasesCountFromPublication(String text, String published, String expected) {
        assertResolves(text, published, expected, DatePrecision.DAY);
    }

    @Test
    void overnightIsASpanStartingTheDayBefore() {
        assertResolves("overnight", "2024-08-26", "2024-08-25", DatePrecision.WEEK);
    }

    @ParameterizedTest
    @CsvSource({
            // the week's first day is its Monday (ISO weeks)
            "last week, 2024-08-26, 2024-08-19",
            "last week, 2024-08-25, 2024-08-12",
            "last week, 2025-01-02, 2024-12-23",
            "earlier this week, 2024-08-29, 2024-08-26",
            "this week, 2024-08-26, 2024-08-26",
            // the weekend's first day is its Saturday, the latest one begun by publication
            "over the weekend, 2024-08-26, 2024-08-24",
            "over the weekend, 2024-08-24, 2024-08-24",
            "over the weekend, 2024-08-25, 2024-08-24",
            "last weekend, 2024-03-01, 2024-02-24",
    })
    void weekPhrasesGiveTheFirstDayAtWeekPrecision(String text, String published, String expected) {
        assertResolves(text, published, expected, DatePrecision.WEEK);
    }

    @Test
    void nextWeekIsAPlan() {
        assertThat(resolve("next week", "2024-08-26")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "on 12 March, 2024-08-26, 2024-03-12",
            "March 12, 2024-08-26, 2024-03-12",
            "Nov. 28, 2024-12-02, 2024-11-28",
            "the 3rd of August, 2024-08-26, 2024-08-03",
            // a date well after publication is last year's
            "on 28 December, 2025-01-03, 2024-12-28",
            "October 7, 2026-06-30, 2025-10-07",
            "29 February, 2024-03-10, 2024-02-29",
            "29 February, 2025-03-10, 2024-02-29",
            "'Tuesday, 13 December', 1988-12-14, 1988-12-13",
            "'last Saturday, 10 December', 1988-12-14, 1988-12-10",
    })
    void dayAndMonthTakeTheLatestYearNotAfterPublication(String text, String published, String expected) {
        assertResolves(text, published, expected, DatePrecision.DAY);
    }

    @Test
    void aDateShortlyAfterPublicationIsAPlan() {
        assertThat(resolve("on August 9", "2024-08-03")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "in July, 2024-08-26, 2024-07-01",
            "in August, 2024-08-26, 2024-08-01",
            "in September, 2024-08-26, 2023-09-01",
            "in December, 2025-01-10, 2024-12-01",
            "early October, 1988-11-24, 1988-10-01",
            "last November, 2016-04-21, 2015-11-01",
            "last April, 2016-04-21, 2015-04-01",
            "last month, 2024-08-26, 2024-07-01",
            "last month, 2025-01-10, 2024-12-01",
            "earlier this month, 2024-02-29, 2024-02-01",
            "August 2018, 2019-01-24, 2018-08-01",
    })
    void monthsGiveTheFirstDayAtMonthPrecision(String text, String published, String expected) {
        assertResolves(text, published, expected, DatePrecision.MONTH);
    }

    @Test
    void monthWordsInLowerCaseAreNotMonths() {
        assertThat(resolve("march", "2024-08-26")).isEmpty();
        assertThat(resolve("may", "2024-08-26")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "28 Nov 88, 1988-11-28, 1988-11-28",
            "28 Nov 88, 2024-08-26, 1988-11-28",
            "5 Jan 05, 2005-01-07, 2005-01-05",
            "12 March 2024, 2024-08-26, 2024-03-12",
            "'April 15, 2013', 2015-06-24, 2013-04-15",
            "November 16 1989, , 1989-11-16",
            "19 August 1988, , 1988-08-19",
            "'Wednesday, October 16, 2019', , 2019-10-16",
    })
    void fullDatesNeedNoPublicationDate(String text, String published, String expected) {
        assertResolves(text, published, expected, DatePrecision.DAY);
    }

    @Test
    void withoutPublicationOnlyDatesWithTheirYearResolve() {
        assertThat(resolve("on Sunday", null)).isEmpty();
        assertThat(resolve("yesterday", null)).isEmpty();
        assertThat(resolve("on 11 December", null)).isEmpty();
        assertThat(resolve("in July", null)).isEmpty();
        // the century of a two-digit year is not stated
        assertThat(resolve("28 Nov 88", null)).isEmpty();
        assertResolves("in August 2018", null, "2018-08-01", DatePrecision.MONTH);
    }

    @Test
    void taggerValuesFillInWhatTheTextReadersDoNotKnow() {
        LocalDate pub = LocalDate.of(2024, 8, 26);
        assertThat(RESOLVER.resolve("this past stretch", "2024-W34", pub, null))
                .hasValue(new ResolvedDate(LocalDate.of(2024, 8, 19), DatePrecision.WEEK, "tagger-week"));
        assertThat(RESOLVER.resolve("currently", "PRESENT_REF", pub, null))
                .hasValue(new ResolvedDate(pub, DatePrecision.DAY, "present"));
        assertThat(RESOLVER.resolve("dawn on the 20th", "2024-08-20", pub, null))
                .hasValueSatisfying(r -> assertThat(r.date()).isEqualTo(LocalDate.of(2024, 8, 20)));
        // a part of the day is no date, whatever day the tagger guessed
        assertThat(RESOLVER.resolve("dawn", "2024-08-26", pub, null)).isEmpty();
        // a week after publication is a plan
        assertThat(RESOLVER.resolve("the week after", "2024-W36", pub, null)).isEmpty();
        // durations and sets carry no usable value
        assertThat(RESOLVER.resolve("for three years", "P3Y", pub, null)).isEmpty();
    }

    @Test
    void yearsAloneResolveOnlyAtYearPrecision() {
        assertResolves("in 2020", "2024-08-26", "2020-01-01", DatePrecision.YEAR);
        assertResolves("this year", "2024-08-26", "2024-01-01", DatePrecision.YEAR);
    }

    @Test
    void laterAndEarlierCountFromTheDateJustMentioned() {
        LocalDate pub = LocalDate.of(2015, 6, 24);
        LocalDate context = LocalDate.of(2013, 4, 15);
        assertThat(RESOLVER.resolve("three days later", null, pub, context))
                .hasValueSatisfying(r -> assertThat(r.date()).isEqualTo(LocalDate.of(2013, 4, 18)));
        assertThat(RESOLVER.resolve("a day later", null, LocalDate.of(2024, 3, 5), LocalDate.of(2024, 2, 28)))
                .hasValueSatisfying(r -> assertThat(r.date()).isEqualTo(LocalDate.of(2024, 2, 29)));
        assertThat(RESOLVER.resolve("the next day", null, LocalDate.of(2025, 1, 5), LocalDate.of(2024, 12, 31)))
                .hasValueSatisfying(r -> assertThat(r.date()).isEqualTo(LocalDate.of(2025, 1, 1)));
        // with nothing to count from, "later" is unknown
        assertThat(RESOLVER.resolve("three days later", null, pub, null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "on New Year's Eve, 2025-01-03, 2024-12-31",
            "New Year's Day, 2024-01-01, 2024-01-01",
            "on Christmas Day, 2024-08-26, 2023-12-25",
            "on Christmas Eve, 2024-12-24, 2024-12-24",
            "Boxing Day, 2021-01-02, 2020-12-26",
            "Christmas Day 2019, 2024-08-26, 2019-12-25",
            "Christmas Day 2019, , 2019-12-25",
    })
    void fixedHolidaysAreTheirLatestDayNotAfterPublication(String text, String published, String expected) {
        assertResolves(text, published, expected, DatePrecision.DAY);
    }

    @Test
    void holidaysWithoutYearOrPublicationAreUnknownAndLowerCaseIsNoHoliday() {
        assertThat(resolve("on Christmas Day", null)).isEmpty();
        // a week before Christmas it is a plan, not last year's Christmas
        assertThat(resolve("on Christmas Day", "2024-12-20")).isEmpty();
        assertThat(resolve("a christmas market", "2024-12-27")).isEmpty();
    }

    // "yesterday" and "last night" published on each day of a week that spans a month's end
    // (2024-02-26 is a Monday; 2024 is a leap year)
    @ParameterizedTest
    @CsvSource({
            "2024-02-26, 2024-02-25", "2024-02-27, 2024-02-26", "2024-02-28, 2024-02-27",
            "2024-02-29, 2024-02-28", "2024-03-01, 2024-02-29", "2024-03-02, 2024-03-01",
            "2024-03-03, 2024-03-02",
    })
    void yesterdayOnEveryWeekdayAcrossALeapMonthEnd(String published, String expected) {
        assertResolves("yesterday", published, expected, DatePrecision.DAY);
        assertResolves("last night", published, expected, DatePrecision.DAY);
    }

    @ParameterizedTest
    @CsvSource({
            "on the 14th, 2024-05-16, 2024-05-14",
            "the 16th, 2024-05-16, 2024-05-16",
            "the 20th, 2024-05-16, 2024-04-20",
            "the 31st, 2024-05-02, 2024-03-31",
            "the 29th, 2023-03-10, 2023-01-29",
            "the 29th, 2024-03-10, 2024-02-29",
            "the 1st, 2025-01-01, 2025-01-01",
            "on the 30th, 2025-01-02, 2024-12-30",
    })
    void aDayOfTheMonthAloneIsTheLatestSuchDayNotAfterPublication(String text, String published, String expected) {
        assertResolves(text, published, expected, DatePrecision.DAY);
    }

    @Test
    void aDayOfTheMonthAloneNeedsThePublicationDate() {
        assertThat(resolve("on the 14th", null)).isEmpty();
        assertThat(resolve("the 14th century", "2024-05-16")).isEmpty();
    }
}
