package org.sitrep.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeapWatchTest {

    @Test
    void aCollectionRecordsTheHeapBeforeAndAfterIt() throws InterruptedException {
        try (HeapWatch watch = HeapWatch.start()) {
            byte[][] garbage = new byte[64][];
            for (int i = 0; i < garbage.length; i++) {
                garbage[i] = new byte[1 << 20];
            }
            garbage = null;
            System.gc();
            // the collectors notify on their own thread, a little after the collection
            for (int i = 0; i < 100 && watch.peakAfterGcBytes() == 0; i++) {
                Thread.sleep(20);
            }
            assertThat(watch.peakAfterGcBytes()).isPositive();
            assertThat(watch.peakBytes()).isGreaterThanOrEqualTo(watch.peakAfterGcBytes());
        }
    }
}
