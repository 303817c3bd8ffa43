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
    void leavesSentencesWithoutTimeWordsToNerWithoutSutime() {
        assertThat(selects("Aid workers say access remains difficult")).isFalse();
        assertThat(selects("The governor visited Gao")).isFalse();
    }
}
