package org.sitrep.merging;

import java.util.List;

/**
 * The decision whether two reported events are the same real-world event, with the evidence
 * for it: one line per criterion (type, date, place, actors), as {@code sitrep explain-merge}
 * prints it.
 */
public record Link(String keyA, String keyB, boolean linked, List<String> reasons) {

    public Link {
        reasons = List.copyOf(reasons);
    }
}
