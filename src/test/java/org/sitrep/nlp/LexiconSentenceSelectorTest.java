package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconSentenceSelectorTest {

    private static final LexiconSentenceSelector SELECTOR = LexiconSentenceSelector.load();

    private static boolean selects(String words, String lemmas) {
        List<String> w = Arrays.asList(words.split(" "));
        return SELECTOR.selects(w, lemmas == null ? w : Arrays.asList(lemmas.split(" ")));
    }

    @Test
    void selectsSentencesWithATriggerADeathWordOrAClaim() {
        assertThat(selects("Gunmen attacked a village", "gunman attack a village")).isTrue();
        assertThat(selects("A car bomb went off", "a car bomb go off")).isTrue();
        assertThat(selects("They counted 14 bodies", "they count 14 body")).isTrue();
        assertThat(selects("Two farmers died", "two farmer die")).isTrue();
        assertThat(selects("The group claimed it", "the group claim it")).isTrue();
    }

    @Test
    void leavesBackgroundSentencesOut() {
        assertThat(selects("The economy relies on farming and cattle",
                "the economy rely on farming and cattle")).isFalse();
        assertThat(selects("Aid workers say the roads are difficult",
                "aid worker say the road be difficult")).isFalse();
        // a figure alone does not select
        assertThat(selects("Seven were hurt", "seven be hurt")).isFalse();
    }

    @Test
    void aPhraseOfSeveralWordsSelectsOnlyWithAllItsWords() {
        assertThat(selects("Rebels took control of the town", "rebel take control of the town")).isTrue();
        assertThat(selects("The government keeps control of prices", "the government keep control of price"))
                .isFalse();
        assertThat(selects("They take the bus to work", "they take the bus to work")).isFalse();
    }
}
