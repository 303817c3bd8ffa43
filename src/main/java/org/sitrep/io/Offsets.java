package org.sitrep.io;

import java.util.List;
import org.sitrep.model.Actor;
import org.sitrep.model.Claim;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Location;
import org.sitrep.model.Span;

/**
 * Converts Java's UTF-16 offsets into an article's text to code-point offsets, the way the
 * codebook's readers (Python among them) index text. The two differ after any character outside
 * the Basic Multilingual Plane; for the usual text without one the conversion is the identity.
 * Output files and the event store both keep code-point offsets.
 */
public final class Offsets {

    private final String text;
    private final boolean identity;

    private Offsets(String text) {
        this.text = text;
        this.identity = text.codePointCount(0, text.length()) == text.length();
    }

    public static Offsets of(String text) {
        return new Offsets(text);
    }

    public int codePoint(int utf16) {
        return identity ? utf16 : text.codePointCount(0, Math.min(utf16, text.length()));
    }

    public Span codePoints(Span s) {
        return s == null || identity ? s : new Span(codePoint(s.start()), codePoint(s.end()));
    }

    /** The event with every span (triggers, evidence, date, place, actors, claims) in code points. */
    public Event codePoints(Event e) {
        if (identity) {
            return e;
        }
        EventDate d = e.date() == null ? null
                : new EventDate(e.date().date(), e.date().precision(), codePoints(e.date().source()),
                        e.date().rule());
        Location l = e.location();
        Location loc = l == null ? null : new Location(l.name(), l.geonamesId(), l.lat(), l.lon(),
                l.admin1(), l.countryCode(), l.country(), l.precision(), codePoints(l.source()));
        List<Claim> claims = e.claims().stream().map(c -> new Claim(c.claimant(), c.killed(),
                c.qualifier(), c.victims(), codePoints(c.evidence()))).toList();
        return new Event(e.articleId(), e.subEventType(), e.violenceType(), spans(e.triggers()),
                spans(e.evidence()), d, loc, actor(e.actor1()), actors(e.assocActor1()),
                actor(e.actor2()), actors(e.assocActor2()), e.fatalities(), claims);
    }

    private List<Span> spans(List<Span> spans) {
        return spans.stream().map(this::codePoints).toList();
    }

    private Actor actor(Actor a) {
        return a == null ? null : new Actor(a.name(), a.type(), a.countryCode(), codePoints(a.source()));
    }

    private List<Actor> actors(List<Actor> actors) {
        return actors.stream().map(this::actor).toList();
    }
}
