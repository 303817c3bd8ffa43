package org.sitrep.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Doc;
import org.sitrep.model.Event;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.nlp.DocBuilder;
import org.sitrep.pipeline.Field;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Stage;

class BenchRunnerTest {

    /** One sentence with one token per word: enough for token counts. */
    static final DocBuilder WORDS = a -> {
        String[] words = a.text().split(" ");
        List<Token> tokens = new java.util.ArrayList<>();
        int at = 0;
        for (String w : words) {
            tokens.add(new Token(tokens.size(), new Span(at, at + w.length()), w, w, "NN", "O"));
            at += w.length() + 1;
        }
        return new Doc(a, List.of(new Sentence(0, new Span(0, a.text().length()), tokens, List.of())),
                List.of(), List.of());
    };

    record Fails(String name) implements Stage {
        @Override
        public Set<Field> requires() {
            return Set.of();
        }

        @Override
        public Set<Field> provides() {
            return Set.of(Field.EVENTS);
        }

        @Override
        public List<Event> apply(Doc doc, List<Event> events) {
            if (doc.text().contains("boom")) {
                throw new IllegalStateException("stage failed");
            }
            return List.of();
        }
    }

    @Test
    void countsArticlesTokensFailuresAndTimesEveryStep() {
        Pipeline p = Pipeline.builder(WORDS).add(new Fails("events")).build();
        List<Article> articles = List.of(Article.of("a", null, "one two three"),
                Article.of("b", null, "four five"), Article.of("c", null, "boom here"));
        try (HeapWatch heap = HeapWatch.start()) {
            BenchResult r = new BenchRunner(p).run("test", articles, 2, 3, 1.5, heap);
            assertThat(r.articles()).isEqualTo(3);
            assertThat(r.failed()).isEqualTo(1);
            // the failed article is annotated before its stage fails, but not counted
            assertThat(r.tokens()).isEqualTo(5);
            assertThat(r.sentences()).isEqualTo(2);
            assertThat(r.parsedSentences()).isZero();
            assertThat(r.threads()).isEqualTo(2);
            assertThat(r.loadSeconds()).isEqualTo(1.5);
            assertThat(r.steps()).extracting(BenchResult.StepShare::step).containsExactly("nlp", "events");
            assertThat(r.steps()).extracting(BenchResult.StepShare::share)
                    .allSatisfy(s -> assertThat(s).isBetween(0.0, 1.0));
            assertThat(r.p99Millis()).isGreaterThanOrEqualTo(r.p50Millis());
            assertThat(r.peakHeapMb()).isPositive();
            assertThat(r.jitSeconds()).isGreaterThanOrEqualTo(0.0);
        }
    }

    @Test
    void percentileIsTheNearestRank() {
        long[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertThat(BenchRunner.percentile(sorted, 0.5)).isEqualTo(5);
        assertThat(BenchRunner.percentile(sorted, 0.99)).isEqualTo(10);
        assertThat(BenchRunner.percentile(new long[] {7}, 0.99)).isEqualTo(7);
        assertThat(BenchRunner.percentile(new long[0], 0.5)).isZero();
    }

    @Test
    void tableAndJsonCarryTheFigures() throws Exception {
        Pipeline p = Pipeline.builder(WORDS).add(new Fails("events")).build();
        try (HeapWatch heap = HeapWatch.start()) {
            BenchResult r = new BenchRunner(p).run("in.jsonl", List.of(Article.of("a", null, "x y")), 1, 0,
                    2.0, heap);
            assertThat(BenchTable.format(r)).contains("in.jsonl", "model load    2.0 s", "latency p99",
                    "peak heap", "JIT", "events");
            String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(r);
            assertThat(json).contains("\"articlesPerSecond\"", "\"p99Millis\"", "\"peakHeapMb\"", "\"jitSeconds\"",
                    "\"steps\":[{\"step\":\"nlp\"");
        }
    }
}
