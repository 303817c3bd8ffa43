package org.sitrep.casualties;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.codebook.Qualifier;

class NumberParserTest {

    private static final NumberParser PARSER = NumberParser.standard();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "21|21",
        "1,200|1200",
        "eleven|11",
        "twenty-one|21",
        "twenty - one|21",
        "Twenty-eight|28",
        "a hundred and five|105",
        "three thousand five hundred|3500",
        "a dozen|12",
        "two dozen|24",
    })
    void readsExactFigures(String phrase, int value) {
        Quantity q = PARSER.parse(phrase);
        assertThat(q.value()).isEqualTo(value);
        assertThat(q.qualifier()).isEqualTo(Qualifier.EXACT);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "dozens|24", "scores|40", "hundreds|200", "thousands|2000",
    })
    void readsRoundPluralsAsTheCodebookFigures(String phrase, int value) {
        Quantity q = PARSER.parse(phrase);
        assertThat(q.value()).isEqualTo(value);
        assertThat(q.qualifier()).isEqualTo(Qualifier.ABOUT);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "at least 21|21|AT_LEAST",
        "not less than 21|21|AT_LEAST",
        "more than 100|101|MORE_THAN",
        "over 30|31|MORE_THAN",
        "nearly 600|600|ABOUT",
        "about 40|40|ABOUT",
        "around forty|40|ABOUT",
        "some 20|20|ABOUT",
        "up to 30|30|UP_TO",
        "as many as four|4|UP_TO",
        "no less than 15|15|AT_LEAST",
        "no fewer than 15|15|AT_LEAST",
        "not fewer than 15|15|AT_LEAST",
        "a minimum of 15|15|AT_LEAST",
        "upwards of 50|51|MORE_THAN",
        "in excess of 50|51|MORE_THAN",
        "exceeded 100|101|MORE_THAN",
        "topped 1,000|1001|MORE_THAN",
        "almost 70|70|ABOUT",
        "roughly 70|70|ABOUT",
        "approximately 70|70|ABOUT",
        "an estimated 70|70|ABOUT",
        "estimated 70|70|ABOUT",
        "close to 70|70|ABOUT",
        "at most 9|9|UP_TO",
        "no more than 9|9|UP_TO",
    })
    void readsQualifiers(String phrase, int value, Qualifier qualifier) {
        Quantity q = PARSER.parse(phrase);
        assertThat(q.value()).isEqualTo(value);
        assertThat(q.qualifier()).isEqualTo(qualifier);
        assertThat(q.first()).isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "20 to 30", "between 20 and 30", "20-30", "twenty to thirty",
    })
    void readsRanges(String phrase) {
        Quantity q = PARSER.parse(phrase);
        assertThat(q.value()).isEqualTo(20);
        assertThat(q.high()).isEqualTo(30);
        assertThat(q.range()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"several", "many", "a number of", "numerous", "a few", "a handful of", "countless"})
    void vagueCountsHaveNoFigure(String phrase) {
        Quantity q = PARSER.parse(phrase + " people");
        assertThat(q.vague()).isTrue();
        assertThat(q.qualifier()).isEqualTo(Qualifier.VAGUE);
    }

    @Test
    void findsEachFigureOfASentenceSeparately() {
        var found = PARSER.inWords(java.util.List.of("killing", "84", "mercenaries", "and", "47",
                "soldiers", "and", "wounding", "a", "dozen"));
        assertThat(found).extracting(Quantity::value).containsExactly(84, 47, 12);
    }

    @Test
    void wordsThatAreNotFiguresAreSkipped() {
        assertThat(PARSER.parse("a village")).isNull();
        assertThat(PARSER.parse("the attack")).isNull();
    }
}
