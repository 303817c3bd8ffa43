package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sitrep.io.InputItem;
import org.sitrep.model.Article;
import org.sitrep.model.Doc;
import org.sitrep.nlp.DocBuilder;

class BatchCoderTest {

    /** Slows down early articles so that they finish last on a multi-threaded run. */
    static final DocBuilder UNEVEN = a -> {
        if (a.text().contains("explode")) {
            throw new IllegalArgumentException("parser choked\nsecond line of detail");
        }
        int n = Integer.parseInt(a.id());
        try {
            Thread.sleep(Math.max(0, 40 - n * 2L));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new Doc(a, List.of(), List.of(), List.of());
    };

    private static Pipeline pipeline() {
        return Pipeline.builder(UNEVEN).add(new PipelineTest.Recording("events", Set.of(),
                Set.of(Field.EVENTS), new java.util.concurrent.CopyOnWriteArrayList<>())).build();
    }

    private static List<InputItem> items(int n) {
        List<InputItem> items = new ArrayList<>();
        IntStream.range(0, n).forEach(i -> items.add(InputItem.ok(
                Article.of(String.valueOf(i), null, i == 5 ? "bombs explode here" : "Troops and rebels clashed in the town."),
                List.of())));
        items.add(3, InputItem.bad("line 4", "malformed JSON"));
        return items;
    }

    @Test
    void resultsComeInInputOrderWhateverTheThreadCount() {
        List<String> order = new ArrayList<>();
        new BatchCoder(pipeline(), new ArticleCheck(), 4).run(items(20).iterator(),
                r -> order.add(r.item().label()));
        List<String> expected = new ArrayList<>();
        items(20).forEach(i -> expected.add(i.label()));
        assertThat(order).isEqualTo(expected);
    }

    @Test
    void aFailingArticleIsReportedInOneLineAndTheBatchGoesOn() {
        List<BatchCoder.Result> results = new ArrayList<>();
        new BatchCoder(pipeline(), new ArticleCheck(), 2).run(items(8).iterator(), results::add);
        assertThat(results).hasSize(9);
        assertThat(results).filteredOn(BatchCoder.Result::failed).extracting(BatchCoder.Result::error)
                .containsExactly("malformed JSON", "coding failed: IllegalArgumentException: parser choked");
        assertThat(results).filteredOn(r -> !r.failed()).allSatisfy(r -> assertThat(r.events()).hasSize(1));
    }
}
