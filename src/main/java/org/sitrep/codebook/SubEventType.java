package org.sitrep.codebook;

import static org.sitrep.codebook.EventType.BATTLES;
import static org.sitrep.codebook.EventType.EXPLOSIONS_REMOTE_VIOLENCE;
import static org.sitrep.codebook.EventType.PROTESTS;
import static org.sitrep.codebook.EventType.RIOTS;
import static org.sitrep.codebook.EventType.STRATEGIC_DEVELOPMENTS;
import static org.sitrep.codebook.EventType.VIOLENCE_AGAINST_CIVILIANS;

import java.util.Arrays;

/** The 25 ACLED sub-event types, each with its parent type (codebook section 2). */
public enum SubEventType {
    ARMED_CLASH(BATTLES, "Armed clash"),
    GOVERNMENT_REGAINS_TERRITORY(BATTLES, "Government regains territory"),
    NON_STATE_ACTOR_OVERTAKES_TERRITORY(BATTLES, "Non-state actor overtakes territory"),
    CHEMICAL_WEAPON(EXPLOSIONS_REMOTE_VIOLENCE, "Chemical weapon"),
    AIR_DRONE_STRIKE(EXPLOSIONS_REMOTE_VIOLENCE, "Air/drone strike"),
    SUICIDE_BOMB(EXPLOSIONS_REMOTE_VIOLENCE, "Suicide bomb"),
    SHELLING_ARTILLERY_MISSILE(EXPLOSIONS_REMOTE_VIOLENCE, "Shelling/artillery/missile attack"),
    REMOTE_EXPLOSIVE(EXPLOSIONS_REMOTE_VIOLENCE, "Remote explosive/landmine/IED"),
    GRENADE(EXPLOSIONS_REMOTE_VIOLENCE, "Grenade"),
    SEXUAL_VIOLENCE(VIOLENCE_AGAINST_CIVILIANS, "Sexual violence"),
    ATTACK(VIOLENCE_AGAINST_CIVILIANS, "Attack"),
    ABDUCTION(VIOLENCE_AGAINST_CIVILIANS, "Abduction/forced disappearance"),
    PEACEFUL_PROTEST(PROTESTS, "Peaceful protest"),
    PROTEST_WITH_INTERVENTION(PROTESTS, "Protest with intervention"),
    EXCESSIVE_FORCE_AGAINST_PROTESTERS(PROTESTS, "Excessive force against protesters"),
    VIOLENT_DEMONSTRATION(RIOTS, "Violent demonstration"),
    MOB_VIOLENCE(RIOTS, "Mob violence"),
    AGREEMENT(STRATEGIC_DEVELOPMENTS, "Agreement"),
    ARRESTS(STRATEGIC_DEVELOPMENTS, "Arrests"),
    CHANGE_TO_GROUP_ACTIVITY(STRATEGIC_DEVELOPMENTS, "Change to group/activity"),
    DISRUPTED_WEAPONS_USE(STRATEGIC_DEVELOPMENTS, "Disrupted weapons use"),
    HEADQUARTERS_OR_BASE_ESTABLISHED(STRATEGIC_DEVELOPMENTS, "Headquarters or base established"),
    LOOTING_PROPERTY_DESTRUCTION(STRATEGIC_DEVELOPMENTS, "Looting/property destruction"),
    NON_VIOLENT_TRANSFER_OF_TERRITORY(STRATEGIC_DEVELOPMENTS, "Non-violent transfer of territory"),
    OTHER(STRATEGIC_DEVELOPMENTS, "Other");

    private final EventType eventType;
    private final String label;

    SubEventType(EventType eventType, String label) {
        this.eventType = eventType;
        this.label = label;
    }

    public EventType eventType() {
        return eventType;
    }

    public String label() {
        return label;
    }

    /** Accepts the codebook label or the enum constant name (as data files may use either). */
    public static SubEventType fromLabel(String label) {
        for (SubEventType t : values()) {
            if (t.label.equalsIgnoreCase(label) || t.name().equalsIgnoreCase(label)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown sub-event type '" + label + "'; valid: "
                + Arrays.stream(values()).map(SubEventType::label).toList());
    }

    @Override
    public String toString() {
        return label;
    }
}
