package org.sitrep.model;

/** low/best/high deaths and the civilian and child subsets; null where unknown. */
public record Fatalities(Integer low, Integer best, Integer high, Integer civilians,
                         Integer children) {

    public static final Fatalities UNKNOWN = new Fatalities(null, null, null, null, null);
}
