package org.sitrep.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An expression's text cut into lower-case words, remembering which were capitalised: "may"
 * and "march" name months only when written "May" and "March".
 */
record ExpressionWords(List<String> words, List<Boolean> capitalised) {

    private static final Pattern WORD = Pattern.compile("[\\p{L}]+|\\d+");
    private static final Pattern ORDINAL = Pattern.compile("(\\d+)(?:st|nd|rd|th)");

    static ExpressionWords of(String text) {
        String t = text.replace('\u2019', '\'').replaceAll("'s\\b", " ");
        List<String> words = new ArrayList<>();
        List<Boolean> caps = new ArrayList<>();
        boolean allUpper = t.equals(t.toUpperCase(Locale.ROOT));
        Matcher ord = ORDINAL.matcher(t);
        t = ord.replaceAll("$1");
        Matcher m = WORD.matcher(t);
        while (m.find()) {
            String w = m.group();
            words.add(w.toLowerCase(Locale.ROOT));
            caps.add(allUpper || Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)));
        }
        return new ExpressionWords(List.copyOf(words), List.copyOf(caps));
    }

    int size() {
        return words.size();
    }

    String get(int i) {
        return i >= 0 && i < words.size() ? words.get(i) : "";
    }

    boolean isCapitalised(int i) {
        return capitalised.get(i);
    }

    /** The words from i (inclusive) to j (exclusive), single-spaced. */
    String phrase(int i, int j) {
        return String.join(" ", words.subList(i, j));
    }

    /** The integer value of word i when it is all digits, else -1. */
    int number(int i) {
        String w = get(i);
        if (w.isEmpty() || w.length() > 4 || !w.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Integer.parseInt(w);
    }

    int digits(int i) {
        String w = get(i);
        return w.chars().allMatch(Character::isDigit) ? w.length() : 0;
    }
}
