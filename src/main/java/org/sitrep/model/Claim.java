package org.sitrep.model;

import org.sitrep.codebook.Qualifier;

/**
 * One casualty figure as stated in the text (codebook section 6). {@code claimant} is null when
 * the article states it on its own authority; {@code killed} is null for a vague claim.
 */
public record Claim(String claimant, Integer killed, Qualifier qualifier, String victims,
                    Span evidence) {
}
