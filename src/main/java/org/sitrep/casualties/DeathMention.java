package org.sitrep.casualties;

import org.sitrep.codebook.Qualifier;
import org.sitrep.model.Span;

/**
 * One statement that some people died, as found in one sentence.
 *
 * @param sentence    index of the sentence
 * @param evidence    span of that sentence
 * @param predicate   span of the death word ("killed", "dead", "toll")
 * @param figure      span of the figure or, for an unnumbered victim, of the victim noun
 * @param killed      the figure; null when vague
 * @param high        upper end of a range, else equal to killed
 * @param victims     short phrase naming the dead, or null
 * @param subset      part of another figure of the sentence ("including 11 children")
 * @param additive    adds to an earlier figure ("five other civilians")
 * @param toll        a running total ("the toll rose to 30"), which supersedes earlier ones
 * @param stated      the figure is written out; false for a victim counted as 1 because a
 *                    single person is named ("the mayor was shot dead")
 * @param claimant    who says so; null when the article says it on its own authority
 */
public record DeathMention(int sentence, Span evidence, Span predicate, Span figure,
                           Integer killed, Integer high, Qualifier qualifier, VictimGroup group,
                           String victims, boolean subset, boolean additive, boolean toll,
                           boolean stated, String claimant) {

    public boolean vague() {
        return killed == null;
    }

    DeathMention withClaimant(String c) {
        return new DeathMention(sentence, evidence, predicate, figure, killed, high, qualifier,
                group, victims, subset, additive, toll, stated, c);
    }
}
