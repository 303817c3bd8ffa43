package org.sitrep.actors;

import java.util.List;
import org.sitrep.model.Actor;

/** The actors chosen for one event and the rule that chose them (for explanations). */
public record ActorChoice(Actor actor1, List<Actor> assoc1, Actor actor2, List<Actor> assoc2, String rule) {

    public ActorChoice {
        assoc1 = List.copyOf(assoc1);
        assoc2 = List.copyOf(assoc2);
    }
}
