package org.sitrep.export;

import org.sitrep.codebook.ActorCategory;
import org.sitrep.codebook.DatePrecision;
import org.sitrep.codebook.ViolenceType;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;

/**
 * ACLED's numeric codes for sitrep's codebook values (ACLED codebook: actor inter codes,
 * interaction codes, spatial and time precision). The codebook's actor categories and geo
 * precision are ACLED's own, so most mappings are one-to-one; where sitrep is finer than ACLED
 * (geo precision 4, year precision) the coarsest ACLED code is used.
 */
final class AcledConventions {

    static final String CIVILIAN_TARGETING = "Civilian targeting";

    private AcledConventions() {
    }

    /**
     * ACLED inter code: 1 state forces, 2 rebel groups, 3 political militias, 4 identity
     * militias, 5 rioters, 6 protesters, 7 civilians, 8 external/other forces; 0 for no actor,
     * as ACLED writes {@code inter2} for events without a second actor.
     */
    static int inter(Actor a) {
        if (a == null || a.type() == null) {
            return 0;
        }
        return inter(a.type());
    }

    static int inter(ActorCategory c) {
        return switch (c) {
            case STATE_FORCES -> 1;
            case REBEL_GROUP -> 2;
            case POLITICAL_MILITIA -> 3;
            case IDENTITY_MILITIA -> 4;
            case RIOTERS -> 5;
            case PROTESTERS -> 6;
            case CIVILIANS -> 7;
            case EXTERNAL_FORCES -> 8;
        };
    }

    /**
     * The two inter codes joined smaller first ("13" for state forces and a political militia;
     * "17" whichever side the civilians are on); one actor alone gives its code and 0 ("60":
     * protesters alone), as ACLED codes sole actions; null when neither actor is known.
     */
    static String interaction(int inter1, int inter2) {
        if (inter1 == 0 && inter2 == 0) {
            return null;
        }
        if (inter1 == 0 || inter2 == 0) {
            return (inter1 + inter2) + "0";
        }
        return Math.min(inter1, inter2) + "" + Math.max(inter1, inter2);
    }

    /**
     * ACLED marks events whose target is civilians: here, a civilian actor2 (or associated
     * actor2), or a one-sided UCDP violence type (an organised actor against civilians).
     */
    static boolean civilianTargeting(Event e) {
        if (e.violenceType() == ViolenceType.ONE_SIDED) {
            return true;
        }
        if (e.actor2() != null && e.actor2().type() == ActorCategory.CIVILIANS) {
            return true;
        }
        return e.assocActor2().stream().anyMatch(a -> a.type() == ActorCategory.CIVILIANS);
    }

    /** 1 the place itself, 2 near it or a small area, 3 a region; sitrep's 4 (country only) is 3. */
    static int geoPrecision(int sitrepPrecision) {
        return Math.min(sitrepPrecision, 3);
    }

    /** 1 day, 2 week, 3 month; ACLED has nothing coarser than a month, so a year is 3 too. */
    static int timePrecision(DatePrecision p) {
        return switch (p) {
            case DAY -> 1;
            case WEEK -> 2;
            case MONTH, YEAR -> 3;
        };
    }
}
