package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.codebook.SubEventType;
import org.sitrep.data.TsvTable;

/**
 * The trigger words of events, read from {@code triggers.tsv}. A trigger either names its
 * sub-event type outright ("airstrike") or names a class ("@VIOLENCE" for "kill", "attack")
 * whose type the {@link DecisionTable} chooses from the sentence's cues.
 */
final class TriggerLexicon {

    /** Part-of-speech constraint on a trigger's head word. */
    enum Pos {
        NOUN, VERB, ADJ, ANY;

        static Pos parse(String s, TsvTable.Row row) {
            return switch (s.toUpperCase(Locale.ROOT)) {
                case "N" -> NOUN;
                case "V" -> VERB;
                case "J" -> ADJ;
                case "*" -> ANY;
                default -> throw row.error("part of speech must be N, V, J or *, was '" + s + "'");
            };
        }

        boolean accepts(String ptb) {
            return switch (this) {
                case NOUN -> ptb.startsWith("NN") && !ptb.startsWith("NNP");
                case VERB -> ptb.startsWith("VB");
                case ADJ -> ptb.startsWith("JJ") || ptb.startsWith("VBN");
                case ANY -> true;
            };
        }
    }

    /**
     * One row: the phrase, the POS its head must have, either a fixed type or a class for the
     * decision table, and conditions on the sentence ({@link Condition}).
     */
    record Entry(Phrase phrase, Pos pos, SubEventType type, String triggerClass,
                 List<Condition> context, String source) {

        /** The label shown in explanations: the type or the class. */
        String label() {
            return type != null ? type.label() : triggerClass;
        }
    }

    private final List<Entry> entries;

    TriggerLexicon(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    static TriggerLexicon load() {
        return fromRows(TsvTable.resource(TriggerLexicon.class, "triggers.tsv", 3, 4));
    }

    static TriggerLexicon fromRows(List<TsvTable.Row> rows) {
        List<Entry> out = new ArrayList<>();
        for (TsvTable.Row r : rows) {
            requireCells(r, 3);
            Pos pos = Pos.parse(r.cell(1), r);
            String label = r.cell(2);
            SubEventType type = null;
            String cls = null;
            if (label.startsWith("@")) {
                cls = label.toUpperCase(Locale.ROOT);
            } else {
                try {
                    type = SubEventType.fromLabel(label);
                } catch (IllegalArgumentException e) {
                    throw r.error(e.getMessage());
                }
            }
            out.add(new Entry(Phrase.parse(r.cell(0)), pos, type, cls,
                    Condition.parseAll(r.cell(3), r), r.source() + ":" + r.line()));
        }
        return new TriggerLexicon(out);
    }

    /**
     * The check every lexicon of this package makes on a row: its first {@code n} columns are
     * required, so an empty one is a typo, not a blank entry.
     */
    static void requireCells(TsvTable.Row r, int n) {
        for (int i = 0; i < n; i++) {
            if (r.cell(i).isEmpty()) {
                throw r.error("column " + (i + 1) + " is empty");
            }
        }
    }

    List<Entry> entries() {
        return entries;
    }
}
