package org.sitrep.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.geo.Countries;
import org.sitrep.io.EventJson;

class JsonlExportWriterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static List<String> lines(org.sitrep.model.MergedEvent... events) throws IOException {
        StringWriter out = new StringWriter();
        ExportWriter w = ExportFormat.JSONL.writer(out, Countries.load());
        w.begin();
        for (var e : events) {
            w.write(e);
        }
        w.end();
        return out.toString().lines().toList();
    }

    @Test
    void oneLinePerEventWithIdSourcesAndSourcedClaims() throws IOException {
        List<String> lines = lines(Fixtures.strike(), Fixtures.protest());
        assertThat(lines).hasSize(2);
        JsonNode n = MAPPER.readTree(lines.get(0));
        assertThat(n.fieldNames().next()).isEqualTo("event_id");
        assertThat(n.get("event_id").asText()).isEqualTo("m-strike");
        assertThat(n.get("event_type").asText()).isEqualTo("Explosions/Remote violence");
        assertThat(n.get("location").get("lon").asDouble()).isEqualTo(1.40778);
        assertThat(n.get("fatalities").get("high").asInt()).isEqualTo(15);
        assertThat(n.get("claims")).hasSize(2);
        assertThat(n.get("claims").get(1).get("claimant").asText()).isEqualTo("residents");
        assertThat(n.get("claims").get(1).get("article_ids").toString()).isEqualTo("[\"dn-1\",\"rp-7\"]");
        assertThat(n.get("sources")).hasSize(2);
        JsonNode s = n.get("sources").get(1);
        assertThat(s.get("article_id").asText()).isEqualTo("rp-7");
        assertThat(s.get("title").asText()).isEqualTo("Toll rises after strike");
        assertThat(s.get("url").asText()).isEqualTo("https://riverpost.example/news/7");
        assertThat(s.get("published").asText()).isEqualTo("2025-03-11");
        assertThat(MAPPER.readTree(lines.get(1)).get("sources").get(0).get("published").isNull()).isTrue();
    }

    @Test
    void eventPartReadsBackAsTheCodebookShape() throws IOException {
        JsonNode n = MAPPER.readTree(lines(Fixtures.strike()).get(0));
        var e = EventJson.read(n);
        var expected = Fixtures.strike().event();
        assertThat(e.subEventType()).isEqualTo(expected.subEventType());
        assertThat(e.location().name()).isEqualTo("Kidal");
        assertThat(e.location().source()).isEqualTo(expected.location().source());
        assertThat(e.actor1()).isEqualTo(expected.actor1());
        assertThat(e.assocActor1()).isEqualTo(expected.assocActor1());
        assertThat(e.fatalities()).isEqualTo(expected.fatalities());
        assertThat(e.evidence()).isEqualTo(expected.evidence());
    }
}
