package org.sitrep.model;

/**
 * A basic/enhanced Universal Dependencies edge between two tokens of one sentence, by their
 * in-sentence indices. The root edge has {@code governor == -1} and relation "root".
 */
public record Dependency(int governor, int dependent, String relation) {

    public static final int ROOT = -1;
}
