package org.sitrep.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.sitrep.model.Event;

/**
 * Writes events as JSON Lines in the codebook's section 8 shape ({@link EventJson}), one event a
 * line. Offsets are written as code-point offsets ({@link Offsets}), the way the codebook's
 * readers (Python among them) index text.
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
        Offsets offsets = Offsets.of(text);
        for (Event e : events) {
            EventJson.write(json, offsets.codePoints(e));
            json.flush();
            out.write('\n');
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
}
