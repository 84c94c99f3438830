package org.staffroomwarden.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which of H2's and HikariCP's real failures are worth waiting out: a held lock is, a broken statement is not. */
class StoreExceptionTest {

    private static final String URL = "jdbc:h2:mem:store-exception;DB_CLOSE_DELAY=-1";
    private Connection holder;
    private Connection other;

    @BeforeEach
    void open() throws SQLException {
        holder = DriverManager.getConnection(URL);
        other = DriverManager.getConnection(URL);
        try (Statement s = holder.createStatement()) {
            s.execute("CREATE TABLE staff (id INT PRIMARY KEY, name VARCHAR(10))");
            s.execute("INSERT INTO staff VALUES (1, 'a')");
        }
    }

    @AfterEach
    void close() throws SQLException {
        holder.rollback();
        try (Statement s = other.createStatement()) {
            s.execute("DROP ALL OBJECTS");
        }
        holder.close();
        other.close();
    }

    private StoreException failure(Connection c, String sql) {
        SQLException e = assertThrows(SQLException.class, () -> {
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            }
        });
        return new StoreException("could not record the incident: " + e.getMessage(), e);
    }

    @Test
    void aRowLockedByAnotherTransactionIsWaitedOut() throws SQLException {
        holder.setAutoCommit(false);
        try (Statement s = holder.createStatement()) {
            s.execute("UPDATE staff SET name = 'b' WHERE id = 1");
        }
        try (Statement s = other.createStatement()) {
            s.execute("SET LOCK_TIMEOUT 50");
        }
        assertTrue(failure(other, "UPDATE staff SET name = 'c' WHERE id = 1").passing());
    }

    @Test
    void aPoolWithEveryConnectionInUseIsWaitedOut() throws SQLException {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(URL);
        config.setMaximumPoolSize(1);
        config.setConnectionTimeout(250);
        try (HikariDataSource pool = new HikariDataSource(config); Connection busy = pool.getConnection()) {
            SQLException e = assertThrows(SQLException.class, pool::getConnection);
            assertTrue(new StoreException("could not record the incident: " + e.getMessage(), e).passing());
        }
    }

    @Test
    void mistakesInTheStatementOrItsDataAreNot() {
        assertFalse(failure(other, "INSERT INTO staff VALUES (1, 'again')").passing(), "duplicate key");
        assertFalse(failure(other, "INSERT INTO staff VALUES (2, 'far too long a name')").passing(), "too long");
        assertFalse(failure(other, "SELEKT 1").passing(), "syntax");
        assertFalse(new StoreException("no cause", null).passing());
    }
}
