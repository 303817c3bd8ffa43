package org.sitrep.actors;

/** What a matched wording stands for, before context (event country, article) resolves it. */
sealed interface Target {

    /** A registry actor (a named group or a state's forces named with its nationality). */
    record Named(RegistryEntry entry) implements Target {
    }

    /** A common noun naming an actor without an organisation ("gunmen", "soldiers", "villagers"). */
    record Generic(GenericKind kind) implements Target {
    }

    /**
     * A country's name or nationality alone ("Israel", "Russian"): its state when it acts.
     * {@code demonym} tells the nationality ("Israeli strikes": an actor) from the name
     * ("Gaza strikes": a place).
     */
    record Country(String code, boolean demonym) implements Target {
    }
}
