package org.sitrep.codebook;

import java.util.Arrays;

/** ACLED event types with the codebook's exact strings (codebook section 2). */
public enum EventType {
    BATTLES("Battles"),
    EXPLOSIONS_REMOTE_VIOLENCE("Explosions/Remote violence"),
    VIOLENCE_AGAINST_CIVILIANS("Violence against civilians"),
    PROTESTS("Protests"),
    RIOTS("Riots"),
    STRATEGIC_DEVELOPMENTS("Strategic developments");

    private final String label;

    EventType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static EventType fromLabel(String label) {
        for (EventType t : values()) {
            if (t.label.equals(label) || t.name().equalsIgnoreCase(label)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown event type '" + label + "'; valid: "
                + Arrays.stream(values()).map(EventType::label).toList());
    }

    @Override
    public String toString() {
        return label;
    }
}
