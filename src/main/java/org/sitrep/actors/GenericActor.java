package org.sitrep.actors;

import org.sitrep.codebook.ActorCategory;

/** The codebook's names for actors that are not organisations (codebook section 5). */
record GenericActor(String name, ActorCategory category) {

    static final GenericActor UNIDENTIFIED = new GenericActor("Unidentified Armed Group", ActorCategory.POLITICAL_MILITIA);
    static final GenericActor CIVILIANS = new GenericActor("Civilians", ActorCategory.CIVILIANS);
    static final GenericActor PROTESTERS = new GenericActor("Protesters", ActorCategory.PROTESTERS);
    static final GenericActor RIOTERS = new GenericActor("Rioters", ActorCategory.RIOTERS);

    /** The fixed actor of a kind; null for kinds that need context (armed, military, police). */
    static GenericActor of(GenericKind k) {
        return switch (k) {
            case UNIDENTIFIED -> UNIDENTIFIED;
            case CIVILIANS -> CIVILIANS;
            case PROTESTERS -> PROTESTERS;
            case RIOTERS -> RIOTERS;
            default -> null;
        };
    }
}
