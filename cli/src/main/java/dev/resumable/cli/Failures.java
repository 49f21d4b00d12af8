package dev.resumable.cli;

import dev.resumable.InstanceFinishedException;
import dev.resumable.InstanceStateException;
import dev.resumable.MissingReceiverException;
import dev.resumable.NoSuchInstanceException;
import dev.resumable.UnexpectedEventException;
import dev.resumable.UnreadableInstanceException;
import dev.resumable.store.StoreException;
import java.io.PrintWriter;

/** What the tool prints and exits with when a command throws. */
final class Failures {

  private Failures() {}

  static int report(Exception e, PrintWriter err, ApplicationOptions application) {
    ExitCode code = exitCode(e);
    String message = e.getMessage();
    if (e instanceof MissingReceiverException) {
      message += "; the tool registers it through --setup CLASS, a class of the application"
          + " that implements Consumer<Engine.Builder>";
    } else if (e instanceof UnreadableInstanceException && application != null) {
      message += application.missingClassesHint();
    }
    err.println("resumable: " + message);
    if (code == ExitCode.INTERNAL_ERROR) {
      e.printStackTrace(err);
    }
    err.flush();
    return code.code();
  }

  private static ExitCode exitCode(Exception e) {
    if (e instanceof CliException cli) {
      return cli.exitCode();
    }
    if (e instanceof NoSuchInstanceException) {
      return ExitCode.NO_SUCH_INSTANCE;
    }
    if (e instanceof InstanceFinishedException || e instanceof UnexpectedEventException
        || e instanceof InstanceStateException) {
      return ExitCode.REFUSED;
    }
    if (e instanceof UnreadableInstanceException) {
      return ExitCode.UNREADABLE;
    }
    if (e instanceof MissingReceiverException) {
      return ExitCode.APPLICATION_MISSING;
    }
    if (e instanceof StoreException) {
      return ExitCode.STORE_UNAVAILABLE;
    }
    if (e instanceof IllegalArgumentException) {
      return ExitCode.USAGE; // the engine's checks of ids and names, before anything is read
    }
    return ExitCode.INTERNAL_ERROR;
  }
}
