package dev.resumable.store.postgres;

import dev.resumable.store.Store;
import dev.resumable.store.contract.StoreOperationsContract;

/** The operations contract on a real PostgreSQL server, each test in a schema of its own. */
class PostgresStoreOperationsTest extends StoreOperationsContract {

  @Override
  protected Store newStore() {
    return PostgresStore.open(TestPostgres.freshSchemaUrl());
  }
}
