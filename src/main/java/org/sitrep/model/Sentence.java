package org.sitrep.model;

import java.util.ArrayList;
import java.util.List;

/** A sentence: its span, tokens and dependency edges (token indices are sentence-relative). */
public record Sentence(int index, Span span, List<Token> tokens, List<Dependency> dependencies) {

    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
    }

    /** Edges whose governor is the given token. */
    public List<Dependency> children(int token) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.governor() == token) {
                out.add(d);
            }
        }
        return out;
    }

    /** The edge that attaches the given token to its head, or null for a token without one. */
    public Dependency head(int token) {
        for (Dependency d : dependencies) {
            if (d.dependent() == token) {
                return d;
            }
        }
        return null;
    }

    /**
     * The tokens overlapping the span as {first, end exclusive}, or null when none does: how a
     * character match (a lexicon hit, an entity) is turned into a token range.
     */
    public int[] tokenRange(Span s) {
        int first = -1;
        int last = -1;
        for (Token t : tokens) {
            if (t.span().overlaps(s)) {
                if (first < 0) {
                    first = t.index();
                }
                last = t.index();
            }
        }
        return first < 0 ? null : new int[] {first, last + 1};
    }

    /** Index of the first token overlapping the span, or -1. */
    public int tokenAt(Span s) {
        for (Token t : tokens) {
            if (t.span().overlaps(s)) {
                return t.index();
            }
        }
        return -1;
    }
}
