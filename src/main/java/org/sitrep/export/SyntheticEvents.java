package org.sitrep.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import org.sitrep.codebook.ActorCategory;
import org.sitrep.codebook.DatePrecision;
import org.sitrep.codebook.EventType;
import org.sitrep.codebook.Qualifier;
import org.sitrep.codebook.SubEventType;
import org.sitrep.codebook.ViolenceType;
import org.sitrep.model.Actor;
import org.sitrep.model.Claim;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Fatalities;
import org.sitrep.model.Location;
import org.sitrep.model.SourceArticle;
import org.sitrep.model.Span;

/**
 * Deterministic pseudo-random coded reports for load tests of the store and the exports: each
 * item is one article with one event, shaped like pipeline output (type with a consistent
 * violence type, dated place, actors, claims with claimants, evidence spans). About one report in
 * ten re-reports an earlier event (same type, place, date and actors, another claim) so that the
 * store has merging to do. The same seed always gives the same reports.
 */
public final class SyntheticEvents implements Iterable<SyntheticEvents.Report> {

    /** One article and its coded events, ready for {@code EventStore.ingest}. */
    public record Report(SourceArticle article, List<Event> events) {
    }

    /** Countries with a rough centre; synthetic places are scattered within a few degrees of it. */
    private record Area(String code, String name, double lat, double lon) {
    }

    private static final List<Area> AREAS = List.of(
            new Area("ML", "Mali", 17.0, -4.0), new Area("BF", "Burkina Faso", 12.3, -1.6),
            new Area("NE", "Niger", 16.0, 8.0), new Area("NG", "Nigeria", 9.5, 8.0),
            new Area("SD", "Sudan", 15.0, 30.0), new Area("SO", "Somalia", 5.0, 46.0),
            new Area("CD", "Democratic Republic of the Congo", -2.0, 24.0), new Area("ET", "Ethiopia", 9.0, 39.5),
            new Area("MZ", "Mozambique", -18.0, 35.0), new Area("CM", "Cameroon", 6.0, 12.5),
            new Area("YE", "Yemen", 15.5, 47.5), new Area("MM", "Myanmar", 20.0, 96.0));

    private static final String[] CLAIMANTS = {null, "local officials", "the army", "residents",
            "a hospital source", "the armed group"};
    private static final String[] OUTLETS = {"dailywire.example", "sahel-news.example", "monitor.example",
            "radio-one.example"};
    private static final int PLACES_PER_AREA = 200;
    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);

    private final int count;
    private final long seed;

    public SyntheticEvents(int count, long seed) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, was " + count);
        }
        this.count = count;
        this.seed = seed;
    }

    @Override
    public Iterator<Report> iterator() {
        SplittableRandom random = new SplittableRandom(seed);
        List<Event> recent = new ArrayList<>();
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public Report next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int i = next++;
                String id = String.format("syn-%07d", i);
                Event e;
                if (!recent.isEmpty() && random.nextInt(10) == 0) {
                    Event earlier = recent.get(random.nextInt(recent.size()));
                    List<Claim> claims = claims(random);
                    e = new Event(id, earlier.subEventType(), earlier.violenceType(), earlier.triggers(),
                            earlier.evidence(), earlier.date(), earlier.location(), earlier.actor1(),
                            earlier.assocActor1(), earlier.actor2(), earlier.assocActor2(), toll(claims), claims);
                } else {
                    e = fresh(random, id);
                }
                recent.add(e);
                if (recent.size() > 50) {
                    recent.remove(0);
                }
                LocalDate date = e.date().date();
                SourceArticle a = new SourceArticle(id, date.plusDays(1 + random.nextInt(3)),
                        "Synthetic report " + i + ": " + e.subEventType().label() + " in " + e.location().name(),
                        "https://" + OUTLETS[random.nextInt(OUTLETS.length)] + "/" + id,
                        HexFormat.of().toHexDigits(seed) + HexFormat.of().toHexDigits(i));
                return new Report(a, List.of(e));
            }
        };
    }

    private static Event fresh(SplittableRandom r, String articleId) {
        Area area = AREAS.get(r.nextInt(AREAS.size()));
        int p = r.nextInt(PLACES_PER_AREA);
        // a fixed grid of places per area, so that re-reports and neighbours share coordinates
        double lat = area.lat() + ((p % 20) - 10) * 0.3;
        double lon = area.lon() + ((p / 20) - 5) * 0.5;
        int precision = r.nextInt(10) < 8 ? 1 : 2 + r.nextInt(3);
        Location place = new Location("Synthetic place " + area.code() + "-" + p, null, round(lat), round(lon),
                "Synthetic region " + area.code() + "-" + (p % 8), area.code(), area.name(), precision,
                new Span(20, 35));
        SubEventType type = SubEventType.values()[r.nextInt(SubEventType.values().length)];
        ViolenceType violence = violence(type.eventType(), r);
        int roll = r.nextInt(10);
        DatePrecision dp = roll < 8 ? DatePrecision.DAY : roll == 8 ? DatePrecision.WEEK : DatePrecision.MONTH;
        LocalDate date = FIRST_DAY.plusDays(r.nextInt(366));
        if (dp == DatePrecision.MONTH) {
            date = date.withDayOfMonth(1);
        }
        Actor state = new Actor("Military Forces of " + area.name(), ActorCategory.STATE_FORCES, area.code(),
                new Span(40, 50));
        Actor other = switch (violence) {
            case STATE_BASED, NON_STATE -> new Actor("Synthetic Front " + area.code() + "-" + r.nextInt(5),
                    r.nextBoolean() ? ActorCategory.REBEL_GROUP : ActorCategory.POLITICAL_MILITIA, area.code(),
                    new Span(60, 70));
            case ONE_SIDED -> new Actor("Civilians", ActorCategory.CIVILIANS, area.code(), null);
            case NONE -> type.eventType() == EventType.PROTESTS
                    ? new Actor("Protesters", ActorCategory.PROTESTERS, area.code(), null)
                    : new Actor("Rioters", ActorCategory.RIOTERS, area.code(), null);
        };
        Actor actor1 = violence == ViolenceType.NONE ? other : state;
        Actor actor2 = violence == ViolenceType.NONE ? (r.nextBoolean() ? state : null) : other;
        List<Claim> claims = violence == ViolenceType.NONE && r.nextInt(4) > 0 ? List.of() : claims(r);
        return new Event(articleId, type, violence, List.of(new Span(5, 12)), List.of(new Span(0, 120)),
                new EventDate(date, dp, null, "synthetic"), place, actor1, List.of(), actor2, List.of(),
                toll(claims), claims);
    }

    private static ViolenceType violence(EventType t, SplittableRandom r) {
        return switch (t) {
            case BATTLES -> r.nextInt(4) == 0 ? ViolenceType.NON_STATE : ViolenceType.STATE_BASED;
            case EXPLOSIONS_REMOTE_VIOLENCE -> r.nextBoolean() ? ViolenceType.STATE_BASED : ViolenceType.ONE_SIDED;
            case VIOLENCE_AGAINST_CIVILIANS -> ViolenceType.ONE_SIDED;
            case PROTESTS, RIOTS, STRATEGIC_DEVELOPMENTS -> ViolenceType.NONE;
        };
    }

    private static List<Claim> claims(SplittableRandom r) {
        int n = r.nextInt(3);
        List<Claim> claims = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            Qualifier q = Qualifier.values()[r.nextInt(Qualifier.values().length)];
            Integer killed = q == Qualifier.VAGUE ? null : r.nextInt(60);
            claims.add(new Claim(CLAIMANTS[r.nextInt(CLAIMANTS.length)], killed, q,
                    r.nextBoolean() ? "civilians" : "fighters", new Span(0, 120)));
        }
        return claims;
    }

    /** low/best/high over the claims with a figure, as the casualties stage would give them. */
    private static Fatalities toll(List<Claim> claims) {
        List<Integer> figures = claims.stream().map(Claim::killed).filter(k -> k != null).sorted().toList();
        if (figures.isEmpty()) {
            return Fatalities.UNKNOWN;
        }
        int low = figures.get(0);
        int high = figures.get(figures.size() - 1);
        return new Fatalities(low, figures.get(figures.size() / 2), high, null, null);
    }

    private static double round(double d) {
        return Math.round(d * 1e5) / 1e5;
    }
}
