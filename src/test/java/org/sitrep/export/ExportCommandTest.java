package org.sitrep.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.cli.Main;
import org.sitrep.codebook.DatePrecision;
import org.sitrep.codebook.SubEventType;
import org.sitrep.codebook.ViolenceType;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Fatalities;
import org.sitrep.model.Location;
import org.sitrep.model.SourceArticle;
import org.sitrep.model.Span;
import org.sitrep.store.EventStore;
import org.sitrep.store.EventStores;
import picocli.CommandLine;

/** sitrep export and sitrep stats against a real embedded (H2) store. */
class ExportCommandTest {

    // one store for all tests: filling it (H2 plus the schema migration) is the slow part
    @TempDir
    static Path dir;

    private static String url;

    private record Run(int status, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int status = cl.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    private static Event event(String article, SubEventType type, ViolenceType v, LocalDate date,
                               Location place, Integer low) {
        return new Event(article, type, v, List.of(new Span(0, 5)), List.of(new Span(0, 40)),
                new EventDate(date, DatePrecision.DAY, null, "test"), place, Fixtures.ARMY, List.of(),
                Fixtures.REBELS, List.of(), new Fatalities(low, low, low, null, null), List.of());
    }

    @BeforeAll
    static void fillStore() {
        url = "jdbc:h2:file:" + dir.resolve("store").toAbsolutePath();
        Location mopti = new Location("Mopti", null, 14.4843, -4.18296, "Mopti", "ML", "Mali", 1, null);
        Location maradi = new Location("Maradi", null, 13.5, 7.10174, "Maradi", "NE", "Niger", 1, null);
        try (EventStore s = EventStores.open(url)) {
            s.ingest(new SourceArticle("a1", LocalDate.of(2025, 1, 6), "Clash near Mopti", "https://one.example/a1", "x1"),
                    List.of(event("a1", SubEventType.ARMED_CLASH, ViolenceType.STATE_BASED,
                            LocalDate.of(2025, 1, 5), mopti, 4)));
            s.ingest(new SourceArticle("a2", LocalDate.of(2025, 2, 11), "Shelling in Maradi", null, "x2"),
                    List.of(event("a2", SubEventType.SHELLING_ARTILLERY_MISSILE, ViolenceType.STATE_BASED,
                            LocalDate.of(2025, 2, 10), maradi, 2)));
            s.ingest(new SourceArticle("a3", LocalDate.of(2025, 2, 21), "Second clash", null, "x3"),
                    List.of(event("a3", SubEventType.ARMED_CLASH, ViolenceType.STATE_BASED,
                            LocalDate.of(2025, 2, 20), mopti, null)));
        }
    }

    @Test
    void exportsFilteredEventsToAFileAtomically() throws IOException {
        Path csv = dir.resolve("mali.csv");
        Run r = run("export", "--store-url", url, "--format", "ACLED-CSV", "--country", "ml",
                "--output", csv.toString());
        assertThat(r.status()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("event_date,event_type,sub_event_type,actor1");
        assertThat(lines.get(1)).startsWith("2025-01-05,Battles,Armed clash,Military Forces of Mali,,1,");
        assertThat(lines.get(2)).startsWith("2025-02-20,Battles");
        assertThat(r.err()).contains("exported 2 events as acled-csv");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void exportsGeoJsonToStandardOutputFilteredByDateAndType() throws IOException {
        Run r = run("export", "--store-url", url, "--format", "geojson", "--from", "2025-02-01",
                "--to", "2025-02-28", "--type", "explosions/remote violence");
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode fc = new ObjectMapper().readTree(r.out());
        assertThat(fc.get("features")).hasSize(1);
        assertThat(fc.get("features").get(0).get("properties").get("location").asText()).isEqualTo("Maradi");
    }

    @Test
    void jsonlCarriesTheStoredEventAndItsSource() throws IOException {
        Run r = run("export", "--store-url", url, "--format", "jsonl", "--to", "2025-01-31");
        assertThat(r.status()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(1);
        JsonNode n = new ObjectMapper().readTree(lines.get(0));
        assertThat(n.get("event_id").asText()).isNotBlank();
        assertThat(n.get("article_id").asText()).isEqualTo("a1");
        assertThat(n.get("sources").get(0).get("url").asText()).isEqualTo("https://one.example/a1");
    }

    @Test
    void statsTableAndJson() throws IOException {
        Run r = run("stats", "--store-url", url);
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("3 events, 6 fatalities").contains("by country").contains("by month")
                .contains("by event type").containsPattern("ML\\s+2\\s+4").containsPattern("2025-02\\s+2\\s+2");
        Run j = run("stats", "--store-url", url, "--json", "--country", "NE");
        JsonNode n = new ObjectMapper().readTree(j.out());
        assertThat(n.get("events").asLong()).isEqualTo(1);
        assertThat(n.get("by_type").get("Explosions/Remote violence").get("fatalities_low").asLong()).isEqualTo(2);
    }

    @Test
    void badOptionsGetOneLineErrors() {
        assertThat(run("export", "--store-url", url, "--format", "xml").err())
                .startsWith("sitrep: unknown export format 'xml'; valid: [jsonl, acled-csv, ucdp-csv, geojson]");
        Run date = run("export", "--store-url", url, "--format", "jsonl", "--from", "2025-13-01");
        assertThat(date.status()).isEqualTo(2);
        assertThat(date.err().strip()).isEqualTo("sitrep: --from: '2025-13-01' is not a date (YYYY-MM-DD)");
        assertThat(run("stats", "--store-url", url, "--type", "skirmish").err().strip())
                .startsWith("sitrep: --type: unknown event type 'skirmish'; valid: Battles, ");
        assertThat(run("stats", "--store-url", url, "--country", "QQ").err().strip())
                .isEqualTo("sitrep: --country: unknown country code 'QQ' (ISO 3166-1 alpha-2, e.g. ML)");
        assertThat(run("stats", "--store-url", url, "--from", "2025-03-01", "--to", "2025-02-01").err().strip())
                .isEqualTo("sitrep: --from 2025-03-01 is after --to 2025-02-01");
        Run out = run("export", "--store-url", url, "--format", "jsonl", "--output",
                dir.resolve("missing-dir/x.jsonl").toString());
        assertThat(out.status()).isEqualTo(2);
        assertThat(out.err().strip()).contains("--output").contains("does not exist").doesNotContain("\n");
    }

    @Test
    void failedExportKeepsThePreviousFile() throws IOException {
        Path target = dir.resolve("keep.jsonl");
        Files.writeString(target, "earlier complete export\n");
        // a store URL that cannot be opened: nothing is written, the old file stays whole
        Run r = run("export", "--store-url", "jdbc:nosuchdb:x", "--format", "jsonl", "--output", target.toString());
        assertThat(r.status()).isNotZero();
        assertThat(r.err().strip()).startsWith("sitrep: ").doesNotContain("\n");
        assertThat(Files.readString(target)).isEqualTo("earlier complete export\n");
    }
}
