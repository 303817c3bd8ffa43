package org.sitrep.actors;

import java.util.List;
import java.util.Set;
import org.sitrep.model.Doc;
import org.sitrep.model.Event;
import org.sitrep.pipeline.Field;
import org.sitrep.pipeline.Stage;

/** PLACEHOLDER while the stage is being written: passes events through unchanged. */
public final class ActorStage implements Stage {

    @Override
    public String name() {
        return "actor";
    }

    @Override
    public Set<Field> requires() {
        return Set.of(Field.EVENTS,Field.LOCATION);
    }

    @Override
    public Set<Field> provides() {
        return Set.of(Field.ACTORS);
    }

    @Override
    public List<Event> apply(Doc doc, List<Event> events) {
        return events;
    }
}
