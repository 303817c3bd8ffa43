package org.sitrep.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitrep.model.Doc;
import org.sitrep.model.Event;
import org.sitrep.nlp.DocBuilder;

/**
 * The ordered stages of the coder behind one entry point, {@link #code}. Built once per process
 * with {@link #builder}, which checks that every stage's requirements are provided by the stages
 * before it. Thread-safe: it holds only immutable stages and a thread-safe document builder.
 */
public final class Pipeline {

    private final DocBuilder docBuilder;
    private final List<Stage> stages;

    private Pipeline(DocBuilder docBuilder, List<Stage> stages) {
        this.docBuilder = docBuilder;
        this.stages = List.copyOf(stages);
    }

    public static Builder builder(DocBuilder docBuilder) {
        return new Builder(docBuilder);
    }

    /** Annotates the article and runs every stage over it. */
    public Coded code(org.sitrep.model.Article article) {
        return code(article, StageTimer.NONE);
    }

    /** As {@link #code(org.sitrep.model.Article)}, reporting the time of every step to the timer. */
    public Coded code(org.sitrep.model.Article article, StageTimer timer) {
        Doc doc = timer == StageTimer.NONE ? docBuilder.build(article)
                : docBuilder.build(article, timer::record);
        return new Coded(doc, run(doc, timer));
    }

    /** Runs the stages over an already annotated document. */
    public List<Event> run(Doc doc) {
        return run(doc, StageTimer.NONE);
    }

    /** As {@link #run(Doc)}, reporting each stage's time to the timer. */
    public List<Event> run(Doc doc, StageTimer timer) {
        List<Event> events = List.of();
        for (Stage stage : stages) {
            long t0 = System.nanoTime();
            events = List.copyOf(stage.apply(doc, events));
            timer.record(stage.name(), System.nanoTime() - t0);
        }
        return events;
    }

    public List<Stage> stages() {
        return stages;
    }

    @Override
    public String toString() {
        return "Pipeline[nlp -> " + stages.stream().map(Stage::name).collect(Collectors.joining(" -> "))
                + "]";
    }

    /** A document and the events coded from it. */
    public record Coded(Doc doc, List<Event> events) {
    }

    public static final class Builder {
        private final DocBuilder docBuilder;
        private final List<Stage> stages = new ArrayList<>();
        private final Set<Field> provided = EnumSet.noneOf(Field.class);

        private Builder(DocBuilder docBuilder) {
            this.docBuilder = docBuilder;
        }

        /** Appends a stage; throws when a field it requires is not provided by earlier stages. */
        public Builder add(Stage stage) {
            for (Field f : stage.requires()) {
                if (!provided.contains(f)) {
                    throw new IllegalStateException("stage " + stage.name() + " requires " + f
                            + "; provided so far: " + provided);
                }
            }
            stages.add(stage);
            provided.addAll(stage.provides());
            return this;
        }

        public Pipeline build() {
            return new Pipeline(docBuilder, stages);
        }
    }
}
