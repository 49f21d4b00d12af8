package dev.resumable.store;

import java.sql.Connection;

/**
 * Work that writes the application's own tables on the store's connection and then says what to
 * commit with it; see {@link Store#commitWith}.
 */
@FunctionalInterface
public interface TransactionalWork {

  /**
   * Runs on {@code connection}, inside the transaction; returns the change set to commit in it.
   * Throwing rolls back everything it wrote.
   */
  ChangeSet run(Connection connection) throws java.sql.SQLException;
}
