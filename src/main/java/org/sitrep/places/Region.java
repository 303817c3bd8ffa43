package org.sitrep.places;

/**
 * A first-order administrative division (state, province, governorate...), located by its seat:
 * the PPLA place of that division, or its most populous place when it has no PPLA.
 */
public record Region(String countryCode, String name, Place seat) {
}
