package dev.resumable.cli;

import java.io.PrintWriter;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code resumable} command: finds, shows and acts on the instances of a store. */
@Command(name = "resumable", mixinStandardHelpOptions = true,
    versionProvider = ResumableCli.Version.class,
    description = "Finds, shows and acts on the workflow instances of a Resumable store.",
    subcommands = {ListCommand.class, CountCommand.class, ShowCommand.class,
        ResumeCommand.class, SignalCommand.class, CancelCommand.class, RetryCommand.class,
        DeleteCommand.class,
        AutoComplete.GenerateCompletion.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        " 0:done",
        " 1:unexpected error (a stack trace follows)",
        " 2:bad command line",
        " 3:no such instance",
        " 4:refused: the instance's state does not allow it",
        " 5:the store cannot be opened",
        " 6:the application's classes or --setup are needed",
        " 7:the instance cannot be read by the application given"},
    footer = {"%nEach failure prints one line to standard error, starting with 'resumable: ';"
        + " none of them changed the store."})
public final class ResumableCli implements Runnable {

  @Spec
  CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String... args) {
    CommandLine cli = new CommandLine(new ResumableCli());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler((e, arguments) -> {
      PrintWriter err = e.getCommandLine().getErr();
      err.println("resumable: " + e.getMessage());
      err.println("see: " + e.getCommandLine().getCommandSpec().qualifiedName() + " --help");
      err.flush();
      return ExitCode.USAGE.code();
    });
    cli.setExecutionExceptionHandler((e, command, parsed) -> Failures.report(e,
        command.getErr(), command.getCommand() instanceof StoreCommand store
            ? store.application : null));
    return cli.execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command: list, count,"
        + " show, resume, signal, cancel, retry, delete");
  }

  /** The version of the jar, from its manifest. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = ResumableCli.class.getPackage().getImplementationVersion();
      return new String[] {"resumable " + (version == null ? "(development build)" : version)};
    }
  }
}
