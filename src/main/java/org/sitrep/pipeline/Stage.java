package org.sitrep.pipeline;

import java.util.List;
import java.util.Set;
import org.sitrep.model.Doc;
import org.sitrep.model.Event;

/**
 * One step of the coder. A stage reads the document and the events found so far and returns
 * them with its own fields filled (the events stage returns the events themselves). Stages are
 * immutable after construction and safe to call from several threads at once.
 */
public interface Stage {

    /** Short name shown in the chain and in explanations, e.g. "dates". */
    String name();

    Set<Field> requires();

    Set<Field> provides();

    List<Event> apply(Doc doc, List<Event> events);
}
