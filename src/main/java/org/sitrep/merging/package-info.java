/**
 * Merging the reports of one real-world event (issue 8). {@link org.sitrep.merging.ReportMerger}
 * is pure; the event store calls it like this so that the merged events never depend on the
 * order articles were ingested in:
 *
 * <ol>
 * <li>Ingest of an article with events N: {@code C = merger.component(N, window -> stored events
 * in window)}; {@code merger.clusters(C)}; replace the merged events of every stored member of C
 * by {@code merger.merge(cluster)} of each cluster.</li>
 * <li>Replacing or deleting an article with old events O: before deleting, {@code C_old =
 * merger.component(O, ...)}; after it, re-cluster {@code (C_old minus O)} together with the
 * component of the new events, as above.</li>
 * </ol>
 *
 * Clustering a whole component gives the same groups as clustering everything, because groups
 * never cross components; clustering only the candidates of one window would not. Events without
 * a date, with only a year, or without a country have an empty window: each stays a merged
 * event of its own.
 */
package org.sitrep.merging;
