package org.sitrep.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.io.Writer;
import org.sitrep.io.EventJson;
import org.sitrep.model.MergedEvent;
import org.sitrep.model.SourceArticle;
import org.sitrep.model.SourcedClaim;

/**
 * Merged events as JSON Lines: each line is the codebook's event-out shape (written by
 * {@link EventJson}, offsets as the store keeps them: code points into the representative
 * article's text) with {@code event_id} first, {@code claims} replaced by the merged event's
 * claims, each with the {@code article_ids} that report it, and {@code sources}: the articles
 * (id, title, url, published) of every report.
 */
final class JsonlExportWriter implements ExportWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Writer out;
    private final JsonGenerator json;

    JsonlExportWriter(Writer out) throws IOException {
        this.out = out;
        this.json = new JsonFactory().createGenerator(out);
        this.json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        // one event a line: no space between root values (Jackson's default separator)
        this.json.setRootValueSeparator(null);
    }

    @Override
    public void begin() {
        // JSON Lines has no header
    }

    @Override
    public void write(MergedEvent m) throws IOException {
        ObjectNode line = MAPPER.createObjectNode();
        line.put("event_id", m.id());
        line.setAll(eventFields(m));
        ArrayNode claims = line.putArray("claims");
        for (SourcedClaim c : m.claims()) {
            ObjectNode claim = tree(g -> EventJson.writeClaim(g, c.claim()));
            ArrayNode ids = claim.putArray("article_ids");
            c.articleIds().forEach(ids::add);
            claims.add(claim);
        }
        ArrayNode sources = line.putArray("sources");
        for (SourceArticle a : Sources.articles(m)) {
            ObjectNode s = sources.addObject();
            s.put("article_id", a.id());
            s.put("title", a.title());
            s.put("url", a.url());
            s.put("published", a.published() == null ? null : a.published().toString());
        }
        MAPPER.writeTree(json, line);
        json.flush();
        out.write('\n');
    }

    @Override
    public void end() throws IOException {
        json.flush();
        out.flush();
    }

    private static ObjectNode eventFields(MergedEvent m) throws IOException {
        return tree(g -> EventJson.write(g, m.event()));
    }

    /** What {@code writer} writes, as a tree: EventJson writes to generators only. */
    private static ObjectNode tree(JsonWriting writer) throws IOException {
        try (TokenBuffer buffer = new TokenBuffer(MAPPER, false)) {
            writer.writeTo(buffer);
            return MAPPER.readTree(buffer.asParser());
        }
    }

    @FunctionalInterface
    private interface JsonWriting {
        void writeTo(JsonGenerator g) throws IOException;
    }
}
