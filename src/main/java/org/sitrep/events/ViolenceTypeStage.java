package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Doc;
import org.sitrep.model.Event;
import org.sitrep.pipeline.Field;
import org.sitrep.pipeline.Stage;

/**
 * Sets each event's UCDP violence type from its sub-event type and the sides the actor stage
 * found ({@link ViolenceRules}). Works with unknown actors by falling back on the sub-event type.
 */
public final class ViolenceTypeStage implements Stage {

    private final ViolenceRules rules = new ViolenceRules();

    @Override
    public String name() {
        return "violencetype";
    }

    @Override
    public Set<Field> requires() {
        return Set.of(Field.EVENTS, Field.ACTORS);
    }

    @Override
    public Set<Field> provides() {
        return Set.of(Field.VIOLENCE_TYPE);
    }

    @Override
    public List<Event> apply(Doc doc, List<Event> events) {
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            out.add(e.withViolenceType(rules.decide(e).type()));
        }
        return out;
    }

    /** The rule that types each event, in event order, for {@code sitrep explain}. */
    public List<String> explain(List<Event> events) {
        List<String> out = new ArrayList<>(events.size());
        for (Event e : events) {
            ViolenceRules.Verdict v = rules.decide(e);
            out.add(e.subEventType().label() + " -> " + v.type().label() + ": " + v.rule());
        }
        return out;
    }
}
