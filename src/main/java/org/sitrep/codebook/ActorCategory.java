package org.sitrep.codebook;

import java.util.Arrays;
import java.util.Locale;

/** ACLED actor categories with the codebook's strings (codebook section 5). */
public enum ActorCategory {
    STATE_FORCES, REBEL_GROUP, POLITICAL_MILITIA, IDENTITY_MILITIA, RIOTERS, PROTESTERS, CIVILIANS,
    EXTERNAL_FORCES;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isArmed() {
        return this != CIVILIANS && this != PROTESTERS && this != RIOTERS;
    }

    public static ActorCategory fromLabel(String label) {
        for (ActorCategory c : values()) {
            if (c.label().equalsIgnoreCase(label.trim())) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown actor category '" + label + "'; valid: "
                + Arrays.stream(values()).map(ActorCategory::label).toList());
    }

    @Override
    public String toString() {
        return label();
    }
}
