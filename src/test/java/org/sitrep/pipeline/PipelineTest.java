package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.codebook.SubEventType;
import org.sitrep.model.Article;
import org.sitrep.model.Doc;
import org.sitrep.model.Event;
import org.sitrep.model.Span;
import org.sitrep.nlp.DocBuilder;

class PipelineTest {

    /** A stage that records its name on a shared list when run, to check the order. */
    record Recording(String name, Set<Field> requires, Set<Field> provides, List<String> log)
            implements Stage {
        @Override
        public List<Event> apply(Doc doc, List<Event> events) {
            log.add(name);
            if (provides.contains(Field.EVENTS)) {
                return List.of(Event.detected(doc.article().id(), SubEventType.ARMED_CLASH, List.of(),
                        List.of(new Span(0, doc.text().length()))));
            }
            return events;
        }
    }

    static final DocBuilder BARE = a -> new Doc(a, List.of(), List.of(), List.of());

    @Test
    void rejectsAStageWhoseInputsAreNotProvidedYet() {
        List<String> log = new ArrayList<>();
        Pipeline.Builder b = Pipeline.builder(BARE)
                .add(new Recording("events", Set.of(), Set.of(Field.EVENTS), log));
        assertThatThrownBy(() -> b.add(new Recording("actors", Set.of(Field.EVENTS, Field.LOCATION),
                Set.of(Field.ACTORS), log)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("stage actors requires LOCATION; provided so far: [EVENTS]");
    }

    @Test
    void runsStagesInOrderAndShowsTheChain() {
        List<String> log = new ArrayList<>();
        Pipeline p = Pipeline.builder(BARE)
                .add(new Recording("events", Set.of(), Set.of(Field.EVENTS), log))
                .add(new Recording("dates", Set.of(Field.EVENTS), Set.of(Field.DATE), log))
                .build();
        List<Event> events = p.code(Article.of("a", null, "Clashes.")).events();
        assertThat(log).containsExactly("events", "dates");
        assertThat(events).singleElement().extracting(Event::articleId).isEqualTo("a");
        assertThat(p).hasToString("Pipeline[nlp -> events -> dates]");
    }
}
