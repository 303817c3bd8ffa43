package org.sitrep.model;

import java.util.List;

/**
 * A casualty claim of a merged event with the reports that carry it: the same claimant and
 * figure reported by several articles is one claim with several sources.
 *
 * @param claim      the claim as first reported (its evidence span points into
 *                   {@code articleIds.get(0)}'s text)
 * @param articleIds every article that reports it, sorted
 */
public record SourcedClaim(Claim claim, List<String> articleIds) {

    public SourcedClaim {
        articleIds = List.copyOf(articleIds);
    }
}
