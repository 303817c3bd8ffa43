package org.sitrep.places;

import org.sitrep.model.Span;

/**
 * A place name found in the text.
 *
 * @param span       the name itself, with a trailing division word when written ("Kaduna State")
 * @param core       the name without its division word, used for lookup
 * @param regionWord the division word after the name ("state", "district"...), or null
 * @param cue        what the words around the name say about the event's place
 * @param sentence   index of the sentence holding it
 */
public record PlaceMention(Span span, String text, String core, String regionWord, Cue cue,
                           int sentence) {

    public enum Cue {
        /** "in X", "at X", "the town of X": the place itself. */
        AT,
        /** "near X", "outside X", "on the outskirts of X", "the X area": precision 2. */
        NEAR,
        /**
         * "the Escalon neighborhood": a part of a city of the article's country, which cities500
         * rarely holds; a same-named town abroad is not it.
         */
        LOCAL,
        /** "the border with X": a place, but not where the event is. */
        ASIDE,
        /**
         * "U.S. officials", "Moscow's forces", "Moscow launched": the name stands for an actor;
         * a last resort for the event's place.
         */
        ACTOR,
        /** No telling word around it. */
        PLAIN
    }

    public boolean isDistrict() {
        return regionWord != null && (regionWord.startsWith("district")
                || regionWord.startsWith("count") || regionWord.startsWith("territor")
                || regionWord.startsWith("municipal") || regionWord.startsWith("township")
                || regionWord.equals("lga") || regionWord.equals("commune")
                || regionWord.equals("subdistrict"));
    }
}
