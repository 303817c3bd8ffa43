package org.sitrep.export;

import java.io.IOException;
import org.sitrep.model.MergedEvent;

/**
 * Writes merged events in one export format, one event at a time, so that an export of any size
 * runs in constant memory. The target stream belongs to the caller: {@link #end()} flushes it
 * but does not close it.
 */
public interface ExportWriter {

    /** Writes what comes before the first event (a CSV header, a GeoJSON collection's opening). */
    void begin() throws IOException;

    void write(MergedEvent event) throws IOException;

    /** Writes what comes after the last event and flushes. */
    void end() throws IOException;
}
