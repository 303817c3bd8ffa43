package org.sitrep.casualties;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.codebook.Qualifier;
import org.sitrep.model.Token;

/**
 * Reads casualty figures from words: digits ("1,200"), spelled-out numbers ("a hundred and
 * five", "twenty-one"), round plurals ("dozens" = 24), vague counts ("several"), ranges ("20 to
 * 30", "between 20 and 30") and the qualifier in front ("at least", "more than" = +1).
 * Pure and thread-safe; CoreNLP's tokens are only used to skip dates, money and ordinals.
 */
public final class NumberParser {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(,\\d{3})+|\\d+");
    private static final Pattern DIGIT_RANGE = Pattern.compile("(\\d+)[-\u2013](\\d+)");
    private static final Set<String> NOT_COUNTS = Set.of("DATE", "TIME", "DURATION", "SET", "MONEY",
            "PERCENT", "ORDINAL");
    /** Stands for a token that must not be read as part of a figure. */
    private static final String BLOCKED = "\u0000";

    private final NumberLexicon lexicon;

    NumberParser(NumberLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public static NumberParser standard() {
        return new NumberParser(NumberLexicon.load());
    }

    /** Every figure in a sentence's tokens; word indices are token indices. */
    public List<Quantity> inSentence(List<Token> tokens) {
        List<String> words = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            words.add(NOT_COUNTS.contains(t.ner()) ? BLOCKED : t.word());
        }
        return inWords(words);
    }

    /** The single figure of a short phrase ("at least twenty-one"), or null when it has none. */
    public Quantity parse(String phrase) {
        List<Quantity> all = inWords(Arrays.asList(phrase.trim().split("\\s+")));
        return all.isEmpty() ? null : all.get(0);
    }

    /** Every figure in a list of words, in order. */
    public List<Quantity> inWords(List<String> rawWords) {
        List<String> w = new ArrayList<>(rawWords.size());
        for (String s : rawWords) {
            w.add(s.toLowerCase(Locale.ROOT));
        }
        List<Quantity> out = new ArrayList<>();
        int i = 0;
        while (i < w.size()) {
            int qualifierEnd = qualifierBeforeFigure(w, i);
            if (qualifierEnd > i) {
                // "as many as four": the qualifier's words are not a vague count of their own
                i = qualifierEnd;
                continue;
            }
            int vagueEnd = vagueAt(w, i);
            if (vagueEnd >= 0) {
                out.add(new Quantity(i, i, vagueEnd, null, null, Qualifier.VAGUE));
                i = vagueEnd + 1;
                continue;
            }
            Figure f = figureAt(w, i);
            if (f == null) {
                i++;
                continue;
            }
            Quantity q = withContext(w, i, f);
            out.add(q);
            i = q.last() + 1;
        }
        return out;
    }

    /** A parsed figure: its value, last word, whether it is a round plural, range end. */
    private record Figure(long value, int last, boolean round, Long high) {
    }

    private Quantity withContext(List<String> w, int start, Figure f) {
        int last = f.last();
        Long high = f.high();
        int first = start;
        boolean between = start >= 1 && w.get(start - 1).equals("between");
        if (high == null && last + 1 < w.size()) {
            String link = w.get(last + 1);
            boolean rangeLink = link.equals("to") || link.equals("-") || link.equals("\u2013")
                    || (link.equals("and") && between) || (link.equals("or") && !between);
            Figure second = rangeLink && last + 2 < w.size() ? figureAt(w, last + 2) : null;
            if (second != null && second.value() > f.value()) {
                high = second.value();
                last = second.last();
            }
        }
        if (between && high != null) {
            first = start - 1;
        }
        Qualifier qualifier = f.round() ? Qualifier.ABOUT : Qualifier.EXACT;
        int offset = 0;
        for (int len = 3; len >= 1; len--) {
            if (first - len < 0) {
                continue;
            }
            NumberLexicon.Qualification qual = lexicon.qualifiers().get(w.subList(first - len, first));
            if (qual != null) {
                qualifier = qual.qualifier();
                offset = qual.offset();
                first -= len;
                break;
            }
        }
        if (high != null) {
            return new Quantity(first, start, last, clamp(f.value()), clamp(high), Qualifier.AT_LEAST);
        }
        int value = clamp(f.value() + offset);
        return new Quantity(first, start, last, value, value, qualifier);
    }

    private static int clamp(long v) {
        return (int) Math.min(Integer.MAX_VALUE, v);
    }

    /** Index just past a qualifier phrase at i that a figure follows, else i. */
    private int qualifierBeforeFigure(List<String> w, int i) {
        for (int len = 3; len >= 1; len--) {
            if (i + len < w.size() && lexicon.qualifiers().containsKey(w.subList(i, i + len))
                    && figureAt(w, i + len) != null) {
                return i + len;
            }
        }
        return i;
    }

    private int vagueAt(List<String> w, int i) {
        for (List<String> phrase : lexicon.vaguePhrases()) {
            int end = i + phrase.size();
            if (end <= w.size() && w.subList(i, end).equals(phrase)) {
                return end - 1;
            }
        }
        return -1;
    }

    /** The spelled-out or written figure starting at word i, or null. */
    private Figure figureAt(List<String> w, int i) {
        String first = w.get(i);
        java.util.regex.Matcher range = DIGIT_RANGE.matcher(first);
        if (range.matches()) {
            long lo = Long.parseLong(range.group(1));
            long hi = Long.parseLong(range.group(2));
            return hi > lo ? new Figure(lo, i, false, hi) : null;
        }
        NumberLexicon.Word round = lexicon.words().get(first);
        if (round != null && round.kind() == NumberLexicon.Kind.ROUND) {
            return new Figure(round.value(), i, true, null);
        }
        long total = 0;
        long current = 0;
        int last = -1;
        boolean any = false;
        int j = i;
        if ((first.equals("a") || first.equals("an")) && i + 1 < w.size()) {
            NumberLexicon.Word next = lexicon.words().get(w.get(i + 1));
            if (next == null || (next.kind() != NumberLexicon.Kind.SCALE
                    && next.kind() != NumberLexicon.Kind.DOZEN)) {
                return null;
            }
            current = 1;
            j = i + 1;
        }
        NumberLexicon.Kind prev = null;
        for (; j < w.size(); j++) {
            String word = w.get(j);
            if (DIGITS.matcher(word).matches()) {
                if (any && prev != NumberLexicon.Kind.SCALE) {
                    break;
                }
                current += Long.parseLong(word.replace(",", ""));
                prev = NumberLexicon.Kind.UNIT;
                any = true;
                last = j;
                continue;
            }
            if ((word.equals("and") || word.equals("-")) && any && j + 1 < w.size()
                    && isNumberWord(w.get(j + 1))
                    && (word.equals("-") ? prev == NumberLexicon.Kind.TENS
                            : prev == NumberLexicon.Kind.SCALE)) {
                continue;
            }
            long[] hyphen = hyphenated(word);
            if (hyphen != null && (!any || prev == NumberLexicon.Kind.SCALE)) {
                current += hyphen[0];
                prev = NumberLexicon.Kind.UNIT;
                any = true;
                last = j;
                continue;
            }
            NumberLexicon.Word nw = lexicon.words().get(word);
            if (nw == null || nw.kind() == NumberLexicon.Kind.ROUND) {
                break;
            }
            switch (nw.kind()) {
                case UNIT, TENS -> {
                    if (any && prev != NumberLexicon.Kind.SCALE && prev != NumberLexicon.Kind.TENS) {
                        return finish(total, current, last, any, i);
                    }
                    current += nw.value();
                }
                case SCALE -> {
                    if (nw.value() >= 1000) {
                        total += Math.max(current, 1) * nw.value();
                        current = 0;
                    } else {
                        current = Math.max(current, 1) * nw.value();
                    }
                }
                case DOZEN -> current = Math.max(current, 1) * nw.value();
                default -> {
                }
            }
            prev = nw.kind();
            any = true;
            last = j;
        }
        return finish(total, current, last, any, i);
    }

    private static Figure finish(long total, long current, int last, boolean any, int start) {
        return any && last >= start ? new Figure(total + current, last, false, null) : null;
    }

    private boolean isNumberWord(String word) {
        NumberLexicon.Word nw = lexicon.words().get(word);
        return (nw != null && nw.kind() != NumberLexicon.Kind.ROUND)
                || DIGITS.matcher(word).matches() || hyphenated(word) != null;
    }

    /** "twenty-one" as one token: tens plus unit. */
    private long[] hyphenated(String word) {
        int dash = word.indexOf('-');
        if (dash <= 0 || dash == word.length() - 1) {
            return null;
        }
        NumberLexicon.Word tens = lexicon.words().get(word.substring(0, dash));
        NumberLexicon.Word unit = lexicon.words().get(word.substring(dash + 1));
        if (tens == null || unit == null || tens.kind() != NumberLexicon.Kind.TENS
                || unit.kind() != NumberLexicon.Kind.UNIT || unit.value() > 9) {
            return null;
        }
        return new long[] {tens.value() + unit.value()};
    }
}
