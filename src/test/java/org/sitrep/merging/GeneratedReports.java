package org.sitrep.merging;

import static org.sitrep.merging.Reports.place;
import static org.sitrep.merging.Reports.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.sitrep.codebook.DatePrecision;
import org.sitrep.codebook.SubEventType;
import org.sitrep.model.ReportedEvent;

/** Many reports from a fixed seed, for property tests and the clustering benchmark. */
public final class GeneratedReports {

    private GeneratedReports() {
    }

    private static final SubEventType[] TYPES = {SubEventType.ARMED_CLASH, SubEventType.ATTACK,
        SubEventType.AIR_DRONE_STRIKE, SubEventType.SHELLING_ARTILLERY_MISSILE};
    private static final String[] ACTORS = {null, "JNIM", "Military Forces of Mali", "Unidentified Armed Group"};

    /** n reports in 20 days around a few towns of two countries in one month, dense enough to link often. */
    public static List<ReportedEvent> generate(long seed, int n) {
        return generate(seed, n, 20);
    }

    /** n reports spread over {@code days} days from 2024-08-01. */
    public static List<ReportedEvent> generate(long seed, int n, int days) {
        Random r = new Random(seed);
        List<ReportedEvent> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String cc = r.nextInt(5) == 0 ? "BF" : "ML";
            int precision = 1 + r.nextInt(4);
            double lat = 14 + r.nextDouble() * 0.6;
            double lon = -3 + r.nextDouble() * 0.6;
            String admin1 = r.nextBoolean() ? "Mopti" : "Segou";
            DatePrecision dp = r.nextInt(6) == 0 ? (r.nextBoolean() ? DatePrecision.WEEK : DatePrecision.MONTH) : DatePrecision.DAY;
            LocalDate d = LocalDate.of(2024, 8, 1).plusDays(r.nextInt(days));
            if (dp == DatePrecision.MONTH) {
                d = d.withDayOfMonth(1);
            }
            out.add(report("a" + r.nextInt(n)).index(i)
                    .type(TYPES[r.nextInt(TYPES.length)])
                    .on(d.toString(), dp)
                    .at(place("p" + i, lat, lon, admin1, cc, precision))
                    .actors(ACTORS[r.nextInt(ACTORS.length)], ACTORS[r.nextInt(ACTORS.length)])
                    .says(r.nextBoolean() ? null : "officials", 1 + r.nextInt(10))
                    .build());
        }
        return out;
    }
}
