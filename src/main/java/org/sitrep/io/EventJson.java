package org.sitrep.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.codebook.ActorCategory;
import org.sitrep.codebook.DatePrecision;
import org.sitrep.codebook.Qualifier;
import org.sitrep.codebook.SubEventType;
import org.sitrep.codebook.ViolenceType;
import org.sitrep.model.Actor;
import org.sitrep.model.Claim;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Fatalities;
import org.sitrep.model.Location;
import org.sitrep.model.Span;

/**
 * An event in the codebook's section 8 JSON shape, both ways. Spans are written as they are:
 * callers that hold UTF-16 offsets convert them with {@link Offsets} first.
 * Beyond the codebook's fields: {@code triggers}, and a {@code source} span on location and
 * actors. The date's source span and rule are not part of the shape and read back as null.
 */
public final class EventJson {

    private EventJson() {
    }

    /** The codebook's type and date fields of an event, in the event-out order. */
    public static void writeTypeAndDate(JsonGenerator json, Event e) throws IOException {
        json.writeStringField("event_type", e.subEventType().eventType().label());
        json.writeStringField("sub_event_type", e.subEventType().label());
        json.writeStringField("violence_type", e.violenceType() == null ? null : e.violenceType().label());
        boolean dated = e.date() != null && e.date().date() != null;
        json.writeStringField("date", dated ? e.date().date().toString() : null);
        json.writeStringField("date_precision", dated ? e.date().precision().label() : null);
    }

    public static void write(JsonGenerator json, Event e) throws IOException {
        json.writeStartObject();
        json.writeStringField("article_id", e.articleId());
        writeTypeAndDate(json, e);
        json.writeFieldName("location");
        writeLocation(json, e.location());
        json.writeFieldName("actor1");
        writeActor(json, e.actor1());
        writeActors(json, "assoc_actor1", e.assocActor1());
        json.writeFieldName("actor2");
        writeActor(json, e.actor2());
        writeActors(json, "assoc_actor2", e.assocActor2());
        writeFatalities(json, e.fatalities());
        json.writeArrayFieldStart("claims");
        for (Claim c : e.claims()) {
            writeClaim(json, c);
        }
        json.writeEndArray();
        writeSpans(json, "evidence", e.evidence());
        writeSpans(json, "triggers", e.triggers());
        json.writeEndObject();
    }

    /**
     * Reads an event written by {@link #write}, or a codebook events-out record.
     *
     * @throws IllegalArgumentException when a field is missing or has a value the codebook
     *     does not allow (the message names the field)
     */
    public static Event read(JsonNode n) {
        String sub = text(n, "sub_event_type");
        if (sub == null) {
            throw new IllegalArgumentException("event has no sub_event_type");
        }
        SubEventType type = SubEventType.fromLabel(sub);
        return new Event(text(n, "article_id"), type, violenceType(text(n, "violence_type")),
                spans(n.get("triggers")), spans(n.get("evidence")), date(n), location(n.get("location")),
                actor(n.get("actor1")), actors(n.get("assoc_actor1")), actor(n.get("actor2")),
                actors(n.get("assoc_actor2")), fatalities(n.get("fatalities")), claims(n.get("claims")));
    }

    public static void writeClaim(JsonGenerator json, Claim c) throws IOException {
        json.writeStartObject();
        json.writeStringField("claimant", c.claimant());
        writeInt(json, "killed", c.killed());
        json.writeStringField("qualifier", c.qualifier() == null ? null : c.qualifier().label());
        json.writeStringField("victims", c.victims());
        json.writeFieldName("evidence");
        writeSpan(json, c.evidence());
        json.writeEndObject();
    }

    public static Claim readClaim(JsonNode n) {
        String q = text(n, "qualifier");
        return new Claim(text(n, "claimant"), integer(n, "killed"),
                q == null ? null : Qualifier.valueOf(q.toUpperCase(Locale.ROOT)), text(n, "victims"),
                span(n.get("evidence")));
    }

    private static void writeLocation(JsonGenerator json, Location l) throws IOException {
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
        writeDouble(json, "lat", l.lat());
        writeDouble(json, "lon", l.lon());
        json.writeStringField("admin1", l.admin1());
        json.writeStringField("country_code", l.countryCode());
        json.writeStringField("country", l.country());
        json.writeNumberField("precision", l.precision());
        json.writeFieldName("source");
        writeSpan(json, l.source());
        json.writeEndObject();
    }

    private static void writeActor(JsonGenerator json, Actor a) throws IOException {
        if (a == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        json.writeStringField("name", a.name());
        json.writeStringField("type", a.type() == null ? null : a.type().label());
        json.writeStringField("country_code", a.countryCode());
        json.writeFieldName("source");
        writeSpan(json, a.source());
        json.writeEndObject();
    }

    private static void writeActors(JsonGenerator json, String field, List<Actor> actors) throws IOException {
        json.writeArrayFieldStart(field);
        for (Actor a : actors) {
            writeActor(json, a);
        }
        json.writeEndArray();
    }

    private static void writeFatalities(JsonGenerator json, Fatalities f) throws IOException {
        json.writeObjectFieldStart("fatalities");
        writeInt(json, "low", f.low());
        writeInt(json, "best", f.best());
        writeInt(json, "high", f.high());
        writeInt(json, "civilians", f.civilians());
        writeInt(json, "children", f.children());
        json.writeEndObject();
    }

    private static void writeSpans(JsonGenerator json, String field, List<Span> spans) throws IOException {
        json.writeArrayFieldStart(field);
        for (Span s : spans) {
            writeSpan(json, s);
        }
        json.writeEndArray();
    }

    private static void writeSpan(JsonGenerator json, Span s) throws IOException {
        if (s == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        json.writeNumberField("start", s.start());
        json.writeNumberField("end", s.end());
        json.writeEndObject();
    }

    private static void writeInt(JsonGenerator json, String field, Integer v) throws IOException {
        if (v == null) {
            json.writeNullField(field);
        } else {
            json.writeNumberField(field, v);
        }
    }

    private static void writeDouble(JsonGenerator json, String field, Double v) throws IOException {
        if (v == null) {
            json.writeNullField(field);
        } else {
            json.writeNumberField(field, v);
        }
    }

    private static EventDate date(JsonNode n) {
        String d = text(n, "date");
        if (d == null) {
            return null;
        }
        try {
            String p = text(n, "date_precision");
            DatePrecision precision = p == null ? DatePrecision.DAY
                    : DatePrecision.valueOf(p.toUpperCase(Locale.ROOT));
            return new EventDate(LocalDate.parse(d), precision, null, null);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("date '" + d + "' is not YYYY-MM-DD");
        }
    }

    private static ViolenceType violenceType(String label) {
        if (label == null) {
            return null;
        }
        for (ViolenceType v : ViolenceType.values()) {
            if (v.label().equals(label)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown violence_type '" + label + "'");
    }

    private static Location location(JsonNode n) {
        if (absent(n)) {
            return null;
        }
        JsonNode id = n.get("geonames_id");
        return new Location(text(n, "name"), absent(id) ? null : id.asLong(), decimal(n, "lat"),
                decimal(n, "lon"), text(n, "admin1"), text(n, "country_code"), text(n, "country"),
                n.path("precision").asInt(4), span(n.get("source")));
    }

    private static Actor actor(JsonNode n) {
        if (absent(n)) {
            return null;
        }
        String type = text(n, "type");
        return new Actor(text(n, "name"), type == null ? null : ActorCategory.fromLabel(type),
                text(n, "country_code"), span(n.get("source")));
    }

    private static List<Actor> actors(JsonNode n) {
        List<Actor> out = new ArrayList<>();
        if (!absent(n)) {
            n.forEach(a -> out.add(actor(a)));
        }
        return out;
    }

    private static Fatalities fatalities(JsonNode n) {
        if (absent(n)) {
            return Fatalities.UNKNOWN;
        }
        return new Fatalities(integer(n, "low"), integer(n, "best"), integer(n, "high"),
                integer(n, "civilians"), integer(n, "children"));
    }

    private static List<Claim> claims(JsonNode n) {
        List<Claim> out = new ArrayList<>();
        if (!absent(n)) {
            n.forEach(c -> out.add(readClaim(c)));
        }
        return out;
    }

    private static List<Span> spans(JsonNode n) {
        List<Span> out = new ArrayList<>();
        if (!absent(n)) {
            n.forEach(s -> out.add(span(s)));
        }
        return out;
    }

    private static Span span(JsonNode n) {
        return absent(n) ? null : new Span(n.path("start").asInt(), n.path("end").asInt());
    }

    private static boolean absent(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode();
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return absent(v) ? null : v.asText();
    }

    private static Integer integer(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return absent(v) ? null : v.asInt();
    }

    private static Double decimal(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return absent(v) ? null : v.asDouble();
    }
}
