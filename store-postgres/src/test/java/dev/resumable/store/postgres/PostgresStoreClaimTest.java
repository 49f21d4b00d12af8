package dev.resumable.store.postgres;

import dev.resumable.store.Store;
import dev.resumable.store.contract.StoreClaimContract;

/** The claim contract (due work claimed by one owner at a time) on a real PostgreSQL server. */
class PostgresStoreClaimTest extends StoreClaimContract {

  @Override
  protected Store newStore() {
    return PostgresStore.open(TestPostgres.freshSchemaUrl());
  }
}
