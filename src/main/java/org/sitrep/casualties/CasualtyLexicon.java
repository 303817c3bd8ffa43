package org.sitrep.casualties;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.data.TsvTable;

/** Death words, victim groups and attribution verbs, read once from this package's data files. */
record CasualtyLexicon(Map<String, Set<Role>> deathWords, Map<String, VictimGroup> victims,
                       Set<String> speechVerbs, Set<String> notVictims) {

    enum Role { KILL, MANNER, SELF, DIE, DEAD, COUNT, EVENT, TOLL, NONE }

    static CasualtyLexicon load() {
        Map<String, Set<Role>> death = new HashMap<>();
        for (TsvTable.Row row : rows("death-words.tsv", 2)) {
            death.computeIfAbsent(row.cell(0).toLowerCase(Locale.ROOT), k -> new HashSet<>())
                    .add(parse(Role.class, row));
        }
        Map<String, VictimGroup> victims = new HashMap<>();
        for (TsvTable.Row row : rows("victims.tsv", 2)) {
            if (victims.put(row.cell(0).toLowerCase(Locale.ROOT), parse(VictimGroup.class, row)) != null) {
                throw row.error("'" + row.cell(0) + "' is listed twice");
            }
        }
        Set<String> speech = new HashSet<>();
        for (TsvTable.Row row : rows("speech-verbs.tsv", 2)) {
            if (!row.cell(1).equals("say")) {
                throw row.error("unknown kind '" + row.cell(1) + "', expected [say]");
            }
            speech.add(row.cell(0).toLowerCase(Locale.ROOT));
        }
        Set<String> notVictims = new HashSet<>();
        for (TsvTable.Row row : rows("not-victims.tsv", 2)) {
            if (!row.cell(1).equals("incident") && !row.cell(1).equals("thing")) {
                throw row.error("unknown kind '" + row.cell(1) + "', expected [incident, thing]");
            }
            notVictims.add(row.cell(0).toLowerCase(Locale.ROOT));
        }
        Map<String, Set<Role>> frozen = new HashMap<>();
        death.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return new CasualtyLexicon(Map.copyOf(frozen), Map.copyOf(victims), Set.copyOf(speech),
                Set.copyOf(notVictims));
    }

    /**
     * The rows of one of this package's lexicons: every row has exactly {@code columns} cells and
     * none may be empty, since an empty cell is a typo, not a blank entry.
     */
    static List<TsvTable.Row> rows(String resource, int columns) {
        List<TsvTable.Row> rows = TsvTable.resource(CasualtyLexicon.class, resource, columns, columns);
        for (TsvTable.Row row : rows) {
            nonEmpty(row, columns);
        }
        return rows;
    }

    static void nonEmpty(TsvTable.Row row, int columns) {
        for (int i = 0; i < columns; i++) {
            if (row.cell(i).isEmpty()) {
                throw row.error("expected " + columns + " non-empty columns, column " + (i + 1) + " is empty");
            }
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, TsvTable.Row row) {
        try {
            return Enum.valueOf(type, row.cell(1).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw row.error("unknown value '" + row.cell(1) + "', expected one of "
                    + List.of(type.getEnumConstants()));
        }
    }

    boolean is(String lemma, Role role) {
        Set<Role> roles = deathWords.get(lemma.toLowerCase(Locale.ROOT));
        return roles != null && roles.contains(role);
    }

    VictimGroup group(String lemma) {
        return victims.get(lemma.toLowerCase(Locale.ROOT));
    }

    /** A noun that never names the dead ("attacks", "the car"), whatever the parse says. */
    boolean notVictim(String lemma) {
        return notVictims.contains(lemma.toLowerCase(Locale.ROOT));
    }

    boolean speech(String lemma) {
        return speechVerbs.contains(lemma.toLowerCase(Locale.ROOT));
    }
}
