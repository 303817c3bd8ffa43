package org.sitrep.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.sitrep.model.Actor;
import org.sitrep.model.Claim;
import org.sitrep.model.Event;
import org.sitrep.model.Fatalities;
import org.sitrep.model.Location;
import org.sitrep.model.Span;

/**
 * Writes events as JSON Lines in the codebook's section 8 shape, one event a line. Offsets are
 * written as code-point offsets, the way the codebook's readers (Python among them) index text;
 * Java's UTF-16 offsets differ after any character outside the Basic Multilingual Plane.
 * Fields beyond the codebook: {@code triggers}, and a {@code source} span on location and actors.
 */
public final class EventWriter implements Closeable, Flushable {

    private final Writer out;
    private final JsonGenerator json;

    public EventWriter(Writer out) throws IOException {
        this.out = out;
        this.json = new JsonFactory().createGenerator(out);
        this.json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        // one event a line: no space between root values (Jackson's default separator)
        this.json.setRootValueSeparator(null);
    }

    /** Writes one line per event; {@code text} is the text the events' offsets point into. */
    public void write(List<Event> events, String text) throws IOException {
        Offsets offsets = new Offsets(text);
        for (Event e : events) {
            writeEvent(e, offsets);
            json.flush();
            out.write('\n');
        }
    }

    private void writeEvent(Event e, Offsets o) throws IOException {
        json.writeStartObject();
        json.writeStringField("article_id", e.articleId());
        json.writeStringField("event_type", e.subEventType().eventType().label());
        json.writeStringField("sub_event_type", e.subEventType().label());
        json.writeStringField("violence_type", e.violenceType() == null ? null : e.violenceType().label());
        json.writeStringField("date", e.date() == null || e.date().date() == null ? null : e.date().date().toString());
        json.writeStringField("date_precision", e.date() == null || e.date().date() == null ? null
                : e.date().precision().label());
        json.writeFieldName("location");
        writeLocation(e.location(), o);
        json.writeFieldName("actor1");
        writeActor(e.actor1(), o);
        writeActors("assoc_actor1", e.assocActor1(), o);
        json.writeFieldName("actor2");
        writeActor(e.actor2(), o);
        writeActors("assoc_actor2", e.assocActor2(), o);
        writeFatalities(e.fatalities());
        json.writeArrayFieldStart("claims");
        for (Claim c : e.claims()) {
            json.writeStartObject();
            json.writeStringField("claimant", c.claimant());
            writeInt("killed", c.killed());
            json.writeStringField("qualifier", c.qualifier() == null ? null : c.qualifier().label());
            json.writeStringField("victims", c.victims());
            json.writeFieldName("evidence");
            writeSpan(c.evidence(), o);
            json.writeEndObject();
        }
        json.writeEndArray();
        writeSpans("evidence", e.evidence(), o);
        writeSpans("triggers", e.triggers(), o);
        json.writeEndObject();
    }

    private void writeLocation(Location l, Offsets o) throws IOException {
        if (l == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        json.writeStringField("name", l.name());
        if (l.geonamesId() == null) {
            json.writeNullField("geonames_id");
        } else {
            json.writeNumberField("geonames_id", l.geonamesId());
        }
        writeDouble("lat", l.lat());
        writeDouble("lon", l.lon());
        json.writeStringField("admin1", l.admin1());
        json.writeStringField("country_code", l.countryCode());
        json.writeStringField("country", l.country());
        json.writeNumberField("precision", l.precision());
        json.writeFieldName("source");
        writeSpan(l.source(), o);
        json.writeEndObject();
    }

    private void writeActor(Actor a, Offsets o) throws IOException {
        if (a == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        json.writeStringField("name", a.name());
        json.writeStringField("type", a.type() == null ? null : a.type().label());
        json.writeStringField("country_code", a.countryCode());
        json.writeFieldName("source");
        writeSpan(a.source(), o);
        json.writeEndObject();
    }

    private void writeActors(String field, List<Actor> actors, Offsets o) throws IOException {
        json.writeArrayFieldStart(field);
        for (Actor a : actors) {
            writeActor(a, o);
        }
        json.writeEndArray();
    }

    private void writeFatalities(Fatalities f) throws IOException {
        json.writeObjectFieldStart("fatalities");
        writeInt("low", f.low());
        writeInt("best", f.best());
        writeInt("high", f.high());
        writeInt("civilians", f.civilians());
        writeInt("children", f.children());
        json.writeEndObject();
    }

    private void writeSpans(String field, List<Span> spans, Offsets o) throws IOException {
        json.writeArrayFieldStart(field);
        for (Span s : spans) {
            writeSpan(s, o);
        }
        json.writeEndArray();
    }

    private void writeSpan(Span s, Offsets o) throws IOException {
        if (s == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        json.writeNumberField("start", o.codePoint(s.start()));
        json.writeNumberField("end", o.codePoint(s.end()));
        json.writeEndObject();
    }

    private void writeInt(String field, Integer v) throws IOException {
        if (v == null) {
            json.writeNullField(field);
        } else {
            json.writeNumberField(field, v);
        }
    }

    private void writeDouble(String field, Double v) throws IOException {
        if (v == null) {
            json.writeNullField(field);
        } else {
            json.writeNumberField(field, v);
        }
    }

    @Override
    public void flush() throws IOException {
        json.flush();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
        json.close();
        out.close();
    }

    /** UTF-16 index to code-point index; the identity for texts without surrogate pairs. */
    private record Offsets(String text, boolean identity) {
        Offsets(String text) {
            this(text, text.codePointCount(0, text.length()) == text.length());
        }

        int codePoint(int utf16) {
            return identity ? utf16 : text.codePointCount(0, Math.min(utf16, text.length()));
        }
    }
}
