package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;

class ArticleCheckTest {

    private static final String REPORT = "Gunmen attacked a village in the north of the country on "
            + "Sunday and killed five people, officials said. ";

    @Test
    void acceptsAnOrdinaryReport() {
        ArticleCheck.Checked c = new ArticleCheck().check(Article.of("a", null, REPORT));
        assertThat(c.article().text()).isEqualTo(REPORT);
        assertThat(c.warnings()).isEmpty();
    }

    @Test
    void rejectsEmptyText() {
        assertThatThrownBy(() -> new ArticleCheck().check(Article.of("a", null, "  \n ")))
                .hasMessage("empty text");
    }

    @Test
    void rejectsBinaryJunk() {
        StringBuilder junk = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            junk.append((char) (i % 32)).append('\uFFFD').append('x');
        }
        assertThatThrownBy(() -> new ArticleCheck().check(Article.of("a", null, junk.toString())))
                .hasMessageContaining("binary");
    }

    @Test
    void rejectsTextThatIsNotEnglish() {
        String french = "Des hommes armés ont attaqué un village dans le nord du pays dimanche "
                + "et tué cinq personnes, selon des responsables locaux joints par téléphone.";
        assertThatThrownBy(() -> new ArticleCheck().check(Article.of("a", null, french)))
                .hasMessageContaining("English");
    }

    @Test
    void cutsOverlongTextWithAWarning() {
        String huge = REPORT.repeat(10_000);
        ArticleCheck.Checked c = new ArticleCheck(1_000).check(Article.of("a", null, huge));
        assertThat(c.article().text()).hasSize(1_000);
        assertThat(c.warnings()).singleElement().asString().contains("coded only the first 1,000");
    }
}
