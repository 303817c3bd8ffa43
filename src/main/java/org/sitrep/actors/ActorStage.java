package org.sitrep.actors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.codebook.ActorCategory;
import org.sitrep.data.TsvTable;
import org.sitrep.geo.Countries;
import org.sitrep.model.Doc;
import org.sitrep.model.Event;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.pipeline.Field;
import org.sitrep.pipeline.Stage;

/**
 * Fills actor1/actor2 and their associates (codebook section 5): finds actor wordings, reads
 * their roles from the parse around each event's trigger, and resolves them to canonical actors
 * in the event's context.
 */
public final class ActorStage implements Stage {

    private final ActorRegistry registry;
    private final MentionFinder mentions;
    private final RoleFinder roles;
    private final ActorDecider decider;
    private final Set<String> fallbackTriggers;

    public ActorStage() {
        this(ActorRegistry.load(Countries.load()));
    }

    public ActorStage(ActorRegistry registry) {
        this.registry = registry;
        this.mentions = new MentionFinder(registry);
        this.decider = new ActorDecider(new ActorResolver(registry));
        Set<String> lemmas = new HashSet<>();
        for (TsvTable.Row r : TsvTable.resource(ActorStage.class, "fallback-triggers.tsv", 1, 1)) {
            lemmas.add(r.cell(0).toLowerCase(Locale.ROOT));
        }
        this.fallbackTriggers = Set.copyOf(lemmas);
        this.roles = new RoleFinder(fallbackTriggers);
    }

    public ActorRegistry registry() {
        return registry;
    }

    @Override
    public String name() {
        return "actor";
    }

    @Override
    public Set<Field> requires() {
        return Set.of(Field.EVENTS, Field.LOCATION);
    }

    @Override
    public Set<Field> provides() {
        return Set.of(Field.ACTORS);
    }

    @Override
    public List<Event> apply(Doc doc, List<Event> events) {
        List<ActorChoice> choices = find(doc, events);
        List<Event> out = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            ActorChoice c = choices.get(i);
            out.add(events.get(i).withActors(c.actor1(), c.assoc1(), c.actor2(), c.assoc2()));
        }
        return out;
    }

    /** The actors of each event, in order; pure, for tests and explanations. */
    public List<ActorChoice> find(Doc doc, List<Event> events) {
        List<List<ActorMention>> found = mentions.find(doc);
        ArticleContext ctx = ArticleContext.of(doc, found, registry);
        List<ActorChoice> out = new ArrayList<>();
        for (Event e : events) {
            String country = e.location() != null && e.location().countryCode() != null
                    ? e.location().countryCode() : ctx.mainCountry();
            Roles r = rolesOf(doc, e, found);
            List<ActorMention> nearby = evidenceMentions(doc, e, found);
            out.add(decider.decide(e, r, nearby, country, ctx.forEvent(localGroup(nearby, country))));
        }
        return out;
    }

    /**
     * The roles around the event's triggers: the first that names both sides, else the first that
     * names the actor, else the first with anything (a merged event has triggers in several sentences).
     */
    private Roles rolesOf(Doc doc, Event e, List<List<ActorMention>> found) {
        Roles withActor = null;
        Roles any = null;
        for (Span trigger : e.triggers()) {
            Sentence s = doc.sentenceAt(trigger.start());
            int t = s == null ? -1 : s.tokenAt(trigger);
            if (t < 0) {
                continue;
            }
            Roles r = roles.find(s, t, found.get(s.index()));
            if (!r.side1().isEmpty() && !r.side2().isEmpty()) {
                return r;
            }
            if (withActor == null && !r.side1().isEmpty()) {
                withActor = r;
            }
            if (any == null && !r.isEmpty()) {
                any = r;
            }
        }
        if (withActor != null || any != null) {
            return withActor != null ? withActor : any;
        }
        for (Span ev : e.evidence()) {
            Sentence s = doc.sentenceAt(ev.start());
            if (s == null) {
                continue;
            }
            for (Token tok : s.tokens()) {
                if (fallbackTriggers.contains(RoleFinder.lemma(s, tok.index()))) {
                    Roles r = roles.find(s, tok.index(), found.get(s.index()));
                    if (!r.isEmpty()) {
                        return r;
                    }
                }
            }
        }
        return Roles.NONE;
    }

    /** The first non-state armed group named in the event's own sentences. */
    private RegistryEntry localGroup(List<ActorMention> nearby, String country) {
        for (ActorMention m : nearby) {
            if (m.target() instanceof Target.Named n && n.entry().category().isArmed() && !n.entry().isStateForce()
                    && n.entry().category() != ActorCategory.EXTERNAL_FORCES) {
                return registry.branchIn(n.entry(), country);
            }
        }
        return null;
    }

    /** Mentions in the event's evidence sentences, the first-reporting sentence first. */
    private static List<ActorMention> evidenceMentions(Doc doc, Event e, List<List<ActorMention>> found) {
        List<ActorMention> out = new ArrayList<>();
        List<Span> spans = new ArrayList<>(e.evidence());
        for (Span ev : spans) {
            for (Sentence s : doc.sentences()) {
                if (s.span().overlaps(ev)) {
                    for (ActorMention m : found.get(s.index())) {
                        if (!out.contains(m)) {
                            out.add(m);
                        }
                    }
                }
            }
        }
        return out;
    }
}
