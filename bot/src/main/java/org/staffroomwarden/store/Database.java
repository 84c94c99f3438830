package org.staffroomwarden.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The connection pool, opened once with the schema brought up to date. An H2 file under the data
 * folder by default; another JDBC URL (PostgreSQL) when configured.
 */
public final class Database implements AutoCloseable {

    private final HikariDataSource dataSource;

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The embedded database's name in the data folder; H2 adds ".mv.db" to the file's. */
    private static final String EMBEDDED = "warden";

    /** The embedded database in {@code dataDir}, created if missing. */
    public static Database openEmbedded(Path dataDir, int poolSize) {
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve(EMBEDDED) + ";DB_CLOSE_ON_EXIT=FALSE";
        return open(url, "", "", poolSize, "the database in " + dataDir);
    }

    /** Whether {@code dataDir} already holds an embedded database. */
    public static boolean existsIn(Path dataDir) {
        return Files.exists(dataDir.resolve(EMBEDDED + ".mv.db"));
    }

    public static Database open(String url, String user, String password, int poolSize, String description) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        // Flyway holds one connection while it migrates through another.
        config.setMaximumPoolSize(Math.max(2, poolSize));
        config.setConnectionTimeout(10_000);
        config.setPoolName("warden-db");
        // Fail at once with the driver's reason rather than retrying for half a minute.
        config.setInitializationFailTimeout(1);
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException(describe(description, e), e);
        }
        try {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        } catch (FlywayException e) {
            dataSource.close();
            throw new StoreException("cannot update the schema of " + description + ": "
                    + Sql.firstLine(e.getMessage()), e);
        }
        return new Database(dataSource);
    }

    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    @Override
    public void close() {
        dataSource.close();
    }

    private static String describe(String description, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (message.contains("already in use") || message.contains("locked")) {
                return description + " is in use by another Warden process: stop it, or give another --data folder";
            }
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return "cannot open " + description + ": " + Sql.firstLine(root.getMessage());
    }
}
