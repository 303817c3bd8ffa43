package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs SUTime over the stretches of a sentence around its time words instead of over the whole
 * sentence. SUTime tries its TokensRegex rules at every token, so its cost grows with the tokens
 * it reads, and it cost about a third of all coding time; yet a time expression reaches only a
 * few tokens either side of a time word ("on the night of Sunday 12 May", "three days ago").
 * Windows of {@code reach} tokens either side of each time word, joined where they overlap,
 * hold about a third of the tokens of the sentences that have a time word.
 *
 * <p>CoreNLP's NER in rules-only mode (the numeric classifiers and SUTime, without the CRF)
 * labels copies of the window's tokens; a token then takes the window's label, normalised
 * value and timex unless the statistical NER named it (a person, place or organisation). That
 * is the precedence of CoreNLP's combined NER, in which SUTime and the numeric classifiers
 * label only what the CRF left unnamed. Tokens outside every window keep the numeric labels
 * the statistical NER's own number rules gave them.
 */
final class TimeWindowTagger {

    /** The labels of the statistical 3-class NER model (MISC where a 4-class model is used). */
    private static final Set<String> NAME_TAGS = Set.of("PERSON", "LOCATION", "ORGANIZATION", "MISC");

    private final Annotator timeRules;
    private final TimeWordSelector timeWords;
    private final int reach;

    /** One window: tokens [begin, end) of a sentence, and the copies SUTime labels. */
    private record Window(List<CoreLabel> tokens, int begin, int end, List<CoreLabel> copies) {
    }

    /**
     * @param timeRules CoreNLP's NER annotator configured rules-only, with SUTime and without
     *     entity mentions
     * @param reach tokens taken either side of a time word
     */
    TimeWindowTagger(Annotator timeRules, TimeWordSelector timeWords, int reach) {
        this.timeRules = timeRules;
        this.timeWords = timeWords;
        this.reach = reach;
    }

    /**
     * Labels the time expressions of the given sentences of {@code doc}, after the statistical
     * NER has labelled their tokens; a sentence without a time word is left as it is.
     */
    void tag(Annotation doc, List<CoreMap> sentences) {
        String text = doc.get(CoreAnnotations.TextAnnotation.class);
        List<Window> windows = new ArrayList<>();
        for (CoreMap s : sentences) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            List<int[]> ranges = windows(tokens);
            if (ranges.isEmpty()) {
                // no time word: SUTime would find nothing, and CoreNLP's number rules keep theirs
                continue;
            }
            for (int[] range : ranges) {
                windows.add(new Window(tokens, range[0], range[1], copies(tokens.subList(range[0], range[1]))));
            }
            clearTimesOutside(tokens, ranges);
        }
        if (windows.isEmpty()) {
            return;
        }
        Annotation scratch = new Annotation(text);
        scratch.set(CoreAnnotations.DocDateAnnotation.class, doc.get(CoreAnnotations.DocDateAnnotation.class));
        List<CoreMap> windowSentences = new ArrayList<>();
        List<CoreLabel> allCopies = new ArrayList<>();
        for (Window w : windows) {
            windowSentences.add(sentence(text, w.copies(), windowSentences.size()));
            allCopies.addAll(w.copies());
        }
        scratch.set(CoreAnnotations.SentencesAnnotation.class, windowSentences);
        scratch.set(CoreAnnotations.TokensAnnotation.class, allCopies);
        timeRules.annotate(scratch);
        for (Window w : windows) {
            for (int k = 0; k < w.copies().size(); k++) {
                transfer(w.copies().get(k), w.tokens().get(w.begin() + k));
            }
        }
    }

    /** Token ranges [begin, end) around the time words, joined where they overlap or touch. */
    List<int[]> windows(List<CoreLabel> tokens) {
        List<int[]> ranges = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            if (!timeWords.isTimeWord(t.word(), t.lemma())) {
                continue;
            }
            int begin = Math.max(0, i - reach);
            int end = Math.min(tokens.size(), i + reach + 1);
            int[] last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
            if (last != null && begin <= last[1]) {
                last[1] = Math.max(last[1], end);
            } else {
                ranges.add(new int[] {begin, end});
            }
        }
        return ranges;
    }

    /**
     * Without SUTime, CoreNLP's number rules label times of their own, and wrongly: after a
     * figure and a time unit ("in two days") they relabel every earlier figure of the sentence
     * a duration ("killed more than 300 fighters in two days"). SUTime, which replaces those
     * rules in a sentence with a time word, finds no time outside the windows; there a figure
     * is a number.
     */
    private static void clearTimesOutside(List<CoreLabel> tokens, List<int[]> ranges) {
        int next = 0;
        for (int i = 0; i < tokens.size(); i++) {
            while (next < ranges.size() && ranges.get(next)[1] <= i) {
                next++;
            }
            boolean inside = next < ranges.size() && ranges.get(next)[0] <= i;
            CoreLabel t = tokens.get(i);
            if (!inside && t.ner() != null && CoreNlpDocBuilder.TIME_TAGS.contains(t.ner())) {
                String label = "CD".equals(t.tag()) ? "NUMBER" : "O";
                t.setNER(label);
                t.set(CoreAnnotations.CoarseNamedEntityTagAnnotation.class, label);
                t.remove(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
                t.remove(TimeAnnotations.TimexAnnotation.class);
            }
        }
    }

    /** Copies of the tokens with only what the rules read: no label of an earlier NER run. */
    private static List<CoreLabel> copies(List<CoreLabel> tokens) {
        List<CoreLabel> out = new ArrayList<>(tokens.size());
        for (CoreLabel t : tokens) {
            CoreLabel c = new CoreLabel();
            c.setWord(t.word());
            c.setValue(t.value());
            c.setOriginalText(t.originalText());
            c.setTag(t.tag());
            c.setLemma(t.lemma());
            c.setBeginPosition(t.beginPosition());
            c.setEndPosition(t.endPosition());
            c.setBefore(t.before());
            c.setAfter(t.after());
            c.setIndex(out.size() + 1);
            out.add(c);
        }
        return out;
    }

    /** A sentence of the window's copies, as the sentence splitter would make it. */
    private static CoreMap sentence(String text, List<CoreLabel> copies, int index) {
        int begin = copies.get(0).beginPosition();
        int end = copies.get(copies.size() - 1).endPosition();
        CoreMap s = new ArrayCoreMap();
        s.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
        s.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        s.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        s.set(CoreAnnotations.TokensAnnotation.class, copies);
        s.set(CoreAnnotations.TokenBeginAnnotation.class, 0);
        s.set(CoreAnnotations.TokenEndAnnotation.class, copies.size());
        s.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
        return s;
    }

    private static void transfer(CoreLabel from, CoreLabel to) {
        if (to.ner() != null && NAME_TAGS.contains(to.ner())) {
            return;
        }
        to.setNER(from.ner());
        to.set(CoreAnnotations.CoarseNamedEntityTagAnnotation.class, from.ner());
        copy(from, to, CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        copy(from, to, TimeAnnotations.TimexAnnotation.class);
        copy(from, to, CoreAnnotations.NumericCompositeValueAnnotation.class);
        copy(from, to, CoreAnnotations.NumericCompositeTypeAnnotation.class);
    }

    private static <V> void copy(CoreLabel from, CoreLabel to,
                                 Class<? extends edu.stanford.nlp.util.TypesafeMap.Key<V>> key) {
        if (from.containsKey(key)) {
            to.set(key, from.get(key));
        } else {
            to.remove(key);
        }
    }
}
