package org.sitrep.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Doc;
import org.sitrep.model.Event;
import org.sitrep.pipeline.Field;
import org.sitrep.pipeline.Stage;

/**
 * Dates every event (codebook section 3): reads the report's time expressions once
 * ({@link CandidateFinder}), then ties each event to its own ({@link TimeLinker}).
 * Immutable and thread-safe.
 */
public final class EventDatingStage implements Stage {

    private final CandidateFinder candidates;
    private final TimeLinker linker;

    public EventDatingStage() {
        this(TimeLexicon.load());
    }

    public EventDatingStage(TimeLexicon lexicon) {
        DateResolver resolver = new DateResolver(lexicon);
        this.candidates = new CandidateFinder(lexicon, resolver);
        this.linker = new TimeLinker(new DefaultDating(lexicon));
    }

    @Override
    public String name() {
        return "eventdating";
    }

    @Override
    public Set<Field> requires() {
        return Set.of(Field.EVENTS);
    }

    @Override
    public Set<Field> provides() {
        return Set.of(Field.DATE);
    }

    /** The report's usable time expressions: the pure half that tests and explanations read. */
    public ReportTimes find(Doc doc) {
        return candidates.find(doc);
    }

    @Override
    public List<Event> apply(Doc doc, List<Event> events) {
        if (events.isEmpty()) {
            return events;
        }
        ReportTimes times = find(doc);
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            out.add(e.withDate(linker.find(doc, times, e, events)));
        }
        return out;
    }
}
