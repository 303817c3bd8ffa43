package org.sitrep.actors;

import org.sitrep.model.Span;

/**
 * A wording that names an actor, placed in its sentence: tokens [first, last] and the head
 * token (the one the rest of the sentence attaches to).
 */
record ActorMention(Span span, Target target, int sentence, int first, int last, int head) {

    boolean covers(int token) {
        return first <= token && token <= last;
    }

    boolean isGeneric(GenericKind kind) {
        return target instanceof Target.Generic g && g.kind() == kind;
    }

    /** True for anything that can fight: named armed groups, state forces, countries, armed nouns. */
    boolean isArmed() {
        if (target instanceof Target.Named n) {
            return n.entry().category().isArmed();
        }
        if (target instanceof Target.Generic g) {
            return g.kind().isArmed();
        }
        return true;
    }
}
