package org.sitrep.events;

import org.sitrep.model.Span;

/**
 * One decision of the events stage, for {@code sitrep explain}: which trigger fired in which
 * sentence, which rule typed it, and what became of it ("event", "merged" into an earlier
 * event, or "dropped") with the reason.
 */
public record Explanation(int sentence, Span trigger, String triggerText, String rule,
                          String decision, String reason) {

    public static final String EVENT = "event";
    public static final String MERGED = "merged";
    public static final String DROPPED = "dropped";

    @Override
    public String toString() {
        return "s" + sentence + " '" + triggerText + "' " + trigger + " [" + rule + "] " + decision
                + (reason == null || reason.isEmpty() ? "" : ": " + reason);
    }
}
