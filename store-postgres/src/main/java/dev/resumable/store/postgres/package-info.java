/**
 * A {@link dev.resumable.store.Store} on PostgreSQL, which several engine processes can share.
 *
 * <p>Open it with {@link dev.resumable.store.postgres.PostgresStore#open(String)} (a JDBC URL,
 * pooled by HikariCP) or {@link
 * dev.resumable.store.postgres.PostgresStore#open(javax.sql.DataSource)} (the application's own
 * pool). The store creates its tables and upgrades them itself.
 */
package dev.resumable.store.postgres;
