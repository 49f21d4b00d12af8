package dev.resumable.store.postgres;

import dev.resumable.store.Store;
import dev.resumable.store.contract.StoreQueryContract;

/** The query contract on a real PostgreSQL server. */
class PostgresStoreQueryTest extends StoreQueryContract {

  @Override
  protected Store newStore() {
    return PostgresStore.open(TestPostgres.freshSchemaUrl());
  }
}
