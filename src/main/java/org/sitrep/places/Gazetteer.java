package org.sitrep.places;

/** PLACEHOLDER: the loaded place index; the places stage replaces this. */
public final class Gazetteer {
}
