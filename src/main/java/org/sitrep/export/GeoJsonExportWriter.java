package org.sitrep.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import org.sitrep.io.EventJson;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Fatalities;
import org.sitrep.model.Location;
import org.sitrep.model.MergedEvent;
import org.sitrep.model.SourceArticle;

/**
 * Merged events as one GeoJSON FeatureCollection (RFC 7946), streamed feature by feature. Each
 * event is a Point feature at {@code [lon, lat]}; an event without coordinates keeps its place
 * in the collection with {@code "geometry": null}, which RFC 7946 (section 3.2) allows for
 * unlocated features. Properties are the main flat fields, named as in the jsonl export.
 */
final class GeoJsonExportWriter implements ExportWriter {

    private final Writer out;
    private final JsonGenerator json;

    GeoJsonExportWriter(Writer out) throws IOException {
        this.out = out;
        this.json = new JsonFactory().createGenerator(out);
        this.json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    @Override
    public void begin() throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "FeatureCollection");
        json.writeArrayFieldStart("features");
    }

    @Override
    public void write(MergedEvent m) throws IOException {
        Event e = m.event();
        Location l = e.location();
        json.writeStartObject();
        json.writeStringField("type", "Feature");
        json.writeStringField("id", m.id());
        json.writeFieldName("geometry");
        if (l == null || l.lat() == null || l.lon() == null) {
            json.writeNull();
        } else {
            json.writeStartObject();
            json.writeStringField("type", "Point");
            json.writeArrayFieldStart("coordinates");
            json.writeNumber(l.lon());
            json.writeNumber(l.lat());
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeObjectFieldStart("properties");
        json.writeStringField("event_id", m.id());
        EventJson.writeTypeAndDate(json, e);
        json.writeStringField("location", l == null ? null : l.name());
        json.writeStringField("admin1", l == null ? null : l.admin1());
        json.writeStringField("country_code", l == null ? null : l.countryCode());
        json.writeStringField("country", l == null ? null : l.country());
        writeInt("geo_precision", l == null ? null : l.precision());
        writeActor("actor1", e.actor1());
        writeActor("actor2", e.actor2());
        Fatalities f = e.fatalities();
        writeInt("fatalities_low", f.low());
        writeInt("fatalities_best", f.best());
        writeInt("fatalities_high", f.high());
        writeInt("fatalities_civilians", f.civilians());
        json.writeNumberField("claims", m.claims().size());
        json.writeArrayFieldStart("article_ids");
        for (SourceArticle a : Sources.articles(m)) {
            json.writeString(a.id());
        }
        json.writeEndArray();
        json.writeStringField("notes", EventNotes.of(m));
        json.writeEndObject();
        json.writeEndObject();
    }

    @Override
    public void end() throws IOException {
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
        out.flush();
    }

    private void writeActor(String field, Actor a) throws IOException {
        json.writeStringField(field, a == null ? null : a.name());
        json.writeStringField(field + "_type", a == null || a.type() == null ? null : a.type().label());
    }

    private void writeInt(String field, Integer v) throws IOException {
        if (v == null) {
            json.writeNullField(field);
        } else {
            json.writeNumberField(field, v);
        }
    }
}
