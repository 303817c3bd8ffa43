package org.sitrep.codebook;

import java.util.Locale;

/** How exactly an event's date is known (codebook section 3). */
public enum DatePrecision {
    DAY, WEEK, MONTH, YEAR;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return label();
    }
}
