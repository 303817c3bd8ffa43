package org.sitrep.export;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.codebook.ActorCategory;
import org.sitrep.codebook.DatePrecision;
import org.sitrep.codebook.Qualifier;
import org.sitrep.codebook.SubEventType;
import org.sitrep.codebook.ViolenceType;
import org.sitrep.model.Actor;
import org.sitrep.model.Claim;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Fatalities;
import org.sitrep.model.Location;
import org.sitrep.model.MergedEvent;
import org.sitrep.model.ReportedEvent;
import org.sitrep.model.SourceArticle;
import org.sitrep.model.SourcedClaim;
import org.sitrep.model.Span;

/** Hand-built merged events for the writer tests (invented places, outlets and figures). */
final class Fixtures {

    static final SourceArticle DESERT_NEWS = new SourceArticle("dn-1", LocalDate.of(2025, 3, 10),
            "Drone strike hits market town", "https://www.desert-news.example/a/1", "h1");
    static final SourceArticle RIVER_POST = new SourceArticle("rp-7", LocalDate.of(2025, 3, 11),
            "Toll rises after strike", "https://riverpost.example/news/7", "h2");

    static final Actor ARMY = new Actor("Military Forces of Mali", ActorCategory.STATE_FORCES, "ML", null);
    static final Actor WAGNER = new Actor("Wagner Group", ActorCategory.EXTERNAL_FORCES, "RU", null);
    static final Actor REBELS = new Actor("Azawad Liberation Front", ActorCategory.REBEL_GROUP, "ML", null);
    static final Actor CIVILIANS = new Actor("Civilians", ActorCategory.CIVILIANS, "ML", null);
    static final Actor PROTESTERS = new Actor("Protesters", ActorCategory.PROTESTERS, "ML", null);

    static final Location KIDAL = new Location("Kidal", 2455290L, 18.44111, 1.40778, "Kidal", "ML",
            "Mali", 1, new Span(40, 45));

    private Fixtures() {
    }

    /** A drone strike on civilians reported by two outlets with two different claims. */
    static MergedEvent strike() {
        Claim officials = new Claim("local officials", 12, Qualifier.AT_LEAST, "civilians", new Span(0, 80));
        Claim residents = new Claim("residents", 15, Qualifier.ABOUT, "people, \"mostly\" traders", new Span(81, 150));
        Event e = new Event("dn-1", SubEventType.AIR_DRONE_STRIKE, ViolenceType.ONE_SIDED,
                List.of(new Span(10, 22)), List.of(new Span(0, 80)),
                new EventDate(LocalDate.of(2025, 3, 9), DatePrecision.DAY, null, "weekday"),
                KIDAL, ARMY, List.of(WAGNER), CIVILIANS, List.of(),
                new Fatalities(12, 12, 15, 12, null), List.of(officials, residents));
        Event second = e.withCasualties(new Fatalities(15, 15, 15, null, null), List.of(residents));
        return new MergedEvent("m-strike", e,
                List.of(new SourcedClaim(officials, List.of("dn-1")),
                        new SourcedClaim(residents, List.of("dn-1", "rp-7"))),
                List.of(new ReportedEvent("dn-1#0", DESERT_NEWS, e),
                        new ReportedEvent("rp-7#0", RIVER_POST, second)));
    }

    /** A clash where the rebels are actor1 and the army actor2, in a region only. */
    static MergedEvent clash() {
        Location region = new Location("Gao", null, 16.2667, -0.05, "Gao", "ML", "Mali", 3, null);
        Event e = new Event("rp-7", SubEventType.ARMED_CLASH, ViolenceType.STATE_BASED, List.of(),
                List.of(new Span(0, 50)),
                new EventDate(LocalDate.of(2025, 2, 1), DatePrecision.MONTH, null, "month"),
                region, REBELS, List.of(), ARMY, List.of(), Fatalities.UNKNOWN, List.of());
        return new MergedEvent("m-clash", e, List.of(), List.of(new ReportedEvent("rp-7#1", RIVER_POST, e)));
    }

    /** A protest with no second actor, no coordinates and no date. */
    static MergedEvent protest() {
        Location country = new Location("Mali", null, null, null, null, "ML", "Mali", 4, null);
        SourceArticle noUrl = new SourceArticle("wire-3", null, null, null, "h3");
        Event e = new Event("wire-3", SubEventType.PEACEFUL_PROTEST, ViolenceType.NONE, List.of(),
                List.of(new Span(0, 30)), null, country, PROTESTERS, List.of(), null, List.of(),
                Fatalities.UNKNOWN, List.of());
        return new MergedEvent("m-protest", e, List.of(), List.of(new ReportedEvent("wire-3#0", noUrl, e)));
    }
}
