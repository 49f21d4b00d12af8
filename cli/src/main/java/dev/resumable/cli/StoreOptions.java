package dev.resumable.cli;

import dev.resumable.store.Store;
import dev.resumable.store.StoreException;
import dev.resumable.store.h2.H2Store;
import dev.resumable.store.postgres.PostgresStore;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Which store a command works on: an H2 file or a PostgreSQL database, exactly one. */
final class StoreOptions {

  /** Where the password of {@code --user} comes from: never the command line, which others see. */
  static final String PASSWORD_VARIABLE = "RESUMABLE_DB_PASSWORD";

  @ArgGroup(exclusive = true, multiplicity = "1")
  Location location;

  @Option(names = "--user", paramLabel = "NAME",
      description = "PostgreSQL user; the password is read from the environment variable "
          + PASSWORD_VARIABLE + ".")
  String user;

  static final class Location {
    @Option(names = "--store", paramLabel = "FILE", required = true,
        description = "The H2 store file the application's engine uses (data/app.mv.db or"
            + " data/app).")
    Path file;

    @Option(names = "--url", paramLabel = "JDBC-URL", required = true,
        description = "A PostgreSQL database: jdbc:postgresql://host:5432/db.")
    String url;
  }

  /** Opens the store; a file that does not exist is refused rather than created empty. */
  Store open() {
    try {
      if (location.url != null) {
        if (!location.url.startsWith("jdbc:postgresql:")) {
          throw new CliException(ExitCode.USAGE, "--url takes a PostgreSQL JDBC URL such as"
              + " jdbc:postgresql://localhost:5432/app, not \"" + location.url + "\"");
        }
        return PostgresStore.open(location.url, user, System.getenv(PASSWORD_VARIABLE));
      }
      if (user != null) {
        throw new CliException(ExitCode.USAGE, "--user is for a PostgreSQL --url; an H2 --store"
            + " file has no users");
      }
      return H2Store.open(existingFile(location.file));
    } catch (StoreException e) {
      throw new CliException(ExitCode.STORE_UNAVAILABLE, e.getMessage() + inUseHint(e), e);
    }
  }

  private static Path existingFile(Path file) {
    Path withSuffix = Path.of(file + H2Store.FILE_SUFFIX);
    if (Files.isRegularFile(file) || Files.isRegularFile(withSuffix)) {
      return file;
    }
    throw new CliException(ExitCode.STORE_UNAVAILABLE, "no store file at " + file
        + (file.toString().endsWith(H2Store.FILE_SUFFIX) ? "" : " (nor " + withSuffix + ")")
        + "; give the file the application's engine uses");
  }

  private static String inUseHint(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (String.valueOf(t.getMessage()).contains("already in use")) {
        return "; an H2 file is open in one process at a time: stop the application that has"
            + " it open, or use that application's console";
      }
    }
    return "";
  }
}
