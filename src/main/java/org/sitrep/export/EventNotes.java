package org.sitrep.export;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.model.Actor;
import org.sitrep.model.Claim;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Location;
import org.sitrep.model.MergedEvent;
import org.sitrep.model.SourcedClaim;

/**
 * A short generated description of a merged event, ACLED's {@code notes}: what, where, when,
 * who against whom, every casualty claim with its claimant, and how many reports. Built only from
 * coded fields, never from article text, so it is the same whatever language the articles were
 * phrased in.
 */
final class EventNotes {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private EventNotes() {
    }

    static String of(MergedEvent m) {
        Event e = m.event();
        StringBuilder s = new StringBuilder(e.subEventType().label());
        Location l = e.location();
        if (l != null) {
            s.append(" in ").append(place(l));
        }
        s.append(' ').append(when(e.date())).append('.');
        if (e.actor1() != null || e.actor2() != null) {
            s.append(' ').append(side(e.actor1(), e.assocActor1(), "unidentified actor"));
            if (e.actor2() != null) {
                s.append(" against ").append(side(e.actor2(), e.assocActor2(), ""));
            }
            s.append('.');
        }
        if (!m.claims().isEmpty()) {
            List<String> claims = new ArrayList<>();
            for (SourcedClaim c : m.claims()) {
                claims.add(claim(c.claim()));
            }
            s.append(" Claims: ").append(String.join("; ", claims)).append('.');
        }
        int reports = m.reports().size();
        s.append(' ').append(reports).append(reports == 1 ? " report." : " reports.");
        return s.toString();
    }

    private static String place(Location l) {
        List<String> parts = new ArrayList<>();
        for (String p : new String[] {l.name(), l.admin1(), l.country()}) {
            if (!Sources.blank(p) && !parts.contains(p)) {
                parts.add(p);
            }
        }
        return String.join(", ", parts);
    }

    private static String when(EventDate d) {
        if (d == null || d.date() == null) {
            return "(date unknown)";
        }
        return switch (d.precision()) {
            case DAY -> "on " + d.date();
            case WEEK -> "in the week from " + d.date();
            case MONTH -> "in " + d.date().format(MONTH);
            case YEAR -> "in " + d.date().getYear();
        };
    }

    private static String side(Actor main, List<Actor> assoc, String missing) {
        String name = main == null ? missing : main.name();
        if (assoc.isEmpty()) {
            return name;
        }
        return name + " (with " + String.join(", ", assoc.stream().map(Actor::name).toList()) + ")";
    }

    private static String claim(Claim c) {
        String figure;
        if (c.killed() == null) {
            figure = "an unstated number";
        } else {
            figure = switch (c.qualifier() == null ? org.sitrep.codebook.Qualifier.EXACT : c.qualifier()) {
                case EXACT -> String.valueOf(c.killed());
                case AT_LEAST -> "at least " + c.killed();
                case MORE_THAN -> "more than " + c.killed();
                case ABOUT -> "about " + c.killed();
                case UP_TO -> "up to " + c.killed();
                case VAGUE -> "an unstated number";
            };
        }
        String victims = Sources.blank(c.victims()) ? "" : " (" + c.victims() + ")";
        String by = Sources.blank(c.claimant()) ? "unattributed" : "according to " + c.claimant();
        return figure + " killed" + victims + ", " + by;
    }
}
