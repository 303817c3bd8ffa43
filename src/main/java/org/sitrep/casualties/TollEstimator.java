package org.sitrep.casualties;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sitrep.codebook.Qualifier;
import org.sitrep.model.Claim;
import org.sitrep.model.Fatalities;
import org.sitrep.model.Span;

/**
 * Turns the death statements of one event into its claims and low/best/high (codebook
 * section 6, UCDP conventions). Pure.
 *
 * <ol>
 * <li>One claim per sentence and claimant: figures for different victims are added ("84
 * mercenaries and 47 soldiers" = 131); subsets ("including 11 children") are not; a running
 * toll in the sentence wins over the figures beside it.</li>
 * <li>Across sentences: a figure restated ("the 21 victims") is one claim; a claim of "other"
 * dead adds to the one before; a toll update ("rose to 30") replaces the earlier figures of the
 * same claimant.</li>
 * <li>Claims that each cover one side (soldiers; attackers) are added across sides; claims on
 * all the dead ("people") are alternatives. Contested alternatives stay side by side: low is
 * the smallest, high the largest, best the article's own figure, else the most specific.</li>
 * </ol>
 */
public final class TollEstimator {

    /** The result for one event. */
    public record Estimate(Fatalities fatalities, List<Claim> claims) {
    }

    /** A claim under construction with what the totals need. */
    private record Unit(String claimant, Integer killed, Integer high, Qualifier qualifier,
                        String victims, Span evidence, int sentence, boolean toll, boolean additive,
                        String side, boolean generic, int civilians, int children,
                        boolean civiliansKnown, boolean stated) {
    }

    /**
     * @param mentions   the event's death statements in text order
     * @param civilianVictims whether victims of unknown status count as civilians (the event is
     *                   violence against civilians)
     */
    public Estimate estimate(List<DeathMention> mentions, boolean civilianVictims) {
        List<Unit> units = merge(perSentence(mentions, civilianVictims));
        List<Claim> claims = new ArrayList<>();
        for (Unit u : units) {
            if (u.killed() != null && u.high() != null && u.high() > u.killed()) {
                claims.add(new Claim(u.claimant(), u.killed(), Qualifier.AT_LEAST, u.victims(), u.evidence()));
                claims.add(new Claim(u.claimant(), u.high(), Qualifier.UP_TO, u.victims(), u.evidence()));
            } else {
                claims.add(new Claim(u.claimant(), u.killed(), u.qualifier(), u.victims(), u.evidence()));
            }
        }
        return new Estimate(totals(units), claims);
    }

    private static List<Unit> perSentence(List<DeathMention> mentions, boolean civilianVictims) {
        Map<String, List<DeathMention>> bySentence = new LinkedHashMap<>();
        for (DeathMention m : mentions) {
            bySentence.computeIfAbsent(m.sentence() + "\u0000" + m.claimant(), k -> new ArrayList<>()).add(m);
        }
        List<Unit> out = new ArrayList<>();
        for (List<DeathMention> group : bySentence.values()) {
            out.add(unit(group, civilianVictims));
        }
        out.sort(Comparator.comparingInt(Unit::sentence));
        return out;
    }

    private static Unit unit(List<DeathMention> ms, boolean civilianVictims) {
        DeathMention first = ms.get(0);
        List<DeathMention> mains = new ArrayList<>();
        List<DeathMention> subs = new ArrayList<>();
        for (DeathMention m : ms) {
            (m.subset() ? subs : mains).add(m);
        }
        if (mains.isEmpty()) {
            mains = subs;
            subs = List.of();
        }
        List<DeathMention> tolls = mains.stream().filter(m -> m.toll() && !m.vague()).toList();
        List<DeathMention> counted = tolls.isEmpty()
                ? mains.stream().filter(m -> !m.vague()).toList()
                : List.of(tolls.stream().max(Comparator.comparing(DeathMention::killed)).get());
        if (counted.isEmpty()) {
            return new Unit(first.claimant(), null, null, Qualifier.VAGUE, phrase(mains), first.evidence(),
                    first.sentence(), false, false, null, true, 0, 0, false, false);
        }
        int killed = 0;
        int high = 0;
        Qualifier qualifier = Qualifier.EXACT;
        String side = null;
        boolean generic = false;
        boolean mixed = false;
        int civilians = 0;
        int children = 0;
        boolean civiliansKnown = true;
        for (DeathMention m : counted) {
            killed += m.killed();
            high += m.high() == null ? m.killed() : m.high();
            if (qualifier == Qualifier.EXACT) {
                qualifier = m.qualifier();
            }
            String s = m.group().side();
            if (s == null) {
                generic = true;
            } else if (side == null) {
                side = s;
            } else if (!side.equals(s)) {
                mixed = true;
            }
            if (m.group().civilian() || (m.group() == VictimGroup.PEOPLE && civilianVictims)) {
                civilians += m.killed();
            } else if (m.group() == VictimGroup.PEOPLE) {
                civiliansKnown = false;
            }
            if (m.group() == VictimGroup.CHILD) {
                children += m.killed();
            }
        }
        for (DeathMention s : subs) {
            if (s.group() == VictimGroup.CHILD) {
                children += s.killed();
            }
            if (s.group().civilian() && !civiliansKnown) {
                civilians += s.killed();
            }
        }
        boolean additive = counted.stream().allMatch(DeathMention::additive);
        List<DeathMention> named = new ArrayList<>(counted);
        named.addAll(subs);
        return new Unit(first.claimant(), killed, high, qualifier, phrase(named), first.evidence(),
                first.sentence(), !tolls.isEmpty(), additive, mixed ? null : side, generic || mixed,
                civilians, children, civiliansKnown, counted.stream().anyMatch(DeathMention::stated));
    }

    private static String phrase(List<DeathMention> ms) {
        List<String> parts = new ArrayList<>();
        for (DeathMention m : ms) {
            if (m.victims() != null && !parts.contains(m.victims())) {
                parts.add(m.victims());
            }
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    /** Restatements, additions and toll updates across sentences. */
    private static List<Unit> merge(List<Unit> units) {
        List<Unit> out = new ArrayList<>();
        for (Unit u : units) {
            Unit prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (u.killed() == null) {
                if (out.stream().noneMatch(o -> o.killed() == null && Objects.equals(o.claimant(), u.claimant()))) {
                    out.add(u);
                }
                continue;
            }
            if (u.additive() && prev != null && prev.killed() != null) {
                out.set(out.size() - 1, add(prev, u));
                continue;
            }
            if (out.stream().anyMatch(o -> restates(o, u))) {
                continue;
            }
            if (u.toll()) {
                out.removeIf(o -> o.killed() != null && o.killed() < u.killed()
                        && Objects.equals(o.claimant(), u.claimant()) && o.generic());
            }
            out.add(u);
        }
        return out;
    }

    private static boolean restates(Unit earlier, Unit later) {
        return earlier.killed() != null && earlier.killed().equals(later.killed())
                && Objects.equals(earlier.high(), later.high())
                && (earlier.claimant() == null || later.claimant() == null
                        || earlier.claimant().equals(later.claimant()));
    }

    private static Unit add(Unit a, Unit b) {
        Qualifier q = a.qualifier() != Qualifier.EXACT ? a.qualifier() : b.qualifier();
        String side = Objects.equals(a.side(), b.side()) ? a.side() : null;
        String victims = a.victims() == null ? b.victims()
                : b.victims() == null ? a.victims() : a.victims() + ", " + b.victims();
        return new Unit(a.claimant(), a.killed() + b.killed(), a.high() + b.high(), q, victims,
                a.evidence(), a.sentence(), a.toll(), a.additive(), side, a.generic() || b.generic()
                        || side == null, a.civilians() + b.civilians(), a.children() + b.children(),
                a.civiliansKnown() && b.civiliansKnown(), a.stated() || b.stated());
    }

    /** One reading of the total: its low, best and high. */
    private record Reading(int low, int best, int high, boolean ownAuthority, boolean exact) {
    }

    private static Fatalities totals(List<Unit> units) {
        List<Unit> withFigure = units.stream().filter(u -> u.killed() != null).toList();
        // a single person named as killed ("the attacker was shot dead") is usually one of the
        // dead a stated figure already counts, not a rival total
        List<Unit> numbered = withFigure.stream().filter(u -> u.stated() || withFigure.stream()
                .noneMatch(o -> o.stated() && o.killed() > u.killed())).toList();
        if (numbered.isEmpty()) {
            return Fatalities.UNKNOWN;
        }
        List<Reading> readings = new ArrayList<>();
        Map<String, List<Unit>> bySide = new LinkedHashMap<>();
        int genericHigh = -1;
        for (Unit u : numbered) {
            if (u.generic() || u.side() == null) {
                readings.add(new Reading(u.killed(), u.killed(), u.high(), u.claimant() == null,
                        u.qualifier() == Qualifier.EXACT));
                genericHigh = Math.max(genericHigh, u.high());
            } else {
                bySide.computeIfAbsent(u.side(), k -> new ArrayList<>()).add(u);
            }
        }
        if (!bySide.isEmpty()) {
            int low = 0;
            int best = 0;
            int high = 0;
            boolean own = true;
            for (List<Unit> side : bySide.values()) {
                low += side.stream().mapToInt(Unit::killed).min().getAsInt();
                high += side.stream().mapToInt(Unit::high).max().getAsInt();
                Unit pick = side.stream().filter(u -> u.claimant() == null).findFirst().orElse(side.get(0));
                own &= pick.claimant() == null;
                best += pick.killed();
            }
            // figures on one side only are usually a part of an overall toll ("three of the
            // dead were soldiers"): they stand as a reading of their own only when they add
            // up to more than every overall figure
            if (high > genericHigh) {
                readings.add(new Reading(low, best, high, own, true));
            }
        }
        int low = readings.stream().mapToInt(Reading::low).min().getAsInt();
        int high = readings.stream().mapToInt(Reading::high).max().getAsInt();
        Reading best = readings.stream().filter(Reading::ownAuthority).reduce((a, b) -> b)
                .orElseGet(() -> readings.stream().filter(Reading::exact).findFirst()
                        .orElse(readings.get(readings.size() / 2)));
        int civilians = 0;
        int children = 0;
        boolean known = true;
        for (Unit u : numbered) {
            civilians = Math.max(civilians, u.civilians());
            children = Math.max(children, u.children());
            known &= u.civiliansKnown();
        }
        Integer civ = known || civilians > 0 ? Integer.valueOf(civilians) : null;
        Integer kids = known || children > 0 ? Integer.valueOf(children) : null;
        return new Fatalities(low, Math.max(low, Math.min(high, best.best())), high, civ, kids);
    }
}
