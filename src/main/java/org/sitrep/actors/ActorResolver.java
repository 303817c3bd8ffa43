package org.sitrep.actors;

import org.sitrep.codebook.ActorCategory;
import org.sitrep.model.Actor;
import org.sitrep.model.Span;

/**
 * Turns a mention into a canonical actor in its context: the branch of a movement that operates
 * in the event's country, a state's forces as external_forces outside their own country, a
 * generic "soldiers" as the forces of the event's country, "rebels" as the article's named group.
 */
final class ActorResolver {

    private final ActorRegistry registry;

    ActorResolver(ActorRegistry registry) {
        this.registry = registry;
    }

    /** The actor, or null when the context cannot tell whose forces a generic noun means. */
    Actor resolve(ActorMention m, String eventCountry, ArticleContext ctx) {
        Target t = m.target();
        if (t instanceof Target.Named n) {
            return named(registry.branchIn(n.entry(), eventCountry), eventCountry, m.span());
        }
        if (t instanceof Target.Country c) {
            return registry.stateForces(c.code(), Branch.MILITARY)
                    .map(e -> named(e, eventCountry, m.span())).orElse(null);
        }
        GenericKind kind = ((Target.Generic) t).kind();
        return switch (kind) {
            case MILITARY, POLICE -> {
                String country = eventCountry != null ? eventCountry : ctx.mainCountry();
                Branch b = kind == GenericKind.POLICE ? Branch.POLICE : Branch.MILITARY;
                yield country == null ? null
                        : registry.stateForces(country, b).map(e -> named(e, eventCountry, m.span())).orElse(null);
            }
            case ARMED -> ctx.localGroup() != null
                    ? named(ctx.localGroup(), eventCountry, m.span())
                    : generic(GenericActor.UNIDENTIFIED, eventCountry, m.span());
            case REBELS -> ctx.localGroup() != null || ctx.mainGroup() != null
                    ? named(ctx.localGroup() != null ? ctx.localGroup() : ctx.mainGroup(), eventCountry, m.span())
                    : generic(GenericActor.UNIDENTIFIED, eventCountry, m.span());
            default -> generic(GenericActor.of(kind), eventCountry, m.span());
        };
    }

    Actor named(RegistryEntry e, String eventCountry, Span source) {
        ActorCategory category = e.category();
        if (category == ActorCategory.STATE_FORCES && eventCountry != null && e.countryCode() != null
                && !eventCountry.equals(e.countryCode())) {
            category = ActorCategory.EXTERNAL_FORCES;
        }
        // a group the registry places nowhere (found by NER) belongs where it acts; a UN mission nowhere
        String country = e.countryCode() != null ? e.countryCode()
                : category == ActorCategory.EXTERNAL_FORCES ? null : eventCountry;
        return new Actor(e.name(), category, country, source);
    }

    static Actor generic(GenericActor g, String eventCountry, Span source) {
        return new Actor(g.name(), g.category(), eventCountry, source);
    }

    /** A state's forces by country when no mention names them (e.g. the police of a protest). */
    Actor stateForces(String country, Branch branch, Span source) {
        return country == null ? null
                : registry.stateForces(country, branch).map(e -> named(e, country, source)).orElse(null);
    }
}
