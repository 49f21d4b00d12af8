package dev.resumable;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TransactionControlSqlTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "COMMIT|COMMIT",
      "  commit work|COMMIT WORK",
      "INSERT INTO t VALUES (1); COMMIT|COMMIT",
      "'-- finish COMMIT\n  END;'|END",
      "/* all */ ROLLBACK|ROLLBACK",
      "rollback transaction|ROLLBACK TRANSACTION",
      "BEGIN|BEGIN",
      "START TRANSACTION|START TRANSACTION",
      "SET AUTOCOMMIT TRUE|SET AUTOCOMMIT",
      "abort|ABORT"})
  void findsWhatEndsTheTransaction(String sql, String found) {
    assertEquals(Optional.of(found), TransactionControlSql.find(sql));
  }

  @Test
  void aBackslashEscapedQuoteDoesNotHideWhatFollows() {
    assertEquals(Optional.of("COMMIT"),
        TransactionControlSql.find("INSERT INTO notes VALUES (E'it\\'s'); COMMIT"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "INSERT INTO notes VALUES ('done; commit later')",
      "UPDATE t SET \"commit\" = 1",
      "ROLLBACK TO SAVEPOINT before_insert",
      "rollback work to before_insert",
      "SAVEPOINT before_insert",
      "SELECT 1 -- then COMMIT\n",
      "DO $$ BEGIN PERFORM 1; END $$",
      "SET search_path TO app",
      "SELECT committed FROM orders",
      "INSERT INTO notes VALUES (E'it\\'s; commit')"})
  void leavesOtherStatementsAlone(String sql) {
    assertEquals(Optional.empty(), TransactionControlSql.find(sql));
  }
}
