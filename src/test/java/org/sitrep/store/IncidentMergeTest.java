package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.io.Offsets;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.MergedEvent;
import org.sitrep.model.ReportedEvent;
import org.sitrep.model.SourceArticle;
import org.sitrep.model.SourcedClaim;
import org.sitrep.pipeline.DefaultPipeline;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.places.GazetteerStore;
import org.sitrep.testing.SharedNlp;

/**
 * Reports written for this test, coded by the real pipeline (shared CoreNLP, the test
 * gazetteer): three reports of one market attack in Kaduna, worded differently, with different
 * tolls and with dates a day apart, and a report of another attack the same day in Zaria, 70 km
 * away. The store must hold exactly two merged events, whatever order the reports arrive in.
 */
class IncidentMergeTest {

    @TempDir
    static Path dir;

    static final Map<String, Article> REPORTS = new LinkedHashMap<>();
    static final Map<String, List<Event>> CODED = new LinkedHashMap<>();

    static {
        add("kaduna-a", "2025-06-02", "Gunmen kill 14 at Kaduna cattle market",
                "Gunmen killed at least 14 people at a cattle market in Kaduna on Sunday, police said. "
                        + "Witnesses said the attackers arrived on motorcycles and fired on traders.");
        add("kaduna-b", "2025-06-02", "Traders shot dead in Kaduna",
                "Armed men stormed a livestock market in Kaduna on Sunday and shot dead 17 traders, "
                        + "a local official said.");
        add("kaduna-c", "2025-06-03", "Market attack toll rises",
                "Bandits killed about 20 people at a market in Kaduna on Saturday, a community leader said on Tuesday.");
        add("zaria-a", "2025-06-02", "Farmers killed in Zaria",
                "Gunmen killed nine farmers in an attack on a village in Zaria on Sunday, residents said.");
    }

    private static void add(String id, String published, String title, String text) {
        REPORTS.put(id, new Article(id, LocalDate.parse(published), title, text, null));
    }

    @BeforeAll
    static void code() throws Exception {
        Path source = Files.createDirectories(dir.resolve("data/gazetteer/source"));
        copy("/org/sitrep/places/cities500-fixture.txt", source.resolve("cities500.txt"));
        copy("/org/sitrep/places/admin1-fixture.json", source.resolve("admin1.json"));
        Pipeline pipeline = DefaultPipeline.create(SharedNlp.builder(), GazetteerStore.open(dir.resolve("data")));
        for (Article a : REPORTS.values()) {
            Offsets offsets = Offsets.of(a.text());
            CODED.put(a.id(), pipeline.code(a).events().stream().map(offsets::codePoints).toList());
        }
    }

    private static void copy(String resource, Path to) throws Exception {
        try (InputStream in = IncidentMergeTest.class.getResourceAsStream(resource)) {
            Files.copy(in, to);
        }
    }

    static List<String> kinds() {
        return TestStores.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void threeReportsOfOneAttackMergeAndTheAttackNearbyStaysApartInEveryOrder(String kind) {
        assertThat(CODED.values()).as("the pipeline codes one event per report").allSatisfy(e -> assertThat(e).hasSize(1));
        List<List<String>> orders = List.of(
                List.of("kaduna-a", "kaduna-b", "kaduna-c", "zaria-a"),
                List.of("zaria-a", "kaduna-c", "kaduna-b", "kaduna-a"),
                List.of("kaduna-b", "zaria-a", "kaduna-a", "kaduna-c"));
        List<List<MergedEvent>> results = new ArrayList<>();
        for (int i = 0; i < orders.size(); i++) {
            try (TestStores.Database db = TestStores.fresh(kind, dir.resolve(kind + "-order" + i));
                 EventStore store = db.open()) {
                for (String id : orders.get(i)) {
                    Article a = REPORTS.get(id);
                    store.ingest(new SourceArticle(id, a.published(), a.title(), a.url(), TextHash.of(a.text())),
                            CODED.get(id));
                }
                List<MergedEvent> merged = new ArrayList<>();
                store.forEachMerged(EventFilter.ALL, merged::add);
                results.add(merged);
            }
        }
        List<MergedEvent> first = results.get(0);
        assertThat(first).hasSize(2);
        MergedEvent kaduna = first.stream().filter(m -> m.reports().size() == 3).findFirst().orElseThrow();
        MergedEvent zaria = first.stream().filter(m -> m.reports().size() == 1).findFirst().orElseThrow();

        assertThat(kaduna.reports()).extracting(r -> r.article().id())
                .containsExactlyInAnyOrder("kaduna-a", "kaduna-b", "kaduna-c");
        assertThat(kaduna.event().location().name()).isEqualTo("Kaduna");
        // every report's figure is kept beside its source: 14 (at least), 17, about 20
        assertThat(kaduna.claims()).extracting(c -> c.claim().killed()).containsExactlyInAnyOrder(14, 17, 20);
        assertThat(kaduna.claims()).extracting(SourcedClaim::articleIds)
                .containsExactlyInAnyOrder(List.of("kaduna-a"), List.of("kaduna-b"), List.of("kaduna-c"));
        // contested tolls stay side by side: low is the smallest claim, high the largest
        assertThat(kaduna.event().fatalities().low()).isEqualTo(14);
        assertThat(kaduna.event().fatalities().high()).isEqualTo(20);
        assertThat(kaduna.event().fatalities().best()).isBetween(14, 20);

        assertThat(zaria.reports()).extracting(ReportedEvent::key).containsExactly("zaria-a#0");
        assertThat(zaria.event().location().name()).isEqualTo("Zaria");
        assertThat(zaria.event().fatalities().low()).isEqualTo(9);

        for (List<MergedEvent> other : results.subList(1, results.size())) {
            assertThat(other).isEqualTo(first);
        }
    }
}
