package org.sitrep.places;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The small test gazetteer: fixture rows in GeoNames format, read through the real importer. */
final class Fixtures {

    private Fixtures() {
    }

    static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Place> places() {
        Map<String, String> admin1 = GeoNamesImport.readAdmin1(resource("admin1-fixture.json"));
        return GeoNamesImport.readCities(resource("cities500-fixture.txt"), admin1);
    }

    private static final class Holder {
        static final Gazetteer GAZETTEER = Gazetteer.of(places());
    }

    static Gazetteer gazetteer() {
        return Holder.GAZETTEER;
    }
}
