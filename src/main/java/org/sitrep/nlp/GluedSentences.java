package org.sitrep.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Separates sentences that copy-and-paste glued together ("held the territory.Officials said"),
 * which the tokenizer reads as one word and the splitter as one sentence, by inserting a space
 * after the full stop. Keeps the inserted positions so that every offset computed on the
 * separated text maps back onto the article's own text.
 */
final class GluedSentences {

    // a full stop (or ! ?), perhaps closing a quote, glued to a capitalised word ("territory.Officials",
    // "A" or "I" and a space). Before it: two lower-case letters or digits ("said.", "1974.",
    // "7th."), an acronym of two capitals or more ("the ELN."), or a closing quote or bracket
    // after a word ("stark".); never one capital with its stop, as in "U.S.Army" or "Mr.", nor a
    // decimal. The one abbreviation that does end sentences is a clock time's "a.m."/"p.m.".
    private static final Pattern GLUE = Pattern.compile(
            "(?:(?:(?<=[\\p{Ll}\\d][\\p{Ll}\\d])|(?<=\\p{Lu}\\p{Lu})|(?<=[\\p{L}\\d][\"\u201D\u2019)]))[.!?]"
                    + "[\"\u201D\u2019]?|(?<=\\b[ap]\\.m)\\.)(?=\\p{Lu}\\p{Ll}|[AI]\\s)");

    private final String text;
    /** Offsets in the separated text at which a space was inserted, ascending. */
    private final int[] inserted;

    private GluedSentences(String text, int[] inserted) {
        this.text = text;
        this.inserted = inserted;
    }

    static GluedSentences separate(String original) {
        Matcher m = GLUE.matcher(original);
        StringBuilder out = new StringBuilder(original.length() + 16);
        List<Integer> at = new ArrayList<>();
        int last = 0;
        while (m.find()) {
            out.append(original, last, m.end());
            at.add(out.length());
            out.append(' ');
            last = m.end();
        }
        if (at.isEmpty()) {
            return new GluedSentences(original, new int[0]);
        }
        out.append(original, last, original.length());
        return new GluedSentences(out.toString(), at.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The text to annotate. */
    String text() {
        return text;
    }

    /** An offset into {@link #text()} as an offset into the original text. */
    int toOriginal(int offset) {
        if (inserted.length == 0) {
            return offset;
        }
        int before = Arrays.binarySearch(inserted, offset);
        // inserted positions strictly below the offset shift it; an offset at an inserted space
        // (a span ending right after the full stop) maps to just after the full stop
        int count = before >= 0 ? before : -before - 1;
        return offset - count;
    }
}
