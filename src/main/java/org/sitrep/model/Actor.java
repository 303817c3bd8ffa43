package org.sitrep.model;

import org.sitrep.codebook.ActorCategory;

/** A canonical actor with its ACLED category; {@code source} is the mention it was read from. */
public record Actor(String name, ActorCategory type, String countryCode, Span source) {
}
