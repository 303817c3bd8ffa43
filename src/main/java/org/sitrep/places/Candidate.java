package org.sitrep.places;

/** A gazetteer place proposed for a name, with its score and the cues that gave it. */
public record Candidate(Place place, double score, String reason) {
}
