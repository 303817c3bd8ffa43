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
     * Countries whose place names come to English through Arabic, Berber, Persian or Pashto,
     * where the press keeps or drops the article at will ("Ad Diwaniyah" is "Diwaniyah"). In
     * Spanish-speaking countries "El Paraíso" and "Paraíso" are different places, so there the
     * article stays part of the key.
     */
    private static final Set<String> ARTICLE_OPTIONAL = Set.of("DZ", "BH", "KM", "DJ", "EG", "IQ",
            "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS", "QA", "SA", "SO", "SD", "SS", "SY", "TN",
            "AE", "YE", "EH", "TD", "ML", "NE", "IR", "AF", "IL", "ER");

    /**
     * A transliteration key on which spelling variants of one name meet: the folded name without
     * spaces (and without articles, see {@link #ARTICLE_OPTIONAL}), with ou/w, dj/j, kh/k, gh/g,
     * q/k, sh/ch, y/i unified, doubled letters single and a French final mute "e" dropped.
     * "Tinzaouaten", "Tin Zaouatene" and "Tinzawatene" all give "tinzauaten". A key is a meeting
     * point, not a name: matches on it are ranked below matches on the folded name. Empty when
     * the key has fewer than four letters, where variants would meet far too many other names.
     */
    static String variantKey(String s) {
        return variantKey(s, true);
    }

    /** The key a place of this country is indexed under. */
    static String placeVariantKey(String name, String countryCode) {
        return variantKey(name, ARTICLE_OPTIONAL.contains(countryCode));
    }

    /**
     * The keys a name read in text is looked up under: the country is not known yet, so with
     * its articles dropped (meeting places where they are optional) and kept (meeting the rest).
     */
    static Set<String> queryVariantKeys(String s) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (String k : new String[] {variantKey(s, true), variantKey(s, false)}) {
            if (!k.isEmpty()) {
                out.add(k);
            }
        }
        return out;
    }

    private static String variantKey(String s, boolean dropArticles) {
        String[] words = fold(s).split(" ");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (dropArticles && i < words.length - 1 && ARTICLES.contains(words[i])) {
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
