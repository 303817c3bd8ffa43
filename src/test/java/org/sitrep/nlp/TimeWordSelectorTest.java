package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeWordSelectorTest {

    private static boolean selects(String words) {
        List<String> w = Arrays.asList(words.split(" "));
        return new TimeWordSelector().selects(w, w);
    }

    @Test
    void selectsSentencesThatCanHoldATimeExpression() {
        assertThat(selects("Rebels attacked the town on Sunday")).isTrue();
        assertThat(selects("The talks broke down two years ago")).isTrue();
        assertThat(selects("Fighting resumed at dawn")).isTrue();
        assertThat(selects("It happened in 2019")).isTrue();
        assertThat(selects("Clashes erupted overnight")).isTrue();
    }

    @Test
    void selectsFiguresThatCanBeATime() {
        assertThat(selects("Shooting was heard at about 20:00")).isTrue();
        assertThat(selects("The ceasefire of 12/05/2024 collapsed")).isTrue();
        assertThat(selects("Troops withdrew on the 5th")).isTrue();
        assertThat(selects("The group was founded in the 1990s")).isTrue();
        assertThat(selects("The curfew starts at 2200")).isTrue();
    }

    @Test
    void aCountAloneDoesNotSelect() {
        assertThat(selects("Gunmen killed 40 villagers and burned 1,200 homes")).isFalse();
        assertThat(selects("At least 3 soldiers and 12 rebels died")).isFalse();
        // with a time word it does
        assertThat(selects("Gunmen killed 40 villagers in 3 days")).isTrue();
    }

    @Test
    void leavesSentencesWithoutTimeWordsToNerWithoutSutime() {
        assertThat(selects("Aid workers say access remains difficult")).isFalse();
        assertThat(selects("The governor visited Gao")).isFalse();
    }
}
