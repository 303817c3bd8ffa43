package org.sitrep.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;
import org.sitrep.pipeline.StageTimer;

/**
 * Total time per coding step (NLP annotators and stages), summed over articles and threads.
 * Thread-safe; keeps the steps in the order they were first reported, which is pipeline order.
 */
public final class StepTimes implements StageTimer {

    private final Map<String, LongAdder> totals = new ConcurrentHashMap<>();
    private final List<String> order = new CopyOnWriteArrayList<>();

    @Override
    public void record(String step, long nanos) {
        totals.computeIfAbsent(step, s -> {
            order.add(s);
            return new LongAdder();
        }).add(nanos);
    }

    /** Step name to total nanoseconds, in pipeline order. */
    public Map<String, Long> totals() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String s : new ArrayList<>(order)) {
            out.put(s, totals.get(s).sum());
        }
        return out;
    }
}
