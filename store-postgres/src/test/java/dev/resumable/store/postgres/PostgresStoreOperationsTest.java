package dev.resumable.store.postgres;

import dev.resumable.store.Store;
import dev.resumable.store.contract.StoreOperationsContract;

/** The operations contract (listing, deletion, retention) on a real PostgreSQL server. */
class PostgresStoreOperationsTest extends StoreOperationsContract {

  @Override
  protected Store newStore() {
    return PostgresStore.open(TestPostgres.freshSchemaUrl());
  }
}
