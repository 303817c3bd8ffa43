package org.sitrep.store;

/**
 * What storing one article did.
 *
 * @param outcome       stored new, replaced an older text of the same id, or skipped as already
 *                      stored with the same text
 * @param events        the article's events now in the store
 * @param mergedTouched merged events created, changed or removed by this article
 */
public record IngestResult(String articleId, Outcome outcome, int events, int mergedTouched) {

    public enum Outcome { STORED, REPLACED, UNCHANGED }
}
