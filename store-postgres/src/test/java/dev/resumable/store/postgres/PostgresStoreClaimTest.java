package dev.resumable.store.postgres;

import dev.resumable.store.Store;
import dev.resumable.store.contract.StoreClaimContract;

/** The claims contract on a real PostgreSQL server, each test in a schema of its own. */
class PostgresStoreClaimTest extends StoreClaimContract {

  @Override
  protected Store newStore() {
    return PostgresStore.open(TestPostgres.freshSchemaUrl());
  }
}
