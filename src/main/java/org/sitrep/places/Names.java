package org.sitrep.places;

import java.text.Normalizer;
import java.util.Set;

/** The one folding rule for place-name keys, so index and lookup always agree. */
final class Names {

    /**
     * Arabic and Berber articles and particles written as a separate word ("El Fasher", "Ras al
     * Ain", "Ad Dali"): transliterations keep or drop them at will, so the variant key drops them.
     */
    private static final Set<String> ARTICLES = Set.of("al", "el", "ad", "ag", "an", "ar", "as",
            "ash", "at", "az", "ed", "en", "er", "es", "et", "ez", "ech", "ul");

    /**
     * Spelling pairs that transliteration of Arabic, Berber, Persian and Pashto names into French
     * or English renders either way; the left side becomes the right. Order matters: "tch"
     * before "ch", "ou" before the "w" rule meets it.
     */
    private static final String[][] SPELLINGS = {
            {"tch", "ch"}, {"sh", "ch"}, {"dj", "j"}, {"kh", "k"}, {"gh", "g"}, {"ph", "f"},
            {"ck", "k"}, {"q", "k"}, {"ou", "u"}, {"oo", "u"}, {"w", "u"}, {"ee", "i"}, {"y", "i"}};

    private Names() {
    }

    /**
     * A transliteration key on which spelling variants of one name meet: the folded name without
     * articles and spaces, with ou/w, dj/j, kh/k, gh/g, q/k, sh/ch, y/i unified, doubled letters
     * single and a French final mute "e" dropped. "Tinzaouaten", "Tin Zaouatene" and "Tinzawatene"
     * all give "tinzauaten". A key is a meeting point, not a name: matches on it are ranked below
     * matches on the folded name. Empty when the name has fewer than four letters, where variants
     * would meet far too many unrelated names.
     */
    static String variantKey(String s) {
        String[] words = fold(s).split(" ");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (i < words.length - 1 && ARTICLES.contains(words[i])) {
                continue; // an article before another word; "El" alone is a name
            }
            b.append(words[i]);
        }
        String t = b.toString();
        for (String[] pair : SPELLINGS) {
            if (t.contains(pair[0])) {
                t = t.replace(pair[0], pair[1]);
            }
        }
        StringBuilder single = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            if (i == 0 || t.charAt(i) != t.charAt(i - 1)) {
                single.append(t.charAt(i));
            }
        }
        int n = single.length();
        if (n > 4 && single.charAt(n - 1) == 'e' && !isVowel(single.charAt(n - 2))) {
            single.setLength(n - 1);
        } else if (n > 4 && single.charAt(n - 1) == 'h' && isVowel(single.charAt(n - 2))) {
            single.setLength(n - 1); // "Ramadiyah" / "Ramadiya"
        }
        return single.length() < 4 ? "" : single.toString();
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /**
     * Accents stripped, lower case, apostrophes dropped, other punctuation and hyphens as single
     * spaces: "Tillabéri" = "tillaberi", "Rif-dimashq" = "rif dimashq", "Sana'a" = "sanaa".
     * Hand-written loop: the index folds some 600,000 names at every load.
     */
    static String fold(String s) {
        String t = s;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                t = Normalizer.normalize(s, Normalizer.Form.NFD);
                break;
            }
        }
        StringBuilder b = new StringBuilder(t.length());
        boolean space = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\'' || c == '\u2019' || c == '\u2018' || c == '`' || c == '\u02bf' || c == '\u02be'
                    || Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            c = switch (c) {
                case '\u0131' -> 'i';
                case '\u0142', '\u0141' -> 'l';
                case '\u00f8', '\u00d8' -> 'o';
                case '\u0111', '\u0110' -> 'd';
                default -> c;
            };
            if (Character.isLetterOrDigit(c)) {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.append(Character.toLowerCase(c));
            } else {
                space = true;
            }
        }
        return b.toString();
    }

    /** True when every letter is Latin: other scripts cannot occur in the English texts we read. */
    static boolean isLatin(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)
                    && Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN) {
                return false;
            }
        }
        return true;
    }
}
