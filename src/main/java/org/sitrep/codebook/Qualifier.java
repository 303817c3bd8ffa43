package org.sitrep.codebook;

import java.util.Locale;

/** How a casualty figure is qualified in the text (codebook section 6). */
public enum Qualifier {
    EXACT, AT_LEAST, MORE_THAN, ABOUT, UP_TO, VAGUE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return label();
    }
}
