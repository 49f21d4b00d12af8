package dev.resumable.store.postgres;

import dev.resumable.store.Store;
import dev.resumable.store.contract.StoreConcurrencyContract;

/** The concurrency contract on a real PostgreSQL server. */
class PostgresStoreConcurrencyTest extends StoreConcurrencyContract {

  @Override
  protected Store newStore() {
    return PostgresStore.open(TestPostgres.freshSchemaUrl());
  }
}
