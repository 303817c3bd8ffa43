package org.sitrep.nlp;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.data.TsvTable;

/**
 * Selects the sentences the stages read a parse of: those with a word of an event trigger, a
 * word that reports deaths, or a claim of responsibility. A figure alone does not select a
 * sentence: the casualties stage reads figures only around a death word.
 * Reads the stages' own lexicons, so a trigger or death word added there is selected here too.
 * Over-selecting only costs time; {@link CoreNlpDocBuilder} also parses the neighbours of every
 * selected sentence, which stages read for context.
 */
public final class LexiconSentenceSelector implements SentenceSelector {

    /** Verbs and nouns of claims and blame, read by the actors stage in every sentence. */
    private static final Set<String> CLAIM_WORDS = Set.of("claim", "blame", "accuse", "responsibility");

    private final Set<String> words;

    private LexiconSentenceSelector(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    /** Built from the trigger, death-word and number lexicons of the stages. */
    public static LexiconSentenceSelector load() {
        Set<String> words = new HashSet<>(CLAIM_WORDS);
        for (TsvTable.Row r : TsvTable.resource(LexiconSentenceSelector.class,
                "/org/sitrep/events/triggers.tsv", 3, 4)) {
            // a phrase matches only where all its words occur, so one of them is enough to
            // look for: the longest, which is the least common ("car bomb": bomb, "take control")
            String longest = "";
            for (String w : r.cell(0).toLowerCase(Locale.ROOT).trim().split("\\s+")) {
                if (w.length() > longest.length()) {
                    longest = w;
                }
            }
            words.add(longest);
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
        return new LexiconSentenceSelector(words);
    }

    @Override
    public boolean selects(List<String> sentenceWords, List<String> lemmas) {
        for (int i = 0; i < sentenceWords.size(); i++) {
            String w = sentenceWords.get(i);
            String lower = w.toLowerCase(Locale.ROOT);
            String lemma = i < lemmas.size() && lemmas.get(i) != null
                    ? lemmas.get(i).toLowerCase(Locale.ROOT) : lower;
            if (words.contains(lower) || words.contains(lemma)) {
                return true;
            }
        }
        return false;
    }
}
