package org.sitrep.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.sitrep.model.Article;

/**
 * Reads articles from JSON Lines (codebook section 8), one per line, lazily. A line that is not
 * a usable article becomes a bad {@link InputItem} naming the line; reading goes on.
 */
public final class ArticleReader implements Iterator<InputItem> {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BufferedReader in;
    private final LocalDate defaultPublished;
    private int lineNumber;
    private InputItem next;

    /**
     * @param defaultPublished publication date for articles that have none (null: none)
     */
    public ArticleReader(BufferedReader in, LocalDate defaultPublished) {
        this.in = in;
        this.defaultPublished = defaultPublished;
    }

    @Override
    public boolean hasNext() {
        if (next != null) {
            return true;
        }
        try {
            String line;
            while ((line = in.readLine()) != null) {
                lineNumber++;
                if (!line.isBlank()) {
                    next = parse(line, lineNumber);
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("reading line " + (lineNumber + 1) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public InputItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        InputItem item = next;
        next = null;
        return item;
    }

    private InputItem parse(String line, int n) {
        String where = "line " + n;
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return InputItem.bad(where, "malformed JSON (" + e.getOriginalMessage() + ")");
        }
        if (node == null || !node.isObject()) {
            return InputItem.bad(where, "not a JSON object");
        }
        JsonNode id = node.get("id");
        if (id == null || !(id.isTextual() || id.isNumber()) || id.asText().isBlank()) {
            return InputItem.bad(where, "missing \"id\"");
        }
        String label = id.asText();
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual()) {
            return InputItem.bad(label, where + ": missing \"text\" (a string)");
        }
        List<String> warnings = new ArrayList<>();
        LocalDate published = defaultPublished;
        JsonNode pub = node.get("published");
        if (pub != null && !pub.isNull() && !pub.asText().isBlank()) {
            try {
                published = PublicationDates.parse(pub.asText());
            } catch (DateTimeParseException e) {
                warnings.add("unparseable \"published\" '" + pub.asText()
                        + "'; coding without a publication date");
                published = null;
            }
        }
        return InputItem.ok(new Article(label, published, textOrNull(node, "title"), text.asText(),
                textOrNull(node, "url")), warnings);
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
