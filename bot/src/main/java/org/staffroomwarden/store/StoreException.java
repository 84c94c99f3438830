package org.staffroomwarden.store;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/** The database could not do what was asked; the message says what, and what to do, in one line. */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Whether the failure may pass by itself, so that trying again later is worth it: a lock or
     * statement timeout, a deadlock, a lost or exhausted connection, a server restarting. A mistake
     * in a statement or its data fails the same way every time, and is not.
     */
    public boolean passing() {
        for (Throwable t = getCause(); t != null; t = t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && passingState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE classes 08 (connection), 40 (transaction rolled back, e.g. deadlock), 53 (out of
     * resources), 57 (operator intervention, e.g. a restarting server), HYT (timeout) and PostgreSQL's
     * 55P03 (lock not available), for drivers that do not use the JDBC subclasses.
     */
    private static boolean passingState(String state) {
        return state.startsWith("08") || state.startsWith("40") || state.startsWith("53") || state.startsWith("57")
                || state.startsWith("HYT") || state.equals("55P03");
    }
}
