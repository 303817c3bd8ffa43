package org.sitrep.store;

/**
 * The event store could not do what was asked: it cannot be opened or migrated, or a database
 * operation failed. The message is one line naming the store or the article concerned.
 */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
