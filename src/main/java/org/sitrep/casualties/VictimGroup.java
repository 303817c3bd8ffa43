package org.sitrep.casualties;

/**
 * Who the dead of one figure were. Groups of different sides are added up ("16 soldiers ...
 * 15 attackers" is 31); PEOPLE, whose status is unknown, may include any of them.
 */
public enum VictimGroup {
    PEOPLE, CIVILIAN, CHILD, WOMAN, SECURITY, ARMED;

    public boolean civilian() {
        return this == CIVILIAN || this == CHILD || this == WOMAN;
    }

    /** The side the group belongs to, for adding figures across sides; null for PEOPLE. */
    public String side() {
        return switch (this) {
            case PEOPLE -> null;
            case CIVILIAN, CHILD, WOMAN -> "civilian";
            case SECURITY -> "security";
            case ARMED -> "armed";
        };
    }
}
