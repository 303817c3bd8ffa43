package org.sitrep.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
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
            BenchResult r = new BenchRunner(p).run("test", articles, new BenchPlan(List.of(2), 1, 3), 1.5, heap);
            assertThat(r.articles()).isEqualTo(3);
            assertThat(r.failed()).isEqualTo(1);
            // the failed article is annotated before its stage fails, but not counted
            assertThat(r.tokens()).isEqualTo(5);
            assertThat(r.sentences()).isEqualTo(2);
            assertThat(r.parsedSentences()).isZero();
            assertThat(r.byThreads()).extracting(BenchResult.ThreadsSummary::threads).containsExactly(2);
            assertThat(r.loadSeconds()).isEqualTo(1.5);
            BenchResult.ThreadsSummary two = r.byThreads().get(0);
            assertThat(two.steps()).extracting(BenchResult.StepShare::step).containsExactly("nlp", "events");
            assertThat(two.steps()).extracting(BenchResult.StepShare::share)
                    .allSatisfy(s -> assertThat(s).isBetween(0.0, 1.0));
            assertThat(two.p99Millis()).isGreaterThanOrEqualTo(two.p50Millis());
            assertThat(two.scaling()).isEqualTo(1.0);
            assertThat(r.peakHeapMb()).isPositive();
            assertThat(r.peakHeapAfterGcMb()).isBetween(0.0, r.peakHeapMb());
            assertThat(two.jitSeconds()).isGreaterThanOrEqualTo(0.0);
            assertThat(r.warmup().articles()).isEqualTo(3);
            assertThat(r.warmup().threads()).isEqualTo(2);
        }
    }

    @Test
    void measuredPassesRunInterleavedAfterOneWarmupOnTheMostThreads() {
        // every article coded, in the order coded, with the name of the pool thread coding it
        List<String> coded = new CopyOnWriteArrayList<>();
        DocBuilder recording = a -> {
            coded.add(Thread.currentThread().getName() + ":" + a.id());
            return WORDS.build(a);
        };
        Pipeline p = Pipeline.builder(recording).add(new Fails("events")).build();
        List<Article> articles = List.of(Article.of("a", null, "one two"), Article.of("b", null, "three"));
        try (HeapWatch heap = HeapWatch.start()) {
            BenchResult r = new BenchRunner(p).run("test", articles, new BenchPlan(List.of(2, 1), 3, 5), 0, heap);
            assertThat(r.rounds()).extracting(BenchResult.Round::threads).containsExactly(1, 2, 1, 2, 1, 2);
            assertThat(r.rounds()).extracting(BenchResult.Round::round).containsExactly(1, 1, 2, 2, 3, 3);
            assertThat(r.rounds()).allSatisfy(x -> {
                assertThat(x.tokens()).isEqualTo(3);
                assertThat(x.failed()).isZero();
            });
            assertThat(r.byThreads()).extracting(BenchResult.ThreadsSummary::threads).containsExactly(1, 2);
            assertThat(r.byThreads()).extracting(BenchResult.ThreadsSummary::rounds).containsExactly(3, 3);
            assertThat(r.warmup()).extracting(BenchResult.Warmup::articles, BenchResult.Warmup::threads)
                    .containsExactly(5, 2);
            // the warm-up cycles the two articles on two threads, then six passes of two articles
            // each, every one done before the next starts
            assertThat(coded).hasSize(5 + 6 * 2);
            assertThat(coded.subList(0, 5)).containsExactlyInAnyOrder("sitrep-bench-2-threads:a",
                    "sitrep-bench-2-threads:b", "sitrep-bench-2-threads:a", "sitrep-bench-2-threads:b",
                    "sitrep-bench-2-threads:a");
            List<String> passes = new ArrayList<>();
            for (int i = 5; i < coded.size(); i += 2) {
                assertThat(coded.subList(i, i + 2)).extracting(s -> s.substring(s.indexOf(':') + 1))
                        .containsExactlyInAnyOrder("a", "b");
                passes.add(coded.get(i).substring(0, coded.get(i).indexOf(':')));
                assertThat(coded.get(i + 1)).startsWith(passes.get(passes.size() - 1) + ":");
            }
            assertThat(passes).containsExactly("sitrep-bench-1-threads", "sitrep-bench-2-threads",
                    "sitrep-bench-1-threads", "sitrep-bench-2-threads", "sitrep-bench-1-threads",
                    "sitrep-bench-2-threads");
        }
    }

    @Test
    void percentileIsTheNearestRank() {
        long[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertThat(BenchSummary.percentile(sorted, 0.5)).isEqualTo(5);
        assertThat(BenchSummary.percentile(sorted, 0.99)).isEqualTo(10);
        assertThat(BenchSummary.percentile(new long[] {7}, 0.99)).isEqualTo(7);
        assertThat(BenchSummary.percentile(new long[0], 0.5)).isZero();
    }

    @Test
    void tableAndJsonCarryTheFigures() throws Exception {
        Pipeline p = Pipeline.builder(WORDS).add(new Fails("events")).build();
        try (HeapWatch heap = HeapWatch.start()) {
            BenchResult r = new BenchRunner(p).run("in.jsonl", List.of(Article.of("a", null, "x y")),
                    new BenchPlan(List.of(1, 2), 2, 0), 2.0, heap);
            assertThat(BenchTable.format(r)).contains("in.jsonl", "model load    2.0 s", "latency p50 / p99",
                    "peak heap", "JIT", "events", "scaling", "min - max", "interleaved: threads 1, 2, 1, 2",
                    "1 thread", "2 threads");
            String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(r);
            assertThat(json).contains("\"articlesPerSecond\":{\"median\"", "\"scaling\"", "\"p99Millis\"",
                    "\"peakHeapMb\"", "\"jitSeconds\"", "\"gcSeconds\"", "\"byThreads\"", "\"rounds\":[{\"round\":1",
                    "\"steps\":[{\"step\":\"nlp\"");
        }
    }
}
