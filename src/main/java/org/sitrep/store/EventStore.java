package org.sitrep.store;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.sitrep.model.Event;
import org.sitrep.model.MergedEvent;
import org.sitrep.model.SourceArticle;

/**
 * The event store: every article's coded events, and the merged events they form across
 * reports. One implementation over JDBC serves the embedded database and PostgreSQL.
 */
public interface EventStore extends AutoCloseable {

    /** True when an article of this id and text hash is already stored (ingest would skip it). */
    boolean isStored(String articleId, String textHash);

    /**
     * Stores one article's events and re-merges what they touch, in one transaction: after a
     * crash either all of it is stored or none of it. The events' offsets are code points into
     * the article's text ({@link org.sitrep.io.Offsets}), as in the codebook's files.
     */
    IngestResult ingest(SourceArticle article, List<Event> events);

    /** Streams the merged events the filter selects, ordered by date then id, without holding them all. */
    void forEachMerged(EventFilter filter, Consumer<MergedEvent> sink);

    Optional<MergedEvent> merged(String id);

    /** The id of the merged event a reported event (key {@code articleId#index}) is part of. */
    Optional<String> mergedIdOf(String eventKey);

    /** Merged events by country, month and type. */
    List<StatsRow> stats(EventFilter filter);

    long articleCount();

    long reportedEventCount();

    long mergedEventCount();

    @Override
    void close();
}
