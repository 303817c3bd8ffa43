package org.sitrep.actors;

import java.util.Arrays;
import java.util.Locale;

/** The kinds of generic actor noun in {@code generic.tsv}. */
enum GenericKind {
    UNIDENTIFIED, ARMED, REBELS, MILITARY, POLICE, CIVILIANS, PROTESTERS, RIOTERS;

    static GenericKind fromLabel(String label) {
        for (GenericKind k : values()) {
            if (k.name().equalsIgnoreCase(label.strip())) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown kind '" + label + "'; valid: "
                + Arrays.stream(values()).map(k -> k.name().toLowerCase(Locale.ROOT)).toList());
    }

    boolean isArmed() {
        return this == UNIDENTIFIED || this == ARMED || this == REBELS || this == MILITARY || this == POLICE;
    }
}
