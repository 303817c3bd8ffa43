package org.sitrep.events;

import java.util.List;
import java.util.Set;
import org.sitrep.model.Doc;
import org.sitrep.model.Event;
import org.sitrep.pipeline.Field;
import org.sitrep.pipeline.Stage;

/** PLACEHOLDER while the stage is being written: passes events through unchanged. */
public final class ViolenceTypeStage implements Stage {

    @Override
    public String name() {
        return "violencetype";
    }

    @Override
    public Set<Field> requires() {
        return Set.of(Field.EVENTS,Field.ACTORS);
    }

    @Override
    public Set<Field> provides() {
        return Set.of(Field.VIOLENCE_TYPE);
    }

    @Override
    public List<Event> apply(Doc doc, List<Event> events) {
        return events;
    }
}
