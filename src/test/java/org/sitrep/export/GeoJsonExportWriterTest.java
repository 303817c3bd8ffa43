package org.sitrep.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.sitrep.geo.Countries;

class GeoJsonExportWriterTest {

    private static JsonNode export(org.sitrep.model.MergedEvent... events) throws IOException {
        StringWriter out = new StringWriter();
        ExportWriter w = ExportFormat.GEOJSON.writer(out, Countries.load());
        w.begin();
        for (var e : events) {
            w.write(e);
        }
        w.end();
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void writesAFeatureCollectionWithLonLatPoints() throws IOException {
        JsonNode fc = export(Fixtures.strike(), Fixtures.clash());
        assertThat(fc.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(fc.get("features")).hasSize(2);
        JsonNode f = fc.get("features").get(0);
        assertThat(f.get("type").asText()).isEqualTo("Feature");
        assertThat(f.get("geometry").get("type").asText()).isEqualTo("Point");
        // RFC 7946: longitude first
        assertThat(f.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(1.40778);
        assertThat(f.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(18.44111);
        JsonNode p = f.get("properties");
        assertThat(p.get("event_id").asText()).isEqualTo("m-strike");
        assertThat(p.get("sub_event_type").asText()).isEqualTo("Air/drone strike");
        assertThat(p.get("actor1").asText()).isEqualTo("Military Forces of Mali");
        assertThat(p.get("fatalities_high").asInt()).isEqualTo(15);
        assertThat(p.get("article_ids").toString()).isEqualTo("[\"dn-1\",\"rp-7\"]");
        assertThat(fc.get("features").get(1).get("properties").get("fatalities_low").isNull()).isTrue();
    }

    @Test
    void eventWithoutCoordinatesHasNullGeometry() throws IOException {
        JsonNode f = export(Fixtures.protest()).get("features").get(0);
        assertThat(f.has("geometry")).isTrue();
        assertThat(f.get("geometry").isNull()).isTrue();
        assertThat(f.get("properties").get("country_code").asText()).isEqualTo("ML");
    }

    @Test
    void emptySelectionIsAnEmptyCollection() throws IOException {
        JsonNode fc = export();
        assertThat(fc.get("features")).isEmpty();
    }
}
