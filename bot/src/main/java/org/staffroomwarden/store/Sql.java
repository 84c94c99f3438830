package org.staffroomwarden.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Transactions and one-line errors, shared by the stores. */
final class Sql {

    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private Sql() {
    }

    /** Runs {@code work} in one transaction; any failure rolls it all back. */
    static <T> T inTransaction(Database database, String what, Work<T> work) {
        try (Connection c = database.connection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("could not " + what + ": " + firstLine(e.getMessage()), e);
        }
    }

    static <T> T read(Database database, String what, Work<T> work) {
        try (Connection c = database.connection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException("could not " + what + ": " + firstLine(e.getMessage()), e);
        }
    }

    /** The instant as the stores write it: a UTC timestamp. */
    static OffsetDateTime at(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static String firstLine(String message) {
        return message == null ? "no reason given" : message.lines().findFirst().orElse("").strip();
    }
}
