package org.sitrep.casualties;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.codebook.Qualifier;
import org.sitrep.data.TsvTable;

/** Number words and figure qualifiers, read once from {@code numbers.tsv} and {@code qualifiers.tsv}. */
record NumberLexicon(Map<String, Word> words, List<List<String>> vaguePhrases,
                     Map<List<String>, Qualification> qualifiers) {

    enum Kind { UNIT, TENS, SCALE, DOZEN, ROUND, VAGUE }

    record Word(long value, Kind kind) {
    }

    record Qualification(Qualifier qualifier, int offset) {
    }

    static NumberLexicon load() {
        Map<String, Word> words = new HashMap<>();
        List<List<String>> vague = new java.util.ArrayList<>();
        for (TsvTable.Row row : CasualtyLexicon.rows("numbers.tsv", 3)) {
            Kind kind = row.enumCell(2, Kind.class);
            String word = row.cell(0).toLowerCase(Locale.ROOT);
            if (kind == Kind.VAGUE) {
                vague.add(List.of(word.split(" ")));
                continue;
            }
            try {
                words.put(word, new Word(Long.parseLong(row.cell(1)), kind));
            } catch (NumberFormatException e) {
                throw row.error("value '" + row.cell(1) + "' is not an integer");
            }
        }
        Map<List<String>, Qualification> quals = new HashMap<>();
        for (TsvTable.Row row : CasualtyLexicon.rows("qualifiers.tsv", 3)) {
            Qualifier q = row.enumCell(1, Qualifier.class);
            try {
                quals.put(List.of(row.cell(0).toLowerCase(Locale.ROOT).split(" ")),
                        new Qualification(q, Integer.parseInt(row.cell(2))));
            } catch (NumberFormatException e) {
                throw row.error("offset '" + row.cell(2) + "' is not an integer");
            }
        }
        vague.sort((a, b) -> b.size() - a.size());
        return new NumberLexicon(Map.copyOf(words), List.copyOf(vague), Map.copyOf(quals));
    }
}
