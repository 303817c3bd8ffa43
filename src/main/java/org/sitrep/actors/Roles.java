package org.sitrep.actors;

import java.util.List;

/**
 * The actors the parse puts on each side of one trigger: {@code side1} acted, {@code side2} was
 * acted upon; the first of each list is the main actor, the rest its associates. {@code rule}
 * names the pattern that fired, for explanations.
 */
record Roles(List<ActorMention> side1, List<ActorMention> side2, List<ActorMention> targets, String rule) {

    static final Roles NONE = new Roles(List.of(), List.of(), List.of(), "none");

    /** @param targets every mention the sentence puts under a harm verb ("targeting X"): never an attacker */
    Roles {
        side1 = List.copyOf(side1);
        side2 = List.copyOf(side2);
        targets = List.copyOf(targets);
    }

    boolean isEmpty() {
        return side1.isEmpty() && side2.isEmpty();
    }
}
