package org.sitrep.pipeline;

/**
 * Receives how long each step of coding one article took: the NLP annotators (named
 * "nlp:&lt;annotator&gt;") and every stage (by its name). Passed into {@link Pipeline#code} by a
 * caller that measures, such as {@code sitrep bench}; called on the coding thread, so an
 * implementation shared by several threads must be thread-safe.
 */
@FunctionalInterface
public interface StageTimer {

    /** A timer that records nothing: what ordinary coding uses. */
    StageTimer NONE = (step, nanos) -> { };

    void record(String step, long nanos);
}
