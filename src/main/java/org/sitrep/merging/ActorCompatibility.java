package org.sitrep.merging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        Map<String, String> a1 = side(a.actor1(), a.assocActor1());
        Map<String, String> a2 = side(a.actor2(), a.assocActor2());
        Map<String, String> b1 = side(b.actor1(), b.assocActor1());
        Map<String, String> b2 = side(b.actor2(), b.assocActor2());
        String shown = "actor1 " + show(a1) + " vs " + show(b1) + ", actor2 " + show(a2) + " vs " + show(b2);
        if (agree(a1, b1) && agree(a2, b2)) {
            return new Result(Criterion.of(true, "actors", shown + ": no contradiction"), false);
        }
        boolean battle = isBattle(a) || isBattle(b);
        if (battle && agree(a1, b2) && agree(a2, b1)) {
            return new Result(Criterion.of(true, "actors", shown + ": sides agree in the other order (Battles)"), true);
        }
        return new Result(Criterion.of(false, "actors", shown + ": contradict"
                + (battle ? " in either order" : "")), false);
    }

    static boolean isBattle(Event e) {
        return e.subEventType() != null && e.subEventType().eventType() == EventType.BATTLES;
    }

    /** A placeholder for an actor nobody named. */
    static boolean unknown(Actor a) {
        return a == null || a.name() == null || a.name().isBlank()
                || a.name().strip().toLowerCase(Locale.ROOT).startsWith("unidentified");
    }

    static String normalised(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The known names of one side, normalised to their display form; empty when unknown. */
    static Map<String, String> side(Actor main, List<Actor> assoc) {
        Map<String, String> names = new LinkedHashMap<>();
        List<Actor> all = new ArrayList<>();
        all.add(main);
        all.addAll(assoc);
        for (Actor x : all) {
            if (!unknown(x)) {
                names.putIfAbsent(normalised(x.name()), x.name().strip());
            }
        }
        return names;
    }

    private static boolean agree(Map<String, String> x, Map<String, String> y) {
        return x.isEmpty() || y.isEmpty() || x.keySet().stream().anyMatch(y::containsKey);
    }

    private static String show(Map<String, String> side) {
        return side.isEmpty() ? "unknown" : String.join(" + ", side.values());
    }
}
