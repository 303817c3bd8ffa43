package org.sitrep.casualties;

import org.sitrep.codebook.Qualifier;

/**
 * A figure read from the text: words {@code first..last} (inclusive, qualifier words included)
 * of the word list it was parsed from; {@code numberStart} is the first word of the figure
 * itself. {@code value} is null for a vague count ("several"); {@code high} is the upper end of
 * a range ("20 to 30"), else equal to value.
 */
public record Quantity(int first, int numberStart, int last, Integer value, Integer high,
                       Qualifier qualifier) {

    public boolean vague() {
        return value == null;
    }

    public boolean range() {
        return value != null && high != null && !high.equals(value);
    }
}
