package org.sitrep.actors;

/** Which arm of a state a generic force noun names. */
enum Branch {
    MILITARY("Military Forces of "), POLICE("Police Forces of ");

    final String prefix;

    Branch(String prefix) {
        this.prefix = prefix;
    }
}
