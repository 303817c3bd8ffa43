package org.sitrep.events;

import java.util.List;
import org.sitrep.model.Doc;
import org.sitrep.model.Event;
import org.sitrep.testing.SharedNlp;

/** One detection stage for the events tests, run over test reports published 2024-08-26. */
final class Detect {

    private Detect() {
    }

    private static final class Holder {
        static final EventDetectionStage STAGE = new EventDetectionStage();
    }

    static List<Event> events(Doc doc) {
        return Holder.STAGE.find(doc).events();
    }

    static List<Event> events(String text) {
        return events(SharedNlp.doc(text, "2024-08-26"));
    }
}
