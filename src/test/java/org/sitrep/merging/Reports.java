package org.sitrep.merging;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sitrep.codebook.ActorCategory;
import org.sitrep.codebook.DatePrecision;
import org.sitrep.codebook.Qualifier;
import org.sitrep.codebook.SubEventType;
import org.sitrep.model.Actor;
import org.sitrep.model.Claim;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Fatalities;
import org.sitrep.model.Location;
import org.sitrep.model.ReportedEvent;
import org.sitrep.model.SourceArticle;
import org.sitrep.model.Span;

/** Builds reported events by hand for the merging tests: no text, no NLP. */
final class Reports {

    private String article = "a1";
    private int index = 0;
    private SubEventType type = SubEventType.ARMED_CLASH;
    private EventDate date = new EventDate(LocalDate.of(2024, 8, 25), DatePrecision.DAY, null, "test");
    private Location place = town("Koro", 14.05, -3.07);
    private Actor actor1;
    private List<Actor> assoc1 = List.of();
    private Actor actor2;
    private Fatalities fatalities = Fatalities.UNKNOWN;
    private final List<Claim> claims = new ArrayList<>();

    static Reports report(String articleId) {
        Reports r = new Reports();
        r.article = articleId;
        return r;
    }

    static Location town(String name, double lat, double lon) {
        return new Location(name, null, lat, lon, "Mopti", "ML", "Mali", 1, null);
    }

    static Location place(String name, double lat, double lon, String admin1, String cc, int precision) {
        return new Location(name, null, lat, lon, admin1, cc, null, precision, null);
    }

    static Actor actor(String name) {
        return new Actor(name, ActorCategory.POLITICAL_MILITIA, "ML", null);
    }

    Reports index(int i) {
        index = i;
        return this;
    }

    Reports type(SubEventType t) {
        type = t;
        return this;
    }

    Reports on(String isoDate) {
        return on(isoDate, DatePrecision.DAY);
    }

    Reports on(String isoDate, DatePrecision p) {
        date = isoDate == null ? null : new EventDate(LocalDate.parse(isoDate), p, null, "test");
        return this;
    }

    Reports at(Location l) {
        place = l;
        return this;
    }

    Reports actors(String a1, String a2) {
        actor1 = a1 == null ? null : actor(a1);
        actor2 = a2 == null ? null : actor(a2);
        return this;
    }

    Reports assoc1(String... names) {
        assoc1 = Arrays.stream(names).map(Reports::actor).toList();
        return this;
    }

    Reports toll(Integer low, Integer best, Integer high) {
        fatalities = new Fatalities(low, best, high, null, null);
        return this;
    }

    Reports toll(Fatalities f) {
        fatalities = f;
        return this;
    }

    Reports claim(String claimant, int killed, Qualifier q) {
        claims.add(new Claim(claimant, killed, q, "people", new Span(0, 10)));
        return this;
    }

    /** A claim and, if the report has no toll yet, that claim as its toll. */
    Reports says(String claimant, int killed) {
        claim(claimant, killed, Qualifier.EXACT);
        if (fatalities.low() == null) {
            fatalities = new Fatalities(killed, killed, killed, null, null);
        }
        return this;
    }

    ReportedEvent build() {
        SourceArticle a = new SourceArticle(article, date == null ? null : date.date(), "title " + article,
                null, "hash-" + article);
        Event e = new Event(article, type, null, List.of(new Span(0, 5)), List.of(new Span(0, 10)), date, place,
                actor1, assoc1, actor2, List.of(), fatalities, claims);
        return new ReportedEvent(ReportedEvent.keyOf(article, index), a, e);
    }
}
