package org.sitrep.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Longest-match lookup of actor wordings in running text. Matching works on characters, not on
 * tokens, so that it does not depend on how the tokenizer splits "al-Shabaab" or "AFC/M23"; a
 * match must start and end on word boundaries. Acronyms match case-sensitively (see {@link Alias}).
 */
final class AliasIndex {

    /** One wording and what it stands for. */
    record Alias(String text, boolean caseSensitive, Target target) {

        /**
         * A single word with two or more capitals ("RSF", "FAMa", "LeT") is an acronym: matched
         * with its case, so that "let" or "is" in running text never name an actor.
         */
        static Alias of(String text, Target target) {
            String folded = fold(text);
            boolean acronym = !folded.contains(" ") && folded.chars().filter(Character::isUpperCase).count() >= 2;
            return new Alias(folded, acronym, target);
        }
    }

    /** A wording found at [start, end) of the scanned text. */
    record Match(int start, int end, Alias alias) {
    }

    private final Map<String, List<Alias>> byFirstWord;

    AliasIndex(List<Alias> aliases) {
        Map<String, List<Alias>> map = new HashMap<>();
        for (Alias a : aliases) {
            map.computeIfAbsent(firstWord(a.text().toLowerCase(Locale.ROOT), 0), k -> new ArrayList<>()).add(a);
        }
        for (List<Alias> l : map.values()) {
            l.sort(Comparator.comparingInt((Alias a) -> a.text().length()).reversed());
        }
        this.byFirstWord = map;
    }

    /** Every longest, non-overlapping match inside [from, to) of the text, left to right. */
    List<Match> scan(String text, int from, int to) {
        String folded = fold(text);
        String lower = folded.toLowerCase(Locale.ROOT);
        List<Match> out = new ArrayList<>();
        int p = from;
        while (p < to) {
            if (!wordStart(folded, p)) {
                p++;
                continue;
            }
            Match m = longestAt(folded, lower, p, to);
            if (m == null) {
                p++;
            } else {
                out.add(m);
                p = m.end();
            }
        }
        return out;
    }

    /** The alias that matches the whole wording, if any. */
    Optional<Alias> exact(String wording) {
        String w = wording.strip();
        return scan(w, 0, w.length()).stream()
                .filter(m -> m.start() == 0 && m.end() == w.length()).map(Match::alias).findFirst();
    }

    private Match longestAt(String folded, String lower, int p, int to) {
        List<Alias> candidates = byFirstWord.get(firstWord(lower, p));
        if (candidates == null) {
            return null;
        }
        for (Alias a : candidates) {
            int end = p + a.text().length();
            if (end > to || (end < folded.length() && Character.isLetterOrDigit(folded.charAt(end)))) {
                continue;
            }
            boolean same = a.caseSensitive()
                    ? folded.regionMatches(p, a.text(), 0, a.text().length())
                    : lower.regionMatches(p, a.text().toLowerCase(Locale.ROOT), 0, a.text().length());
            if (same) {
                return new Match(p, end, a);
            }
        }
        return null;
    }

    private static boolean wordStart(String s, int p) {
        return Character.isLetterOrDigit(s.charAt(p)) && (p == 0 || !Character.isLetterOrDigit(s.charAt(p - 1)));
    }

    private static String firstWord(String s, int p) {
        int q = p;
        while (q < s.length() && Character.isLetterOrDigit(s.charAt(q))) {
            q++;
        }
        return s.substring(p, q);
    }

    /**
     * Same-length folding, so offsets stay valid: accents dropped, typographic quotes and dashes
     * made plain, any whitespace a single space character.
     */
    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u2019' || c == '\u2018' || c == '`') {
                c = '\'';
            } else if (c == '\u2013' || c == '\u2014' || c == '\u2010' || c == '\u2011') {
                c = '-';
            } else if (Character.isWhitespace(c) || c == '\u00a0') {
                c = ' ';
            } else if (c > 127 && Character.isLetter(c)) {
                String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                if (!d.isEmpty() && d.charAt(0) < 128) {
                    c = d.charAt(0);
                }
            }
            b.append(c);
        }
        return b.toString();
    }
}
