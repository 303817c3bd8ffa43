package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GluedSentencesTest {

    @Test
    void insertsASpaceAfterAGluedFullStopAndMapsOffsetsBack() {
        String original = "Rebels held the territory.Officials said so.";
        GluedSentences g = GluedSentences.separate(original);
        assertThat(g.text()).isEqualTo("Rebels held the territory. Officials said so.");
        int officials = g.text().indexOf("Officials");
        assertThat(g.toOriginal(officials)).isEqualTo(original.indexOf("Officials"));
        int stop = g.text().indexOf('.') + 1;
        assertThat(g.toOriginal(stop)).isEqualTo(original.indexOf('.') + 1);
        assertThat(g.toOriginal(g.text().length())).isEqualTo(original.length());
    }

    @Test
    void separatesAfterQuestionMarksAndClosingQuotes() {
        assertThat(GluedSentences.separate("\u201CWe will fight.\u201DThe army said so?Yes.").text())
                .isEqualTo("\u201CWe will fight.\u201D The army said so? Yes.");
    }

    @Test
    void leavesAbbreviationsDecimalsAndOrdinaryTextAlone() {
        for (String s : new String[] {"U.S.Army units moved.", "It rose 2.5 percent.",
                "He visited example.com today.", "A normal sentence. Another one."}) {
            GluedSentences g = GluedSentences.separate(s);
            assertThat(g.text()).isEqualTo(s);
            assertThat(g.toOriginal(5)).isEqualTo(5);
        }
    }

    @Test
    void separatesAClockTimeGluedToTheNextSentence() {
        assertThat(GluedSentences.separate("The convoy left at 6:15 a.m.Gunmen stopped it at 9 p.m.Nobody was hurt.").text())
                .isEqualTo("The convoy left at 6:15 a.m. Gunmen stopped it at 9 p.m. Nobody was hurt.");
        // lower case after it is not a new sentence, as in a squeezed "a.m.daily"
        assertThat(GluedSentences.separate("Open from 9 a.m.daily").text())
                .isEqualTo("Open from 9 a.m.daily");
    }

    @Test
    void separatesAfterNumbersAcronymsAndQuotesAndBeforeAOneLetterWord() {
        assertThat(GluedSentences.separate("It began in 1987.Rebels say the 5th.Troops deny it.").text())
                .isEqualTo("It began in 1987. Rebels say the 5th. Troops deny it.");
        assertThat(GluedSentences.separate("They blamed the FARC.Police then left (at 9 GMT).Nobody came.").text())
                .isEqualTo("They blamed the FARC. Police then left (at 9 GMT). Nobody came.");
        assertThat(GluedSentences.separate("He called it \u201Cmurder\u201D.Officials agreed.It was late.A bomb fell.").text())
                .isEqualTo("He called it \u201Cmurder\u201D. Officials agreed. It was late. A bomb fell.");
    }

    @Test
    void leavesInitialsTitlesAndVersionsAlone() {
        for (String s : new String[] {"Mr.Smith spoke.", "J.R.R.Tolkien wrote.",
                "Read 3.4Million times.", "See U.S.A.Today."}) {
            assertThat(GluedSentences.separate(s).text()).isEqualTo(s);
        }
    }
}
