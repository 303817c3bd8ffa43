package org.sitrep.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.io.EventJson;
import org.sitrep.model.Event;
import org.sitrep.model.MergedEvent;
import org.sitrep.model.ReportedEvent;
import org.sitrep.model.SourcedClaim;

/**
 * The JSON kept in the payload columns: a reported event in the codebook's events-out shape, and
 * a merged event as {@code {"event": ..., "claims": [{"claim": ..., "article_ids": [...]}]}}
 * (its reports are rows of merge_members, not part of the payload).
 */
final class Payloads {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    private Payloads() {
    }

    static String event(Event e) {
        return write(json -> EventJson.write(json, e));
    }

    static Event event(String payload) {
        return EventJson.read(tree(payload));
    }

    /**
     * The event as the store gives it back: written and read again. Ingest links new events in
     * this form, so a link never depends on whether an event came fresh from the pipeline or
     * from the database (the date's rule and source span, for one, are not stored).
     */
    static Event stored(Event e) {
        return event(event(e));
    }

    static String merged(MergedEvent m) {
        return write(json -> {
            json.writeStartObject();
            json.writeFieldName("event");
            EventJson.write(json, m.event());
            json.writeArrayFieldStart("claims");
            for (SourcedClaim c : m.claims()) {
                json.writeStartObject();
                json.writeFieldName("claim");
                EventJson.writeClaim(json, c.claim());
                json.writeArrayFieldStart("article_ids");
                for (String id : c.articleIds()) {
                    json.writeString(id);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    static MergedEvent merged(String id, String payload, List<ReportedEvent> reports) {
        JsonNode n = tree(payload);
        List<SourcedClaim> claims = new ArrayList<>();
        for (JsonNode c : n.path("claims")) {
            List<String> ids = new ArrayList<>();
            c.path("article_ids").forEach(a -> ids.add(a.asText()));
            claims.add(new SourcedClaim(EventJson.readClaim(c.get("claim")), ids));
        }
        return new MergedEvent(id, EventJson.read(n.get("event")), claims, reports);
    }

    private interface JsonWriting {
        void write(JsonGenerator json) throws IOException;
    }

    private static String write(JsonWriting w) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            w.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static JsonNode tree(String payload) {
        try {
            return MAPPER.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new StoreException("stored payload is not JSON: " + e.getOriginalMessage());
        }
    }
}
