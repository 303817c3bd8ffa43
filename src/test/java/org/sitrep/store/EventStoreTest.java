package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.codebook.EventType;
import org.sitrep.codebook.SubEventType;
import org.sitrep.merging.ReportMerger;
import org.sitrep.model.Event;
import org.sitrep.model.Location;
import org.sitrep.model.MergedEvent;
import org.sitrep.model.ReportedEvent;
import org.sitrep.model.SourceArticle;

/** The store's contract on the embedded database and on PostgreSQL (see {@link TestStores}). */
class EventStoreTest {

    @TempDir
    Path tmp;

    static List<String> kinds() {
        return TestStores.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void migratesAnEmptyDatabaseAndOpensAgainWithoutChangingIt(String kind) {
        try (TestStores.Database db = TestStores.fresh(kind, tmp)) {
            try (EventStore store = db.open()) {
                assertThat(store.articleCount()).isZero();
                assertThat(store.mergedEventCount()).isZero();
                Synthetic.Report r = Synthetic.batch(1).get(0);
                store.ingest(r.article(), r.events());
            }
            try (EventStore again = db.open()) {
                assertThat(again.articleCount()).isEqualTo(1);
                assertThat(again.reportedEventCount()).isEqualTo(1);
                assertThat(again.mergedEventCount()).isEqualTo(1);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void anArticleStoredWithTheSameTextIsSkipped(String kind) {
        try (TestStores.Database db = TestStores.fresh(kind, tmp); EventStore store = db.open()) {
            Synthetic.Report r = Synthetic.batch(1).get(0);
            assertThat(store.isStored(r.article().id(), r.article().textHash())).isFalse();

            IngestResult first = store.ingest(r.article(), r.events());
            IngestResult second = store.ingest(r.article(), r.events());

            assertThat(first.outcome()).isEqualTo(IngestResult.Outcome.STORED);
            assertThat(first.mergedTouched()).isEqualTo(1);
            assertThat(second.outcome()).isEqualTo(IngestResult.Outcome.UNCHANGED);
            assertThat(second.events()).isEqualTo(1);
            assertThat(second.mergedTouched()).isZero();
            assertThat(store.isStored(r.article().id(), r.article().textHash())).isTrue();
            assertThat(store.isStored(r.article().id(), TextHash.of("another text"))).isFalse();
            assertThat(store.reportedEventCount()).isEqualTo(1);
            assertThat(store.mergedEventCount()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aChangedTextReplacesTheArticlesEventsAndSplitsWhatTheyHadMerged(String kind) {
        try (TestStores.Database db = TestStores.fresh(kind, tmp); EventStore store = db.open()) {
            // a and b report incident 0; c reports it too, then is corrected to another incident
            store.ingest(Synthetic.article("a", "a"), List.of(Synthetic.attack("a", 0, 10)));
            store.ingest(Synthetic.article("b", "b"), List.of(Synthetic.attack("b", 0, 12)));
            store.ingest(Synthetic.article("c", "c"), List.of(Synthetic.attack("c", 0, 30)));
            assertThat(store.mergedEventCount()).isEqualTo(1);
            assertThat(merged(store).get(0).reports()).extracting(ReportedEvent::key)
                    .containsExactlyInAnyOrder("a#0", "b#0", "c#0");

            IngestResult r = store.ingest(Synthetic.article("c", "c corrected"),
                    List.of(Synthetic.attack("c", 5, 7), Synthetic.attack("c", 9, 1)));

            assertThat(r.outcome()).isEqualTo(IngestResult.Outcome.REPLACED);
            assertThat(r.events()).isEqualTo(2);
            assertThat(store.articleCount()).isEqualTo(3);
            assertThat(store.reportedEventCount()).isEqualTo(4);
            List<MergedEvent> all = merged(store);
            assertThat(all).extracting(m -> m.reports().stream().map(ReportedEvent::key).sorted().toList())
                    .containsExactlyInAnyOrder(List.of("a#0", "b#0"), List.of("c#0"), List.of("c#1"));
            MergedEvent ab = all.stream().filter(m -> m.reports().size() == 2).findFirst().orElseThrow();
            assertThat(ab.event().fatalities().high()).as("the corrected toll of 30 is gone").isEqualTo(12);
            assertThat(store.isStored("c", TextHash.of("c"))).isFalse();
            assertThat(store.isStored("c", TextHash.of("c corrected"))).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void anArticleTheDatabaseRefusesHalfwayLeavesNothingAndTheOldVersionIntact(String kind) {
        try (TestStores.Database db = TestStores.fresh(kind, tmp); EventStore store = db.open()) {
            store.ingest(Synthetic.article("a", "a"), List.of(Synthetic.attack("a", 0, 10)));
            store.ingest(Synthetic.article("b", "b"), List.of(Synthetic.attack("b", 0, 12)));
            // the second event's country code is too long for its column: the insert fails after
            // the article row, the first event and the deletion of b's old event were written
            Event good = Synthetic.attack("b", 3, 4);
            Location l = good.location();
            Event bad = good.withLocation(new Location(l.name(), null, l.lat(), l.lon(), null,
                    "NOT-A-COUNTRY-CODE", null, 1, null));
            SourceArticle changed = Synthetic.article("b", "b changed");

            assertThatThrownBy(() -> store.ingest(changed, List.of(good, bad)))
                    .isInstanceOf(StoreException.class).hasMessageStartingWith("article b not stored: ");
            assertThatThrownBy(() -> store.ingest(Synthetic.article("n", "n"), List.of(good, bad)))
                    .isInstanceOf(StoreException.class).hasMessageStartingWith("article n not stored: ");

            assertThat(store.articleCount()).isEqualTo(2);
            assertThat(store.reportedEventCount()).isEqualTo(2);
            assertThat(store.isStored("b", TextHash.of("b"))).isTrue();
            assertThat(store.isStored("n", TextHash.of("n"))).isFalse();
            assertThat(merged(store)).singleElement().satisfies(m ->
                    assertThat(m.reports()).extracting(ReportedEvent::key).containsExactly("a#0", "b#0"));
            // and the store still takes articles afterwards
            store.ingest(Synthetic.article("n", "n"), List.of(good));
            assertThat(store.reportedEventCount()).isEqualTo(3);
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void mergedEventsAreTheMergersClustersOfEverythingStoredWhateverTheIngestOrder(String kind) throws Exception {
        List<Synthetic.Report> reports = new ArrayList<>(Synthetic.batch(30));
        // a report that corrects an earlier one, so the orders also differ in what gets replaced
        reports.add(new Synthetic.Report(Synthetic.article("syn-0004", "corrected"),
                List.of(Synthetic.attack("syn-0004", 7, 50))));
        List<List<String>> snapshots = new ArrayList<>();
        Random random = new Random(8);
        for (int run = 0; run < 3; run++) {
            List<Synthetic.Report> order = new ArrayList<>(reports.subList(0, 30));
            if (run > 0) {
                Collections.shuffle(order, random);
            }
            order.add(reports.get(30));
            try (TestStores.Database db = TestStores.fresh(kind, tmp.resolve("run" + run)); EventStore store = db.open()) {
                for (Synthetic.Report r : order) {
                    store.ingest(r.article(), r.events());
                }
                snapshots.add(snapshot(store));
                assertThat(store.mergedEventCount()).as("incident 1 keeps two reports, 7 gains a fourth").isEqualTo(10);
            }
        }
        assertThat(snapshots.get(1)).isEqualTo(snapshots.get(0));
        assertThat(snapshots.get(2)).isEqualTo(snapshots.get(0));
        assertThat(snapshots.get(0)).isEqualTo(expected(reports));
    }

    /** What the merger makes of the final reports in one go. */
    private static List<String> expected(List<Synthetic.Report> reports) {
        java.util.Map<String, Synthetic.Report> last = new java.util.TreeMap<>();
        reports.forEach(r -> last.put(r.article().id(), r));
        List<ReportedEvent> all = new ArrayList<>();
        for (Synthetic.Report r : last.values()) {
            for (int i = 0; i < r.events().size(); i++) {
                all.add(new ReportedEvent(ReportedEvent.keyOf(r.article().id(), i), r.article(),
                        Payloads.stored(r.events().get(i))));
            }
        }
        ReportMerger merger = new ReportMerger();
        return merger.clusters(all).stream().map(merger::merge).map(EventStoreTest::describe).sorted().toList();
    }

    private static List<String> snapshot(EventStore store) {
        List<String> out = new ArrayList<>();
        store.forEachMerged(EventFilter.ALL, m -> out.add(describe(m)));
        return out.stream().sorted().toList();
    }

    private static String describe(MergedEvent m) {
        return m.id() + " " + m.reports().stream().map(ReportedEvent::key).toList() + " "
                + Payloads.merged(m);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void filtersStreamMergedEventsByDateThenIdAndStatsCountThem(String kind) {
        try (TestStores.Database db = TestStores.fresh(kind, tmp); EventStore store = db.open()) {
            store.ingest(Synthetic.article("m1", "m1"), List.of(
                    Synthetic.event("m1", SubEventType.ATTACK, "ML", 12.6, -8.0, LocalDate.of(2025, 4, 2), 5),
                    Synthetic.event("m1", SubEventType.ARMED_CLASH, "ML", 16.3, 0.0, LocalDate.of(2025, 3, 20), 8)));
            store.ingest(Synthetic.article("m2", "m2"), List.of(
                    Synthetic.event("m2", SubEventType.ATTACK, "ML", 12.6, -8.0, LocalDate.of(2025, 4, 3), 6)));
            store.ingest(Synthetic.article("n1", "n1"), List.of(
                    Synthetic.event("n1", SubEventType.AIR_DRONE_STRIKE, "NG", 10.5, 7.4, LocalDate.of(2025, 4, 2), 3),
                    Synthetic.event("n1", SubEventType.ATTACK, "NG", 11.1, 7.7, LocalDate.of(2025, 4, 1), 0)));
            undated(store);

            List<MergedEvent> all = merged(store);
            assertThat(all).hasSize(5);
            assertThat(all).extracting(m -> m.event().date() == null ? null : m.event().date().date())
                    .containsExactly(LocalDate.of(2025, 3, 20), LocalDate.of(2025, 4, 1),
                            LocalDate.of(2025, 4, 2), LocalDate.of(2025, 4, 2), null);
            assertThat(all.get(2).id()).isLessThan(all.get(3).id());
            MergedEvent twoReports = all.stream().filter(m -> m.reports().size() == 2).findFirst().orElseThrow();
            assertThat(twoReports.reports()).extracting(r -> r.article().id()).containsExactlyInAnyOrder("m1", "m2");
            assertThat(twoReports.claims()).hasSize(2);

            assertThat(ids(store, new EventFilter("ML", null, null, null))).hasSize(2);
            assertThat(ids(store, new EventFilter(null, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 1), null)))
                    .hasSize(1);
            assertThat(ids(store, new EventFilter(null, LocalDate.of(2025, 4, 1), null, EventType.VIOLENCE_AGAINST_CIVILIANS)))
                    .hasSize(2);
            assertThat(ids(store, new EventFilter("ML", null, LocalDate.of(2025, 3, 31), EventType.BATTLES)))
                    .hasSize(1);
            assertThat(ids(store, new EventFilter("SV", null, null, null))).isEmpty();
            assertThat(store.merged(twoReports.id())).get().extracting(MergedEvent::reports)
                    .isEqualTo(twoReports.reports());
            assertThat(store.merged("ev-none")).isEmpty();
            // a sink may query the store while the stream is open
            List<String> nested = new ArrayList<>();
            store.forEachMerged(EventFilter.ALL, m -> nested.add(store.merged(m.id()).orElseThrow().id()
                    + "/" + store.mergedIdOf(m.reports().get(0).key()).orElseThrow()));
            assertThat(nested).hasSize(5).allSatisfy(n -> assertThat(n.split("/")[0]).isEqualTo(n.split("/")[1]));

            assertThat(store.stats(EventFilter.ALL)).containsExactly(
                    new StatsRow("ML", YearMonth.of(2025, 3), EventType.BATTLES, 1, 8),
                    new StatsRow("ML", YearMonth.of(2025, 4), EventType.VIOLENCE_AGAINST_CIVILIANS, 1, 5),
                    new StatsRow("NG", YearMonth.of(2025, 4), EventType.EXPLOSIONS_REMOTE_VIOLENCE, 1, 3),
                    new StatsRow("NG", YearMonth.of(2025, 4), EventType.VIOLENCE_AGAINST_CIVILIANS, 1, 0),
                    new StatsRow(null, null, EventType.PROTESTS, 1, 0));
            assertThat(store.stats(new EventFilter("NG", null, null, EventType.EXPLOSIONS_REMOTE_VIOLENCE)))
                    .containsExactly(new StatsRow("NG", YearMonth.of(2025, 4), EventType.EXPLOSIONS_REMOTE_VIOLENCE, 1, 3));
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void streamsMoreMergedEventsThanOneReadSliceInDateOrderEachWithAllItsReports(String kind) {
        // 250 incidents of three reports: the merged events span two slices of MergedReads
        List<Synthetic.Report> reports = Synthetic.batch(750);
        try (TestStores.Database db = TestStores.fresh(kind, tmp); EventStore store = db.open()) {
            for (Synthetic.Report r : reports) {
                store.ingest(r.article(), r.events());
            }
            undated(store);
            List<MergedEvent> all = merged(store);
            assertThat(all).hasSize(251);
            for (int i = 1; i < 250; i++) {
                MergedEvent a = all.get(i - 1);
                MergedEvent b = all.get(i);
                int byDate = a.event().date().date().compareTo(b.event().date().date());
                assertThat(byDate < 0 || byDate == 0 && a.id().compareTo(b.id()) < 0).as(a.id() + " before " + b.id()).isTrue();
            }
            assertThat(all.get(250).event().date()).isNull();
            java.util.Map<String, List<String>> expected = new java.util.TreeMap<>(Synthetic.expectedMerges(reports));
            expected.put(all.get(250).id(), List.of("u1#0"));
            assertThat(Synthetic.mergedSnapshot(store)).isEqualTo(expected);
            assertThat(all).allSatisfy(m -> assertThat(store.merged(m.id())).contains(m));
        }
    }

    /** An event with neither date nor place: stored, never merged, streamed last. */
    private static void undated(EventStore store) {
        Event e = Event.detected("u1", SubEventType.PEACEFUL_PROTEST, List.of(), List.of(new org.sitrep.model.Span(0, 9)));
        store.ingest(Synthetic.article("u1", "u1"), List.of(e));
    }

    private static List<String> ids(EventStore store, EventFilter f) {
        List<String> out = new ArrayList<>();
        store.forEachMerged(f, m -> out.add(m.id()));
        return out;
    }

    private static List<MergedEvent> merged(EventStore store) {
        List<MergedEvent> out = new ArrayList<>();
        store.forEachMerged(EventFilter.ALL, out::add);
        return out;
    }
}
