package org.sitrep.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;

class SyntheticNewsTest {

    @Test
    void reportsAreFullLengthDatedAndTheSameForTheSameSeed() {
        List<Article> a = new SyntheticNews(1).articles(20);
        assertThat(a).hasSize(20);
        assertThat(a).extracting(Article::id).doesNotHaveDuplicates();
        assertThat(a).allSatisfy(x -> {
            assertThat(x.text().length()).isBetween(1700, 2800);
            assertThat(x.published()).isNotNull();
            assertThat(x.text()).doesNotContain("%");
        });
        assertThat(new SyntheticNews(1).articles(3)).isEqualTo(a.subList(0, 3));
        assertThat(new SyntheticNews(2).articles(3)).isNotEqualTo(a.subList(0, 3));
        assertThat(a.stream().map(Article::text).distinct()).hasSize(20);
    }
}
