package dev.resumable.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command on one store: opens it (and the application's classes), runs, closes it. */
abstract class StoreCommand implements Callable<Integer> {

  @Mixin
  StoreOptions storeOptions;

  @Mixin
  ApplicationOptions application;

  @Mixin
  Output output;

  @Spec
  CommandSpec spec;

  @Override
  public final Integer call() {
    checkArguments();
    try (Session session = Session.open(storeOptions, application)) {
      run(session, spec.commandLine().getOut());
    }
    return ExitCode.OK.code();
  }

  /** Refuses what picocli cannot check itself, before the store is opened. */
  void checkArguments() {}

  abstract void run(Session session, PrintWriter out);
}
