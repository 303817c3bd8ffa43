package org.sitrep.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.data.TsvTable;

/**
 * Selects the sentences the stages read a parse of: those with a word of an event trigger, a
 * word that reports deaths, or a claim of responsibility. A figure alone does not select a
 * sentence: the casualties stage reads figures only around a death word.
 * Reads the stages' own lexicons, so a trigger or death word added there is selected here too.
 * A phrase of several words ("take control", "car bomb") selects a sentence only where all its
 * words occur, in any order: the trigger matcher needs them all, near each other and in order,
 * so this selects every sentence it can match in and far fewer than any one of the words would
 * ("control" and "take" are common alone). Over-selecting only costs time.
 */
public final class LexiconSentenceSelector implements SentenceSelector {

    /** Verbs and nouns of claims and blame, read by the actors stage in every sentence. */
    private static final Set<String> CLAIM_WORDS = Set.of("claim", "blame", "accuse", "responsibility");

    /** Single-word entries. */
    private final Set<String> words;
    /** Multi-word phrases, each as the set of its words, by its longest (least common) word. */
    private final Map<String, List<Set<String>>> phrasesByWord;

    private LexiconSentenceSelector(Set<String> words, Map<String, List<Set<String>>> phrasesByWord) {
        this.words = Set.copyOf(words);
        this.phrasesByWord = Map.copyOf(phrasesByWord);
    }

    /** Built from the trigger, death-word and number lexicons of the stages. */
    public static LexiconSentenceSelector load() {
        Set<String> words = new HashSet<>(CLAIM_WORDS);
        Map<String, List<Set<String>>> phrases = new HashMap<>();
        for (TsvTable.Row r : TsvTable.resource(LexiconSentenceSelector.class,
                "/org/sitrep/events/triggers.tsv", 3, 4)) {
            List<String> phrase = List.of(r.cell(0).toLowerCase(Locale.ROOT).trim().split("\\s+"));
            if (phrase.size() == 1) {
                words.add(phrase.get(0));
                continue;
            }
            // looked up by its longest word, the least common ("car bomb": bomb)
            String longest = "";
            for (String w : phrase) {
                if (w.length() > longest.length()) {
                    longest = w;
                }
            }
            phrases.computeIfAbsent(longest, k -> new ArrayList<>()).add(Set.copyOf(phrase));
        }
        for (TsvTable.Row r : TsvTable.resource(LexiconSentenceSelector.class,
                "/org/sitrep/casualties/death-words.tsv", 2, 2)) {
            // a manner verb reports a death only with "dead" or "to death" ("shot dead"),
            // which select the sentence themselves; alone ("found", "left") it is common
            if (!r.cell(1).equals("manner")) {
                words.add(r.cell(0).toLowerCase(Locale.ROOT));
            }
        }
        for (TsvTable.Row r : TsvTable.resource(LexiconSentenceSelector.class,
                "/org/sitrep/actors/fallback-triggers.tsv", 1, 1)) {
            words.add(r.cell(0).toLowerCase(Locale.ROOT));
        }
        phrases.replaceAll((k, v) -> List.copyOf(v));
        return new LexiconSentenceSelector(words, phrases);
    }

    @Override
    public boolean selects(List<String> sentenceWords, List<String> lemmas) {
        Set<String> present = new HashSet<>();
        for (int i = 0; i < sentenceWords.size(); i++) {
            String lower = sentenceWords.get(i).toLowerCase(Locale.ROOT);
            String lemma = i < lemmas.size() && lemmas.get(i) != null
                    ? lemmas.get(i).toLowerCase(Locale.ROOT) : lower;
            if (words.contains(lower) || words.contains(lemma)) {
                return true;
            }
            present.add(lower);
            present.add(lemma);
        }
        for (String w : present) {
            for (Set<String> phrase : phrasesByWord.getOrDefault(w, List.of())) {
                if (present.containsAll(phrase)) {
                    return true;
                }
            }
        }
        return false;
    }
}
