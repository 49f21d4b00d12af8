package dev.resumable.store.postgres;

import dev.resumable.store.Store;
import dev.resumable.store.contract.StoreContract;

/** The store contract on a real PostgreSQL server, each test in a schema of its own. */
class PostgresStoreContractTest extends StoreContract {

  @Override
  protected Store newStore() {
    return PostgresStore.open(TestPostgres.freshSchemaUrl());
  }
}
