package org.sitrep.model;

/**
 * A half-open character range {@code [start, end)} into an article's text.
 * Every piece of evidence in sitrep is a Span, so a bad one fails loudly where it is made.
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** The smallest span covering both. */
    public Span union(Span other) {
        return new Span(Math.min(start, other.start), Math.max(end, other.end));
    }

    public String of(String text) {
        return text.substring(start, end);
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }

    @Override
    public String toString() {
        return "[" + start + "," + end + ")";
    }
}
