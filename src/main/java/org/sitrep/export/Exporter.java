package org.sitrep.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.sitrep.store.EventFilter;
import org.sitrep.store.EventStore;

/** Streams the merged events a filter selects from the store through one export writer. */
public final class Exporter {

    private Exporter() {
    }

    /**
     * Writes every selected event, in the store's date-then-id order, and returns how many.
     *
     * @throws IOException when the target cannot be written
     */
    public static long export(EventStore store, EventFilter filter, ExportWriter writer) throws IOException {
        long[] count = {0};
        writer.begin();
        try {
            store.forEachMerged(filter, e -> {
                try {
                    writer.write(e);
                    count[0]++;
                } catch (IOException io) {
                    // the store's callback cannot throw checked exceptions; unwrapped below
                    throw new UncheckedIOException(io);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.end();
        return count[0];
    }
}
