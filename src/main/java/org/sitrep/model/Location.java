package org.sitrep.model;

/**
 * Where an event happened, resolved to a gazetteer place (codebook section 4). {@code precision}
 * is the ACLED geo-precision 1-4; {@code source} the text the place was read from.
 */
public record Location(String name, Long geonamesId, Double lat, Double lon, String admin1,
                       String countryCode, String country, int precision, Span source) {

    public Location {
        if (precision < 1 || precision > 4) {
            throw new IllegalArgumentException("geo precision must be 1-4, was " + precision);
        }
    }
}
