package org.sitrep.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchPlanTest {

    @Test
    void roundsRunEveryThreadCountInTurnSmallestFirst() {
        BenchPlan plan = new BenchPlan(List.of(2, 1), 3, 10);
        assertThat(plan.threadCounts()).containsExactly(1, 2);
        assertThat(plan.schedule()).containsExactly(new BenchPlan.Pass(1, 1), new BenchPlan.Pass(1, 2),
                new BenchPlan.Pass(2, 1), new BenchPlan.Pass(2, 2), new BenchPlan.Pass(3, 1),
                new BenchPlan.Pass(3, 2));
        assertThat(plan.warmupThreads()).isEqualTo(2);
    }

    @Test
    void oneThreadCountOneRoundIsOnePass() {
        BenchPlan plan = new BenchPlan(List.of(4), 1, 0);
        assertThat(plan.schedule()).containsExactly(new BenchPlan.Pass(1, 4));
        assertThat(plan.warmupThreads()).isEqualTo(4);
    }

    @Test
    void unusablePlansSayWhy() {
        assertThatThrownBy(() -> new BenchPlan(List.of(), 3, 0))
                .hasMessage("--threads: give at least one thread count");
        assertThatThrownBy(() -> new BenchPlan(List.of(1, 0), 3, 0))
                .hasMessage("--threads: each thread count must be at least 1, was 0");
        assertThatThrownBy(() -> new BenchPlan(List.of(-2), 3, 0))
                .hasMessage("--threads: each thread count must be at least 1, was -2");
        assertThatThrownBy(() -> new BenchPlan(List.of(1, 2, 1), 3, 0))
                .hasMessage("--threads: each thread count once, was [1, 2, 1]");
        assertThatThrownBy(() -> new BenchPlan(List.of(1), 0, 0)).hasMessage("--rounds must be at least 1, was 0");
        assertThatThrownBy(() -> new BenchPlan(List.of(1), 3, -1)).hasMessage("--warmup must be at least 0, was -1");
    }
}
