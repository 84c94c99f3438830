/**
 * Storage: an embedded H2 database in a file under the data folder (or any JDBC URL), reached
 * through HikariCP, its schema in Flyway migrations under {@code db/migration}, and plain JDBC with
 * bound parameters. Store methods take and return the project's own records.
 */
package org.staffroomwarden.store;
