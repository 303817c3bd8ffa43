package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.EventFilter;
import org.sitrep.store.EventStore;
import org.sitrep.store.EventStores;
import picocli.CommandLine;

/**
 * {@code sitrep ingest} and {@code sitrep explain-merge} through the command line, on reports
 * written for this test, the test gazetteer and the embedded store in the data directory.
 */
class IngestCommandTest {

    @TempDir
    static Path dir;

    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void testGazetteer() throws Exception {
        Path source = Files.createDirectories(dir.resolve("data/gazetteer/source"));
        copy("/org/sitrep/places/cities500-fixture.txt", source.resolve("cities500.txt"));
        copy("/org/sitrep/places/admin1-fixture.json", source.resolve("admin1.json"));
    }

    private static void copy(String resource, Path to) throws Exception {
        try (InputStream in = IngestCommandTest.class.getResourceAsStream(resource)) {
            Files.copy(in, to);
        }
    }

    record Run(int status, String out, String err) {
    }

    private static Run sitrep(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", dir.resolve("data").toString()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int status = cl.execute(all.toArray(String[]::new));
        return new Run(status, out.toString(), err.toString());
    }

    private static String article(String id, String published, String text) throws Exception {
        return JSON.writeValueAsString(Map.of("id", id, "published", published, "title", "Report " + id, "text", text));
    }

    @Test
    void storesOnceSkipsOnRerunAndExplainsTheMerge() throws Exception {
        Path in = dir.resolve("reports.jsonl");
        Files.writeString(in, String.join("\n",
                article("gao-1", "2025-03-10", "Gunmen killed five villagers in an attack on Sunday in Gao, "
                        + "in northern Mali, local officials said."),
                "{\"id\": \"cut-off\", \"text\": ",
                article("gao-2", "2025-03-10", "Armed men killed five people at a village market in Gao "
                        + "on Sunday, a resident said."),
                article("kabul-1", "2025-03-10", "Gunmen killed three police officers at a checkpoint in "
                        + "Kabul on Saturday, officials said.")) + "\n");

        Run first = sitrep("ingest", "--input", in.toString(), "--threads", "2");
        assertThat(first.status()).as(first.err()).isEqualTo(1);
        assertThat(first.err()).contains("sitrep: article line 2: malformed JSON")
                .contains("3 stored, 0 replaced, 0 unchanged, 1 failed");

        long events;
        long merged;
        List<String> reports = new ArrayList<>();
        try (EventStore store = EventStores.openEmbedded(dir.resolve("data"))) {
            assertThat(store.articleCount()).isEqualTo(3);
            events = store.reportedEventCount();
            merged = store.mergedEventCount();
            store.forEachMerged(EventFilter.ALL, m -> m.reports().forEach(r -> reports.add(r.key())));
        }
        assertThat(reports).containsExactlyInAnyOrder("gao-1#0", "gao-2#0", "kabul-1#0");
        assertThat(events).isEqualTo(3);
        assertThat(merged).as("the two Gao reports are one event").isEqualTo(2);

        Run second = sitrep("ingest", "--input", in.toString());
        assertThat(second.err()).contains("0 stored, 0 replaced, 3 unchanged, 1 failed")
                .contains("model load 0.0 s");
        try (EventStore store = EventStores.openEmbedded(dir.resolve("data"))) {
            assertThat(store.reportedEventCount()).isEqualTo(events);
            assertThat(store.mergedEventCount()).isEqualTo(merged);
            List<String> ids = new ArrayList<>();
            store.forEachMerged(EventFilter.ALL, m -> ids.add(m.id()));
            assertThat(ids).hasSize(2);
        }

        Run explain = sitrep("explain-merge", "gao-2#0");
        assertThat(explain.status()).as(explain.err()).isZero();
        assertThat(explain.out()).contains(": 2 reports")
                .contains("gao-1#0").contains("gao-2#0")
                .contains("gao-1#0 ~ gao-2#0: linked");

        Run missing = sitrep("explain-merge", "ev-000000000000");
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err()).startsWith("sitrep: no merged event or report 'ev-000000000000'");
    }

    @Test
    void anUnreachableStoreIsOneLineAndExitStatusTwo() throws Exception {
        Path in = dir.resolve("one.jsonl");
        Files.writeString(in, article("x", "2025-03-10", "Protesters marched in Bamako on Friday.") + "\n");
        Run run = sitrep("ingest", "--input", in.toString(), "--store-url",
                "jdbc:postgresql://127.0.0.1:1/none?user=u&password=secret");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("sitrep: cannot open store jdbc:postgresql://127.0.0.1:1/none?user=u&password=***")
                .doesNotContain("secret");
        assertThat(run.err().lines()).hasSize(1);
    }
}
