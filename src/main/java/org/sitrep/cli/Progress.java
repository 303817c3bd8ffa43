package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Batch progress on stderr: a live line when stderr is a terminal (articles done, articles/s,
 * time left), and always one summary line at the end.
 */
final class Progress {

    private final PrintWriter err;
    private final boolean live;
    private final long total;
    private final long start = System.nanoTime();
    private long done;
    private long lastDraw;

    /** @param total number of articles expected, or -1 when unknown (standard input) */
    Progress(PrintWriter err, boolean live, long total) {
        this.err = err;
        this.live = live;
        this.total = total;
    }

    void tick() {
        done++;
        long now = System.nanoTime();
        if (live && (now - lastDraw > 250_000_000L || done == total)) {
            lastDraw = now;
            double rate = rate(now);
            String left = total > 0 && rate > 0 ? ", " + clock((total - done) / rate) + " left" : "";
            err.printf(Locale.ROOT, "\r%d%s articles, %.2f articles/s%s   ", done,
                    total > 0 ? "/" + total : "", rate, left);
            err.flush();
        }
    }

    /** Ends the live line so that messages and the summary start on a fresh line. */
    void clearLine() {
        if (live && done > 0) {
            err.print("\r\033[K");
            err.flush();
        }
    }

    double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    double rate(long now) {
        double s = (now - start) / 1e9;
        return s > 0 ? done / s : 0;
    }

    static String clock(double seconds) {
        long s = Math.round(seconds);
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
