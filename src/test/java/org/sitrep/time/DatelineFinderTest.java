package org.sitrep.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.codebook.DatePrecision;

class DatelineFinderTest {

    private static final DatelineFinder FINDER = new DatelineFinder(new DateResolver(TimeLexicon.load()));

    @Test
    void radioDatelineWithTwoDigitYear() {
        String text = "Quito, 3 Feb 89 (Radio Nacional) -- [Text] A bomb exploded outside a bank.";
        Dateline d = FINDER.find(text, LocalDate.of(1989, 2, 3)).orElseThrow();
        assertThat(d.span().of(text)).isEqualTo("3 Feb 89");
        assertThat(d.date().date()).isEqualTo(LocalDate.of(1989, 2, 3));
    }

    @Test
    void wireDatelineWithoutYearTakesItFromPublication() {
        String text = "NIAMEY, Jan 2 (Reuters) - Gunmen attacked a village on Wednesday.";
        Dateline d = FINDER.find(text, LocalDate.of(2025, 1, 3)).orElseThrow();
        assertThat(d.span().of(text)).isEqualTo("Jan 2");
        assertThat(d.date().date()).isEqualTo(LocalDate.of(2025, 1, 2));
        // without a publication date the year is unknown: a dateline, but no date
        assertThat(FINDER.find(text, null).orElseThrow().date()).isNull();
    }

    @Test
    void dateHeaderOfANewsWikiPage() {
        String text = "Friday, March 1, 2024  Protesters gathered in the capital.";
        Dateline d = FINDER.find(text, null).orElseThrow();
        assertThat(d.date().date()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(d.date().precision()).isEqualTo(DatePrecision.DAY);
    }

    @Test
    void ordinaryOpeningIsNoDateline() {
        assertThat(FINDER.find("Gunmen killed five people on Sunday, police said.", null)).isEmpty();
        assertThat(FINDER.find("In Gao, 12 soldiers died on Monday.", LocalDate.of(2024, 8, 26))).isEmpty();
    }
}
