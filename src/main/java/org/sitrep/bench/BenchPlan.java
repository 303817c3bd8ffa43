package org.sitrep.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * What {@code sitrep bench} measures: the thread counts to compare, how many measured passes
 * each gets, and how many articles are coded first, unmeasured, so that the JIT has compiled the
 * hot code.
 *
 * @param threadCounts the thread counts, at least 1 each, no repeats; kept in increasing order,
 *     so the first is the baseline of the scaling figures
 * @param rounds measured passes over the articles per thread count, at least 1
 * @param warmup articles coded before measuring, at least 0
 */
public record BenchPlan(List<Integer> threadCounts, int rounds, int warmup) {

    /** One measured pass: its round (from 1) and the thread count it runs on. */
    public record Pass(int round, int threads) {
    }

    /** @throws IllegalArgumentException with a one-line reason fit for a usage error */
    public BenchPlan {
        if (threadCounts.isEmpty()) {
            throw new IllegalArgumentException("--threads: give at least one thread count");
        }
        for (int n : threadCounts) {
            if (n < 1) {
                throw new IllegalArgumentException("--threads: each thread count must be at least 1, was " + n);
            }
        }
        if (new HashSet<>(threadCounts).size() != threadCounts.size()) {
            throw new IllegalArgumentException("--threads: each thread count once, was " + threadCounts);
        }
        if (rounds < 1) {
            throw new IllegalArgumentException("--rounds must be at least 1, was " + rounds);
        }
        if (warmup < 0) {
            throw new IllegalArgumentException("--warmup must be at least 0, was " + warmup);
        }
        threadCounts = threadCounts.stream().sorted().toList();
    }

    /**
     * The measured passes in the order they run: each round runs every thread count in turn
     * (1, 2, 1, 2, 1, 2 for thread counts 1 and 2 over three rounds), so that every thread count
     * runs the same compiled code and a drift in the machine's speed hits all of them alike.
     */
    public List<Pass> schedule() {
        List<Pass> passes = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            for (int threads : threadCounts) {
                passes.add(new Pass(round, threads));
            }
        }
        return passes;
    }

    /**
     * The warm-up runs on the most threads measured: they all compile and exercise the same
     * code, and the most threads get through the warm-up soonest.
     */
    public int warmupThreads() {
        return threadCounts.get(threadCounts.size() - 1);
    }
}
