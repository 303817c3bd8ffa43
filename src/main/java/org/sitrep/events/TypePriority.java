package org.sitrep.events;

import static org.sitrep.codebook.SubEventType.*;

import java.util.List;
import org.sitrep.codebook.SubEventType;

/**
 * Which type wins when one incident carries cues of several (codebook section 2's rules of
 * thumb): the means of attack beats the bare outcome (a drone strike that killed civilians is
 * an Air/drone strike), force against protesters beats the protest, fighting beats one-sided
 * killing when both sides are armed, and strategic developments yield to violence.
 */
final class TypePriority {

    private static final List<SubEventType> ORDER = List.of(
            SUICIDE_BOMB, CHEMICAL_WEAPON, AIR_DRONE_STRIKE, SHELLING_ARTILLERY_MISSILE,
            REMOTE_EXPLOSIVE, GRENADE,
            EXCESSIVE_FORCE_AGAINST_PROTESTERS, PROTEST_WITH_INTERVENTION, VIOLENT_DEMONSTRATION,
            MOB_VIOLENCE,
            NON_STATE_ACTOR_OVERTAKES_TERRITORY, GOVERNMENT_REGAINS_TERRITORY, ARMED_CLASH,
            SEXUAL_VIOLENCE, ATTACK, ABDUCTION, PEACEFUL_PROTEST,
            DISRUPTED_WEAPONS_USE, LOOTING_PROPERTY_DESTRUCTION, AGREEMENT, ARRESTS,
            HEADQUARTERS_OR_BASE_ESTABLISHED, NON_VIOLENT_TRANSFER_OF_TERRITORY,
            CHANGE_TO_GROUP_ACTIVITY, OTHER);

    private TypePriority() {
    }

    /** Lower is stronger. */
    static int rank(SubEventType t) {
        return ORDER.indexOf(t);
    }

    static boolean stronger(SubEventType a, SubEventType b) {
        return rank(a) < rank(b);
    }

    static boolean violent(SubEventType t) {
        return switch (t.eventType()) {
            case BATTLES, EXPLOSIONS_REMOTE_VIOLENCE, VIOLENCE_AGAINST_CIVILIANS -> true;
            default -> false;
        };
    }
}
