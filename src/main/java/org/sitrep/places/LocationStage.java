package org.sitrep.places;

import java.util.List;
import java.util.Set;
import org.sitrep.model.Doc;
import org.sitrep.model.Event;
import org.sitrep.pipeline.Field;
import org.sitrep.pipeline.Stage;

/** PLACEHOLDER while the stage is being written: passes events through unchanged. */
public final class LocationStage implements Stage {

    public LocationStage(Gazetteer gazetteer) {
    }

    @Override
    public String name() {
        return "places";
    }

    @Override
    public Set<Field> requires() {
        return Set.of(Field.EVENTS);
    }

    @Override
    public Set<Field> provides() {
        return Set.of(Field.LOCATION);
    }

    @Override
    public List<Event> apply(Doc doc, List<Event> events) {
        return events;
    }
}
