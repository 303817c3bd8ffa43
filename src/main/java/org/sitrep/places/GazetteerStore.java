package org.sitrep.places;

import java.nio.file.Path;

/** PLACEHOLDER: opens (fetching and building on first use) the gazetteer under a data directory. */
public final class GazetteerStore {

    private GazetteerStore() {
    }

    public static Gazetteer open(Path dataDir) {
        return new Gazetteer();
    }
}
