package org.sitrep.places;

import java.util.List;
import java.util.Objects;

/**
 * One gazetteer feature (a GeoNames cities500 row or a supplement row).
 *
 * @param id          GeoNames id, or null for supplement places that have none
 * @param altNames    Latin-script alternate names only (the matcher reads English text)
 * @param featureCode GeoNames feature code (PPL, PPLA, PPLC, ...)
 * @param admin1      first-order division name as GeoNames spells it, or "" when unknown
 */
public record Place(Long id, String name, String asciiName, List<String> altNames, double lat,
                    double lon, String featureCode, String countryCode, String admin1,
                    long population) {

    public Place {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(countryCode, "countryCode");
        asciiName = asciiName == null || asciiName.isEmpty() ? name : asciiName;
        altNames = List.copyOf(altNames);
        featureCode = featureCode == null ? "" : featureCode;
        admin1 = admin1 == null ? "" : admin1;
    }

    public boolean isCapital() {
        return featureCode.equals("PPLC");
    }

    /** A seat of a first-order division (or the national capital, which often is one). */
    public boolean isAdmin1Seat() {
        return featureCode.equals("PPLA") || featureCode.equals("PPLC");
    }

    /** Great-circle distance in kilometres. */
    public double kmTo(Place o) {
        return Geo.km(lat, lon, o.lat, o.lon);
    }
}
