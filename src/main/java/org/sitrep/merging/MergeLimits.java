package org.sitrep.merging;

/**
 * How far apart two reports of one incident may be.
 *
 * @param dayWindow days two day-precision dates may differ by: reports published a day apart
 *                  resolve "yesterday" and "on Sunday" against different days, and a report
 *                  written across midnight or time zones can be off by one more
 * @param kmExact   the largest distance between two places both known exactly (precision 1)
 * @param kmNear    the largest distance when the coarser place is "near X" (precision 2)
 */
public record MergeLimits(int dayWindow, double kmExact, double kmNear) {

    public static final MergeLimits DEFAULT = new MergeLimits(2, 25.0, 50.0);

    public MergeLimits {
        if (dayWindow < 0 || kmExact < 0 || kmNear < kmExact) {
            throw new IllegalArgumentException("merge limits need dayWindow >= 0 and 0 <= kmExact <= kmNear, were "
                    + dayWindow + ", " + kmExact + ", " + kmNear);
        }
    }
}
