package org.sitrep.actors;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.codebook.ActorCategory;
import org.sitrep.codebook.EventType;
import org.sitrep.codebook.SubEventType;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Span;

/**
 * Chooses an event's actors from the parse roles, the other mentions of its sentences and the
 * codebook's defaults for its type: protests are by Protesters, riots by Rioters, violence
 * against civilians is against Civilians, battles have an armed actor on each side, and attackers
 * nobody names are the Unidentified Armed Group.
 */
final class ActorDecider {

    private final ActorResolver resolver;

    ActorDecider(ActorResolver resolver) {
        this.resolver = resolver;
    }

    /** What the decision works from, for one event. */
    private record Case(SubEventType sub, EventType type, List<ActorMention> nearby, List<ActorMention> targets,
                        String country, ArticleContext ctx, Span at) {
    }

    ActorChoice decide(Event e, Roles roles, List<ActorMention> nearby, String country, ArticleContext ctx) {
        SubEventType sub = e.subEventType();
        Case c = new Case(sub, sub == null ? null : sub.eventType(), nearby, roles.targets(), country, ctx,
                e.evidence().isEmpty() ? null : e.anchor());
        List<Actor> side1 = resolveAll(roles.side1(), c);
        List<Actor> side2 = resolveAll(roles.side2(), c);
        if (c.type() == EventType.PROTESTS || c.type() == EventType.RIOTS) {
            return crowd(c, side1, side2, roles.rule());
        }
        StringBuilder rule = new StringBuilder(roles.rule());
        Actor a1 = first(side1);
        Actor a2 = first(side2);
        if (a1 != null && !a1.type().isArmed() && c.type() != EventType.STRATEGIC_DEVELOPMENTS) {
            // unarmed people do not attack: the parse put the victims first
            a2 = a2 == null ? a1 : a2;
            a1 = null;
            side1 = List.of();
        }
        if (c.type() == EventType.BATTLES && a2 != null && !a2.type().isArmed()) {
            a2 = null;
        }
        if ((a1 == null || isUnidentified(a1)) && ctx.claimant() != null) {
            Actor claimed = resolver.resolve(ctx.claimant(), country, ctx);
            if (claimed != null && !same(claimed, a2)) {
                a1 = claimed;
                rule.append(" claimant");
            }
        }
        if (a1 == null) {
            boolean stateMayAct = c.type() == EventType.BATTLES || c.type() == EventType.STRATEGIC_DEVELOPMENTS
                    || c.sub() == SubEventType.AIR_DRONE_STRIKE || c.sub() == SubEventType.SHELLING_ARTILLERY_MISSILE;
            a1 = nearby(c, a2, stateMayAct);
            rule.append(a1 == null ? "" : " nearby1");
        }
        if (c.type() == EventType.BATTLES) {
            if (a2 == null || same(a1, a2)) {
                a2 = nearby(c, a1, true);
            }
            if (a1 == null && a2 != null) {
                a1 = opponent(c, a2);
            }
            if (a2 == null) {
                a2 = a1 == null ? null : opponent(c, a1);
            }
        }
        if (a1 == null && c.sub() == SubEventType.ARRESTS) {
            // arrests are made by the state unless the report says otherwise
            a1 = resolver.stateForces(country, Branch.POLICE, c.at());
        }
        if (a1 == null && c.type() != null && c.type() != EventType.STRATEGIC_DEVELOPMENTS) {
            a1 = ActorResolver.generic(GenericActor.UNIDENTIFIED, country, c.at());
            rule.append(" default1");
        }
        if (c.type() == EventType.VIOLENCE_AGAINST_CIVILIANS) {
            if (a2 == null || a2.type() != ActorCategory.CIVILIANS) {
                a2 = ActorResolver.generic(GenericActor.CIVILIANS, country, a2 != null ? a2.source() : c.at());
            }
        } else if (c.type() == EventType.EXPLOSIONS_REMOTE_VIOLENCE && (a2 == null || same(a1, a2))) {
            a2 = target(c, a1);
        } else if (c.type() == EventType.STRATEGIC_DEVELOPMENTS && a2 == null) {
            a2 = c.sub() == SubEventType.ARRESTS || c.sub() == SubEventType.LOOTING_PROPERTY_DESTRUCTION
                    ? ActorResolver.generic(GenericActor.CIVILIANS, country, c.at())
                    : nearby(c, a1, true);
        }
        if (same(a1, a2)) {
            a2 = null;
        }
        return new ActorChoice(a1, others(side1, a1, a2), a2, others(side2, a2, a1), rule.toString().strip());
    }

    /** The other side of a battle nobody names: the home army against a non-state or foreign side. */
    private Actor opponent(Case c, Actor known) {
        if (known.type() != ActorCategory.STATE_FORCES) {
            Actor home = resolver.stateForces(c.country(), Branch.MILITARY, c.at());
            if (home != null && !same(home, known)) {
                return home;
            }
        }
        return ActorResolver.generic(GenericActor.UNIDENTIFIED, c.country(), c.at());
    }

    /** What a bombing or strike hit when the parse does not say: named victims nearby, else civilians. */
    private Actor target(Case c, Actor a1) {
        for (ActorMention m : c.nearby()) {
            if (m.isGeneric(GenericKind.CIVILIANS)) {
                return resolver.resolve(m, c.country(), c.ctx());
            }
        }
        for (ActorMention m : c.nearby()) {
            if (m.target() instanceof Target.Named) {
                Actor a = resolver.resolve(m, c.country(), c.ctx());
                if (a != null && a.type().isArmed() && !same(a, a1)) {
                    return a;
                }
            }
        }
        return ActorResolver.generic(GenericActor.CIVILIANS, c.country(), c.at());
    }

    private ActorChoice crowd(Case c, List<Actor> side1, List<Actor> side2, String rule) {
        GenericActor crowd = c.type() == EventType.RIOTS ? GenericActor.RIOTERS : GenericActor.PROTESTERS;
        Actor a1 = ActorResolver.generic(crowd, c.country(), side1.isEmpty() ? c.at() : side1.get(0).source());
        Actor a2 = null;
        for (Actor a : concat(side2, side1)) {
            if (isState(a)) {
                a2 = a;
                break;
            }
        }
        if (a2 == null && c.sub() != SubEventType.PEACEFUL_PROTEST) {
            for (ActorMention m : c.nearby()) {
                Actor a = m.target() instanceof Target.Country ? null : resolver.resolve(m, c.country(), c.ctx());
                if (a != null && isState(a)) {
                    a2 = a;
                    break;
                }
            }
        }
        if (a2 == null && (c.sub() == SubEventType.PROTEST_WITH_INTERVENTION
                || c.sub() == SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS)) {
            a2 = resolver.stateForces(c.country(), Branch.POLICE, c.at());
        }
        return new ActorChoice(a1, List.of(), a2, List.of(), ("crowd " + rule).strip());
    }

    /**
     * The first armed actor named near the event other than the given one. A country's name
     * alone is a place here; police are usually the investigators of a bombing, not its authors,
     * so state forces count only where the caller says they may be the actor.
     */
    private Actor nearby(Case c, Actor not, boolean stateMayAct) {
        for (ActorMention m : c.nearby()) {
            if (m.target() instanceof Target.Country || !m.isArmed() || c.targets().contains(m)) {
                continue;
            }
            Actor a = resolver.resolve(m, c.country(), c.ctx());
            if (a == null || same(a, not) || !a.type().isArmed() || (!stateMayAct && isState(a))) {
                continue;
            }
            return a;
        }
        return null;
    }

    private List<Actor> resolveAll(List<ActorMention> ms, Case c) {
        List<Actor> out = new ArrayList<>();
        for (ActorMention m : ms) {
            Actor a = resolver.resolve(m, c.country(), c.ctx());
            if (a != null) {
                out.add(a);
            }
        }
        return out;
    }

    private static List<Actor> others(List<Actor> side, Actor main, Actor opponent) {
        List<Actor> out = new ArrayList<>();
        for (Actor a : side) {
            if (!same(a, main) && !same(a, opponent) && out.stream().noneMatch(o -> same(o, a))) {
                out.add(a);
            }
        }
        return out;
    }

    private static List<Actor> concat(List<Actor> a, List<Actor> b) {
        List<Actor> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static Actor first(List<Actor> l) {
        return l.isEmpty() ? null : l.get(0);
    }

    private static boolean same(Actor a, Actor b) {
        return a != null && b != null && a.name().equals(b.name());
    }

    /** A state's own forces, at home or abroad (not a UN mission or a mercenary company). */
    private static boolean isState(Actor a) {
        return a.type() == ActorCategory.STATE_FORCES
                || a.type() == ActorCategory.EXTERNAL_FORCES && a.name().contains(" Forces of ");
    }

    private static boolean isUnidentified(Actor a) {
        return a.name().equals(GenericActor.UNIDENTIFIED.name());
    }
}
