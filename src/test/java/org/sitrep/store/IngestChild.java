package org.sitrep.store;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The ingest process {@link KillDuringIngestTest} kills: stores the synthetic batch into the store
 * at a JDBC URL, skipping articles already stored, and prints "stored ID" only after each
 * article's transaction has committed, as {@code sitrep ingest} counts an article stored.
 */
public final class IngestChild {

    private IngestChild() {
    }

    public static void main(String[] args) {
        String url = args[0];
        int n = Integer.parseInt(args[1]);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (EventStore store = EventStores.open(url)) {
            for (Synthetic.Report r : Synthetic.batch(n)) {
                if (store.isStored(r.article().id(), r.article().textHash())) {
                    out.println("unchanged " + r.article().id());
                    continue;
                }
                IngestResult result = store.ingest(r.article(), r.events());
                out.println(result.outcome().name().toLowerCase(java.util.Locale.ROOT) + " " + r.article().id());
            }
        }
        out.println("done");
    }
}
