package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.testing.SpanInvariants;
import picocli.CommandLine;

/**
 * The whole coder through its command line, on reports written for this test and the test
 * gazetteer (put where a user would put their own GeoNames files, so no network is needed).
 */
class CodeCommandEndToEndTest {

    @TempDir
    static Path dir;

    static final ObjectMapper JSON = new ObjectMapper();

    static final String GAO = "Gunmen killed five villagers in an attack on Sunday in Gao, in northern "
            + "Mali, local officials said.";

    @BeforeAll
    static void testGazetteer() throws Exception {
        Path source = Files.createDirectories(dir.resolve("data/gazetteer/source"));
        copy("/org/sitrep/places/cities500-fixture.txt", source.resolve("cities500.txt"));
        copy("/org/sitrep/places/admin1-fixture.json", source.resolve("admin1.json"));
    }

    private static void copy(String resource, Path to) throws Exception {
        try (InputStream in = CodeCommandEndToEndTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Files.copy(in, to);
        }
    }

    record Run(int status, String err, List<JsonNode> events) {
    }

    private static Run code(Path input, String... extra) throws Exception {
        Path out = dir.resolve("out-" + System.nanoTime() + ".jsonl");
        List<String> args = new ArrayList<>(List.of("code", "--input", input.toString(), "--output",
                out.toString(), "--data-dir", dir.resolve("data").toString(), "--threads", "2"));
        args.addAll(List.of(extra));
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err, true));
        int status = cl.execute(args.toArray(String[]::new));
        List<JsonNode> events = new ArrayList<>();
        for (String line : Files.readAllLines(out)) {
            events.add(JSON.readTree(line));
        }
        return new Run(status, err.toString(), events);
    }

    @Test
    void codesAPlainReportAndNamesEveryBadArticleWithoutStoppingTheBatch() throws Exception {
        Path in = dir.resolve("batch.jsonl");
        Files.writeString(in, String.join("\n",
                JSON.writeValueAsString(java.util.Map.of("id", "gao-1", "published", "2024-08-26", "text", GAO)),
                "{\"id\": \"broken\", \"text\": ",
                "{\"id\": \"blank\", \"published\": \"2024-08-26\", \"text\": \"   \"}",
                JSON.writeValueAsString(java.util.Map.of("id", "gao-2", "published", "not a date", "text", GAO)))
                + "\n");
        Run run = code(in);

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("sitrep: article line 2: malformed JSON")
                .contains("sitrep: article blank: empty text")
                .contains("sitrep: warning: article gao-2: unparseable \"published\" 'not a date'")
                .doesNotContain("Exception\n").doesNotContain("\tat ");
        assertThat(run.err().lines().reduce((a, b) -> b).orElseThrow())
                .startsWith("sitrep: coded 2 of 4 articles (2 failed, 1 warnings), ");

        JsonNode e = run.events().stream().filter(n -> n.get("article_id").asText().equals("gao-1"))
                .findFirst().orElseThrow();
        assertThat(e.get("event_type").asText()).isEqualTo("Violence against civilians");
        assertThat(e.get("sub_event_type").asText()).isEqualTo("Attack");
        assertThat(e.get("date").asText()).isEqualTo("2024-08-25");
        assertThat(e.get("date_precision").asText()).isEqualTo("day");
        assertThat(e.at("/location/name").asText()).isEqualTo("Gao");
        assertThat(e.at("/location/country_code").asText()).isEqualTo("ML");
        assertThat(e.at("/actor2/type").asText()).isEqualTo("civilians");
        assertThat(e.at("/fatalities/low").asInt()).isEqualTo(5);
        SpanInvariants.assertSpansValid(e, GAO);

        // without a publication date, "on Sunday" cannot be resolved: the date is unknown, not invented
        JsonNode undated = run.events().stream().filter(n -> n.get("article_id").asText().equals("gao-2"))
                .findFirst().orElseThrow();
        assertThat(undated.get("date").isNull()).isTrue();
    }

    @Test
    void aDirectoryOfTextFilesIsCodedWithTheGivenPublicationDate() throws Exception {
        Path txt = Files.createDirectories(dir.resolve("txt"));
        Files.writeString(txt.resolve("gao.txt"), GAO);
        Files.writeString(txt.resolve("background.txt"), "Analysts say the region has been unstable "
                + "since 2012, when armed groups first took several towns, and warn of more attacks.");
        Run run = code(txt, "--published", "2024-08-26");
        assertThat(run.status()).isZero();
        assertThat(run.events()).extracting(n -> n.get("article_id").asText()).containsOnly("gao.txt");
        assertThat(run.events().get(0).get("date").asText()).isEqualTo("2024-08-25");
    }
}
