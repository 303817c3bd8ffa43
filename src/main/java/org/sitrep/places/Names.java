package org.sitrep.places;

import java.text.Normalizer;

/** The one folding rule for place-name keys, so index and lookup always agree. */
final class Names {


    private Names() {
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
