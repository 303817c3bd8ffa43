package org.sitrep.merging;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.sitrep.codebook.EventType;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;

/**
 * Whether the actors of two reports contradict each other (codebook section 5). A side is its
 * main actor and the actors associated with it; two sides agree when either is unknown (no
 * actor, or an "Unidentified ..." placeholder: an attack first blamed on gunmen and later
 * claimed by a group is one attack) or when they share a name. For Battles the sides may come
 * in either order, since which side attacked is often reported differently.
 */
final class ActorCompatibility {

    /** The outcome with whether the second event's sides had to be swapped. */
    record Result(Criterion criterion, boolean swapped) {
    }

    Result check(Event a, Event b) {
        List<String> a1 = side(a.actor1(), a.assocActor1());
        List<String> a2 = side(a.actor2(), a.assocActor2());
        List<String> b1 = side(b.actor1(), b.assocActor1());
        List<String> b2 = side(b.actor2(), b.assocActor2());
        Supplier<String> shown = () -> "actor1 " + show(a1) + " vs " + show(b1) + ", actor2 " + show(a2) + " vs " + show(b2);
        if (agree(a1, b1) && agree(a2, b2)) {
            return new Result(Criterion.of(true, "actors", () -> shown.get() + ": no contradiction"), false);
        }
        boolean battle = isBattle(a) || isBattle(b);
        if (battle && agree(a1, b2) && agree(a2, b1)) {
            return new Result(Criterion.of(true, "actors", () -> shown.get() + ": sides agree in the other order (Battles)"), true);
        }
        return new Result(Criterion.of(false, "actors", () -> shown.get() + ": contradict"
                + (battle ? " in either order" : "")), false);
    }

    static boolean isBattle(Event e) {
        return e.subEventType() != null && e.subEventType().eventType() == EventType.BATTLES;
    }

    /** A placeholder for an actor nobody named. */
    static boolean unknown(Actor a) {
        return a == null || a.name() == null || a.name().isBlank()
                || a.name().strip().regionMatches(true, 0, "unidentified", 0, "unidentified".length());
    }

    /** The form names are counted under when merging: as {@link #agree} compares them. */
    static String normalised(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** The known names of one side, stripped; empty when the side is unknown. */
    static List<String> side(Actor main, List<Actor> assoc) {
        List<String> names = new ArrayList<>(1 + assoc.size());
        if (!unknown(main)) {
            names.add(main.name().strip());
        }
        for (Actor x : assoc) {
            if (!unknown(x)) {
                names.add(x.name().strip());
            }
        }
        return names;
    }

    /** Registry names are canonical: case is the only variation worth forgiving. */
    private static boolean agree(List<String> x, List<String> y) {
        if (x.isEmpty() || y.isEmpty()) {
            return true;
        }
        for (String p : x) {
            for (String q : y) {
                if (p.equalsIgnoreCase(q)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String show(List<String> side) {
        return side.isEmpty() ? "unknown" : String.join(" + ", side);
    }
}
