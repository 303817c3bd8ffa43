package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Doc;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;
import org.sitrep.testing.SharedNlp;

class CoreNlpDocBuilderTest {

    @Test
    void everySpanPointsAtItsOwnWordsInTheOriginalText() {
        String text = "Militants attacked the base on Sunday.Officials in Gao said 12 soldiers died.\n\n"
                + "The army responded.";
        Doc doc = SharedNlp.doc(text, "2024-08-26");
        assertThat(doc.sentences()).hasSize(3);
        assertThat(doc.text(doc.sentence(1).span())).isEqualTo("Officials in Gao said 12 soldiers died.");
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                assertThat(doc.text(t.span())).as("token %s", t).isEqualTo(t.word());
            }
        }
        assertThat(doc.entities()).anySatisfy(e -> {
            assertThat(e.text()).isEqualTo("Gao");
            assertThat(doc.text(e.span())).isEqualTo("Gao");
            assertThat(e.sentence()).isEqualTo(1);
        });
    }

    @Test
    void timeExpressionsAreResolvedAgainstThePublicationDate() {
        Doc doc = SharedNlp.doc("Rebels attacked the town on Sunday.", "2024-08-26");
        assertThat(doc.times()).singleElement().satisfies(t -> {
            assertThat(t.text()).isEqualTo("Sunday");
            assertThat(t.value()).isEqualTo("2024-08-25");
        });
        assertThat(doc.sentence(0).dependencies()).anySatisfy(d -> assertThat(d.relation()).isEqualTo("root"));
    }

    @Test
    void parsesOnlyTheSentencesThatCanCarryAnEvent() {
        String text = "The region depends on farming. Its markets sell cattle and grain. Prices rose "
                + "sharply this year. Rebels attacked a convoy near the border. The road is often "
                + "closed in the rainy season. Farmers grow millet. Traders sell it abroad.";
        Doc doc = SharedNlp.doc(text, "2024-08-26");
        assertThat(doc.sentences()).hasSize(7);
        // the attack (3) is parsed; the background around it is not
        assertThat(doc.sentence(3).dependencies()).isNotEmpty();
        for (int i : new int[] {0, 1, 2, 4, 5, 6}) {
            assertThat(doc.sentence(i).dependencies()).as("sentence %d", i).isEmpty();
        }
        // every sentence still has tokens, parts of speech and named entities
        assertThat(doc.sentence(0).tokens()).allSatisfy(t -> assertThat(t.pos()).isNotBlank());
        // the sentence before the attack keeps its times, the context of a relative date
        assertThat(doc.times()).anySatisfy(t -> assertThat(t.text()).isEqualTo("this year"));
    }

    @Test
    void withoutASelectorEverySentenceIsParsed() {
        CoreNlpDocBuilder full = new CoreNlpDocBuilder(CoreNlpDocBuilder.defaultProperties());
        Doc doc = full.build(org.sitrep.model.Article.of("t", null, "Farmers grow millet. Traders sell it."));
        assertThat(doc.sentences()).allSatisfy(s -> assertThat(s.dependencies()).isNotEmpty());
    }

    @Test
    void timesAreFoundAroundTheirTimeWordsAndFiguresElsewhereStayCounts() {
        // CoreNLP's number rules without SUTime would relabel "300" a duration because "two
        // days" follows; SUTime reads only the words around "days" and "Tuesday"
        Doc doc = SharedNlp.doc("The army said it had killed more than 300 fighters from the armed group "
                + "during two days of heavy clashes in the hills north of the town that ended on Tuesday.",
                "2024-08-29");
        assertThat(doc.times()).extracting(t -> t.text()).containsExactly("two days", "Tuesday");
        assertThat(doc.times()).filteredOn(t -> t.text().equals("Tuesday"))
                .singleElement().satisfies(t -> assertThat(t.value()).isEqualTo("2024-08-27"));
        Token count = doc.sentence(0).tokens().stream().filter(t -> t.word().equals("300")).findFirst().orElseThrow();
        assertThat(count.ner()).isEqualTo("NUMBER");
        assertThat(doc.entities()).anySatisfy(e -> assertThat(e.text()).isEqualTo("300"));
    }

    @Test
    void aTimeExpressionLongerThanOneWindowIsFoundWhole() {
        Doc doc = SharedNlp.doc("Gunmen attacked the village of Kala at about 11 p.m. on Saturday, "
                + "March 2, 2024, and fighting went on until dawn, residents said.", "2024-03-05");
        assertThat(doc.times()).anySatisfy(t -> assertThat(t.value()).startsWith("2024-03-02"));
        assertThat(doc.entities()).anySatisfy(e -> {
            assertThat(e.text()).isEqualTo("Kala");
            assertThat(e.type()).isEqualTo("LOCATION");
        });
    }
}
