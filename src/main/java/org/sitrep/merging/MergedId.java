package org.sitrep.merging;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import org.sitrep.model.ReportedEvent;

/**
 * The identity of a merged event: "ev-" and 12 hex digits of the SHA-256 of its smallest member
 * key. The same cluster gets the same id in any order; an id changes only when a report with a
 * smaller key joins or the smallest one leaves.
 */
final class MergedId {

    private MergedId() {
    }

    static String of(Collection<ReportedEvent> cluster) {
        String smallest = cluster.stream().map(ReportedEvent::key).min(String::compareTo)
                .orElseThrow(() -> new IllegalArgumentException("an empty cluster has no id"));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(smallest.getBytes(StandardCharsets.UTF_8));
            return "ev-" + HexFormat.of().formatHex(hash).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
