package org.sitrep.events;

import static org.sitrep.codebook.ViolenceType.NONE;
import static org.sitrep.codebook.ViolenceType.NON_STATE;
import static org.sitrep.codebook.ViolenceType.ONE_SIDED;
import static org.sitrep.codebook.ViolenceType.STATE_BASED;

import java.util.Map;
import org.sitrep.codebook.ActorCategory;
import org.sitrep.codebook.SubEventType;
import org.sitrep.codebook.ViolenceType;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Fatalities;

/**
 * The UCDP type of violence of an event (codebook section 2): from the two sides when the actor
 * stage knows them, else from the sub-event type alone. Remote violence that hits only
 * civilians is one-sided; a state's forces against an organised group is state-based.
 */
final class ViolenceRules {

    /** A type and the rule that gave it, for explanations. */
    record Verdict(ViolenceType type, String rule) {
    }

    /**
     * Without actors: the usual UCDP reading of each explosive means. Air and artillery strikes
     * are mostly a state's against armed groups; bombs, grenades, suicide and chemical attacks
     * mostly hit civilians.
     */
    private static final Map<SubEventType, ViolenceType> REMOTE_DEFAULT = Map.of(
            SubEventType.AIR_DRONE_STRIKE, STATE_BASED,
            SubEventType.SHELLING_ARTILLERY_MISSILE, STATE_BASED,
            SubEventType.REMOTE_EXPLOSIVE, ONE_SIDED,
            SubEventType.SUICIDE_BOMB, ONE_SIDED,
            SubEventType.GRENADE, ONE_SIDED,
            SubEventType.CHEMICAL_WEAPON, ONE_SIDED);

    Verdict decide(Event e) {
        SubEventType t = e.subEventType();
        switch (t.eventType()) {
            case PROTESTS:
                return t == SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS
                        ? new Verdict(ONE_SIDED, "force against unarmed protesters")
                        : new Verdict(NONE, "protest");
            case RIOTS:
                return new Verdict(NONE, "riot");
            case STRATEGIC_DEVELOPMENTS:
                return new Verdict(NONE, "strategic development");
            case VIOLENCE_AGAINST_CIVILIANS:
                return new Verdict(ONE_SIDED, "violence against civilians");
            case BATTLES:
                return battle(e);
            default:
                return remote(e);
        }
    }

    /** A battle has two armed sides by definition: an unarmed side is a misread actor. */
    private static Verdict battle(Event e) {
        Verdict unknown = new Verdict(STATE_BASED, "battle, sides unknown");
        Actor a = e.actor1();
        Actor b = e.actor2();
        if (a != null && b != null && a.type().isArmed() && b.type().isArmed()) {
            return sides(e, unknown);
        }
        return unknown;
    }

    private Verdict remote(Event e) {
        Actor target = e.actor2();
        if (target != null && !target.type().isArmed()) {
            return new Verdict(ONE_SIDED, "remote violence against " + target.type().label());
        }
        Fatalities f = e.fatalities();
        if (target == null && f.best() != null && f.best() > 0 && f.best().equals(f.civilians())) {
            return new Verdict(ONE_SIDED, "remote violence, every death a civilian");
        }
        ViolenceType fallback = REMOTE_DEFAULT.get(e.subEventType());
        return sides(e, new Verdict(fallback, "remote violence by " + e.subEventType().label()
                + ", target unknown"));
    }

    /** Two armed sides: state-based if a state is among them, non-state otherwise. */
    private static Verdict sides(Event e, Verdict unknown) {
        Actor a = e.actor1();
        Actor b = e.actor2();
        if (a == null || b == null) {
            return unknown;
        }
        if (!b.type().isArmed() || !a.type().isArmed()) {
            return new Verdict(ONE_SIDED, "an armed side against " + (a.type().isArmed()
                    ? b.type().label() : a.type().label()));
        }
        if (isState(a) || isState(b)) {
            return new Verdict(STATE_BASED, "state forces against an armed group");
        }
        return new Verdict(NON_STATE, "two non-state armed groups");
    }

    private static boolean isState(Actor a) {
        return a.type() == ActorCategory.STATE_FORCES || a.type() == ActorCategory.EXTERNAL_FORCES;
    }
}
