package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeWindowTaggerTest {

    private final TimeWindowTagger tagger = new TimeWindowTagger(null, new TimeWordSelector(), 2);

    private static List<CoreLabel> tokens(String sentence) {
        List<CoreLabel> out = new ArrayList<>();
        for (String w : sentence.split(" ")) {
            CoreLabel t = new CoreLabel();
            t.setWord(w);
            t.setLemma(w.toLowerCase());
            out.add(t);
        }
        return out;
    }

    @Test
    void aWindowReachesEitherSideOfATimeWordWithinTheSentence() {
        assertThat(tagger.windows(tokens("Yesterday rebels attacked a convoy near the border")))
                .containsExactly(new int[] {0, 3});
        assertThat(tagger.windows(tokens("Rebels attacked a convoy near the border on Sunday")))
                .containsExactly(new int[] {6, 9});
    }

    @Test
    void overlappingOrTouchingWindowsAreJoinedAndDistantOnesKeptApart() {
        // "Sunday" (1) and "morning" (3) overlap; "2023" (10) stands alone
        assertThat(tagger.windows(tokens("On Sunday the morning raid killed dozens of villagers since 2023 began")))
                .containsExactly(new int[] {0, 6}, new int[] {8, 12});
    }

    @Test
    void aSentenceWithoutTimeWordsHasNoWindow() {
        assertThat(tagger.windows(tokens("Rebels attacked a convoy and killed 12 soldiers"))).isEmpty();
    }
}
