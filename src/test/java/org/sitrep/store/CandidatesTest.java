package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.codebook.DatePrecision;
import org.sitrep.codebook.SubEventType;
import org.sitrep.merging.GeneratedReports;
import org.sitrep.merging.ReportMerger;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.ReportedEvent;
import org.sitrep.model.SourceArticle;

/**
 * The stored events ingest compares a new event with: every one the merger's date rule accepts
 * (a month report finds the days of its month, a day report the month it is in), none it rejects,
 * on both databases; and the merged events stay the merger's clusters of everything stored.
 */
class CandidatesTest {

    @TempDir
    Path tmp;

    static List<String> kinds() {
        return TestStores.kinds();
    }

    private final ReportMerger merger = new ReportMerger();

    @ParameterizedTest
    @MethodSource("kinds")
    void theCandidatesAreTheStoredEventsTheDateRuleAccepts(String kind) throws Exception {
        Map<String, Event> stored = new LinkedHashMap<>();
        stored.put("aug-month", dated("aug-month", "ML", "2024-08-01", DatePrecision.MONTH));
        stored.put("day-0820", dated("day-0820", "ML", "2024-08-20", DatePrecision.DAY));
        stored.put("day-0822", dated("day-0822", "ML", "2024-08-22", DatePrecision.DAY));
        stored.put("day-0823", dated("day-0823", "ML", "2024-08-23", DatePrecision.DAY)); // 3 days after 08-20
        stored.put("day-0901", dated("day-0901", "ML", "2024-09-01", DatePrecision.DAY));
        stored.put("week-0725", dated("week-0725", "ML", "2024-07-25", DatePrecision.WEEK)); // ends 07-31
        stored.put("week-0728", dated("week-0728", "ML", "2024-07-28", DatePrecision.WEEK)); // ends 08-03
        stored.put("week-0813", dated("week-0813", "ML", "2024-08-13", DatePrecision.WEEK)); // ends 08-19
        stored.put("week-0814", dated("week-0814", "ML", "2024-08-14", DatePrecision.WEEK)); // ends 08-20
        stored.put("jul-month", dated("jul-month", "ML", "2024-07-01", DatePrecision.MONTH));
        stored.put("year-2024", dated("year-2024", "ML", "2024-01-01", DatePrecision.YEAR));
        stored.put("bf-0820", dated("bf-0820", "BF", "2024-08-20", DatePrecision.DAY));
        try (TestStores.Database db = TestStores.fresh(kind, tmp)) {
            try (EventStore store = db.open()) {
                stored.forEach((id, e) -> store.ingest(Synthetic.article(id, id), List.of(e)));
            }
            try (Connection c = DriverManager.getConnection(db.url())) {
                Candidates candidates = new Candidates(c);
                assertThat(keys(candidates, stored.get("day-0820")))
                        .as("a day report: days within 2, weeks containing it, its month; itself included")
                        .containsExactly("aug-month#0", "day-0820#0", "day-0822#0", "week-0814#0");
                assertThat(keys(candidates, stored.get("aug-month")))
                        .as("a month report: every day and overlapping week of its month, itself")
                        .containsExactly("aug-month#0", "day-0820#0", "day-0822#0", "day-0823#0",
                                "week-0728#0", "week-0813#0", "week-0814#0");
                assertThat(keys(candidates, stored.get("week-0728")))
                        .as("a week across a month's end: both months, the weeks and days it overlaps")
                        .containsExactly("aug-month#0", "jul-month#0", "week-0725#0", "week-0728#0");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void mixedPrecisionReportsMergeAsTheMergerClustersThemInAnyOrder(String kind) {
        // dense reports over 45 days from 1 August: days, weeks and months linking across the month's end
        Map<String, List<Event>> byArticle = new TreeMap<>();
        for (ReportedEvent r : GeneratedReports.generate(17, 160, 45)) {
            byArticle.computeIfAbsent(r.article().id(), k -> new ArrayList<>()).add(r.event());
        }
        List<ReportedEvent> all = new ArrayList<>();
        byArticle.forEach((id, events) -> {
            for (int i = 0; i < events.size(); i++) {
                all.add(new ReportedEvent(ReportedEvent.keyOf(id, i), article(id), Payloads.stored(events.get(i))));
            }
        });
        Map<String, List<String>> expected = new TreeMap<>();
        for (List<ReportedEvent> cluster : merger.clusters(all)) {
            expected.put(merger.merge(cluster).id(), cluster.stream().map(ReportedEvent::key).sorted().toList());
        }
        assertThat(expected.values()).as("enough merging to test").filteredOn(c -> c.size() > 1).hasSizeGreaterThan(10);
        assertThat(all).as("all three precisions").extracting(r -> r.event().date().precision())
                .contains(DatePrecision.DAY, DatePrecision.WEEK, DatePrecision.MONTH);

        List<String> order = new ArrayList<>(byArticle.keySet());
        for (int run = 0; run < 2; run++) {
            if (run > 0) {
                Collections.shuffle(order, new Random(4));
            }
            try (TestStores.Database db = TestStores.fresh(kind, tmp.resolve("run" + run)); EventStore store = db.open()) {
                for (String id : order) {
                    store.ingest(article(id), byArticle.get(id));
                }
                assertThat(Synthetic.mergedSnapshot(store)).isEqualTo(expected);
            }
        }
    }

    private List<String> keys(Candidates candidates, Event e) throws Exception {
        return candidates.in(merger.window(e).orElseThrow()).stream().map(c -> c.event().key()).toList();
    }

    private static SourceArticle article(String id) {
        return Synthetic.article(id, "text of " + id);
    }

    private static Event dated(String articleId, String country, String date, DatePrecision p) {
        return Synthetic.event(articleId, SubEventType.ATTACK, country, country.equals("ML") ? 14.0 : 12.0,
                country.equals("ML") ? -3.0 : -1.5, new EventDate(LocalDate.parse(date), p, null, null), 3);
    }
}
