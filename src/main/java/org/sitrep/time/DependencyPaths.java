package org.sitrep.time;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sitrep.model.Dependency;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;

/** Heads and paths in one sentence's dependency tree. */
final class DependencyPaths {

    private final int[] parent;
    private final String[] relation;

    DependencyPaths(Sentence s) {
        parent = new int[s.tokens().size()];
        relation = new String[parent.length];
        Arrays.fill(parent, -1);
        Arrays.fill(relation, "root");
        for (Dependency d : s.dependencies()) {
            if (d.dependent() >= 0 && d.dependent() < parent.length) {
                parent[d.dependent()] = d.governor();
                relation[d.dependent()] = d.relation();
            }
        }
    }

    /** The relation attaching the token to its parent ("obl", "nmod:poss", "root"...). */
    String relation(int token) {
        return token >= 0 && token < relation.length ? relation[token] : "root";
    }

    /** The token of the span whose head lies outside it: "Sunday" in "late on Sunday". */
    static int headOf(Sentence s, Span span, DependencyPaths paths) {
        int first = -1;
        for (var t : s.tokens()) {
            if (!span.overlaps(t.span())) {
                continue;
            }
            if (first < 0) {
                first = t.index();
            }
            int p = paths.parent[t.index()];
            if (p < 0 || !span.overlaps(s.tokens().get(p).span())) {
                return t.index();
            }
        }
        return first;
    }

    int parent(int token) {
        return token >= 0 && token < parent.length ? parent[token] : -1;
    }

    /** The tokens from {@code from} up to the root, {@code from} first. */
    List<Integer> ancestors(int from) {
        List<Integer> out = new ArrayList<>();
        for (int t = from, guard = 0; t >= 0 && guard <= parent.length; t = parent[t], guard++) {
            out.add(t);
        }
        return out;
    }

    /** The tokens on the tree path between a and b, both included. Empty when they are not connected. */
    List<Integer> path(int a, int b) {
        List<Integer> up = ancestors(a);
        List<Integer> down = ancestors(b);
        for (int i = 0; i < up.size(); i++) {
            int j = down.indexOf(up.get(i));
            if (j >= 0) {
                List<Integer> out = new ArrayList<>(up.subList(0, i + 1));
                for (int k = j - 1; k >= 0; k--) {
                    out.add(down.get(k));
                }
                return out;
            }
        }
        return List.of();
    }

    int root() {
        for (int i = 0; i < parent.length; i++) {
            if (parent[i] < 0) {
                return i;
            }
        }
        return 0;
    }
}
