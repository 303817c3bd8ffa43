package org.sitrep.events;

import java.util.Set;
import org.sitrep.codebook.SubEventType;
import org.sitrep.model.Span;

/**
 * A typed trigger that survived the non-event filter: one possible incident mention, before
 * mentions are merged into events.
 *
 * @param weak      typed only from who did what to whom, so it yields to a more specific type
 * @param dateValue the TIMEX value of the date stated in its sentence, or null
 * @param places    the LOCATION names in its sentence (lower-cased)
 * @param ownPlaces the LOCATION names attached to the trigger in the parse ("a car bomb in
 *                  Tarmiyah"), which can tell apart two incidents reported in one sentence
 * @param backReference a definite noun ("the attack", "Sunday's raid") that points to an incident
 *                  already reported
 * @param sentencePlaces the places attached to any trigger of its sentence: "Nine blasts killed
 *                  seven and wounded 29 in Kirkuk" ties Kirkuk to "wounded", not to "blasts",
 *                  yet the sentence reports an incident there
 * @param relative  an indefinite mention placed at another time than the rest of its sentence,
 *                  with a stated gap ("four days before an attack on ...", "a week after police
 *                  raided ...", "the deadliest since an assault in ..."): another incident than
 *                  the one the sentence reports
 * @param outcome   a trigger that reports only a toll ("killed", "died"), which a relative
 *                  mention does not separate from ("twelve were killed after the army shelled")
 */
record Candidate(int sentence, Span sentenceSpan, Span trigger, String triggerText,
                 SubEventType type, String rule, boolean weak, String dateValue,
                 Set<String> places, Set<String> ownPlaces, boolean backReference,
                 Set<String> sentencePlaces, boolean relative,
                 boolean outcome) {

    Candidate withSentencePlaces(Set<String> all) {
        return new Candidate(sentence, sentenceSpan, trigger, triggerText, type, rule, weak,
                dateValue, places, ownPlaces, backReference, Set.copyOf(all), relative,
                outcome);
    }

    /** The places that can make it a new incident: its own, else those of its sentence's triggers. */
    Set<String> separatingPlaces() {
        return ownPlaces.isEmpty() ? sentencePlaces : ownPlaces;
    }
}
