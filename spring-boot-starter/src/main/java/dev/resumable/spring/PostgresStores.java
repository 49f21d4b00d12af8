package dev.resumable.spring;

import dev.resumable.store.Store;
import dev.resumable.store.postgres.PostgresStore;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.ClassUtils;

/**
 * {@code resumable.store-type=postgres}: the PostgreSQL store on the application's {@link
 * DataSource}. Only this class names the store module, which the application adds when it wants
 * it, so that without it the starter loads nothing of it.
 */
final class PostgresStores {

  private static final String STORE_CLASS = "dev.resumable.store.postgres.PostgresStore";

  private PostgresStores() {}

  static Store open(ObjectProvider<DataSource> dataSources) {
    if (!ClassUtils.isPresent(STORE_CLASS, PostgresStores.class.getClassLoader())) {
      throw new IllegalStateException("resumable.store-type=postgres needs the PostgreSQL store"
          + " on the class path; add the dependency dev.resumable:resumable-store-postgres");
    }
    DataSource dataSource = dataSources.getIfUnique();
    if (dataSource == null) {
      throw new IllegalStateException("resumable.store-type=postgres runs on the application's"
          + " DataSource, and there is " + (dataSources.stream().findAny().isPresent()
              ? "more than one; mark the one to use @Primary"
              : "none; set spring.datasource.url (with spring-boot-starter-jdbc) or declare a"
                  + " DataSource bean"));
    }
    return PostgresStore.open(dataSource);
  }
}
