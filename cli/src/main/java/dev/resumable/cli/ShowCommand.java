package dev.resumable.cli;

import dev.resumable.Engine;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "show", aliases = "inspect",
    description = "Shows one instance: its status, what it waits for, its suspended stack with"
        + " each frame's locals, its inbox, timer, and the failure that ended it.")
final class ShowCommand extends StoreCommand {

  @Parameters(paramLabel = "ID", description = "The instance id.")
  String id;

  @Override
  void run(Session session, PrintWriter out) {
    var stored = session.instance(id);
    Engine engine = session.engine();
    InstanceDetail detail = InstanceDetail.of(stored, engine.inspect(id), engine.status(id));
    output.print(out, detail, () -> print(detail, out));
    if (detail.unreadable() != null && !session.application().given()) {
      spec.commandLine().getErr().println("resumable: reading its frames and values needs the"
          + " application's classes: pass them with --classpath");
    }
  }

  private static void print(InstanceDetail d, PrintWriter out) {
    out.println(d.id() + "  " + d.status() + "  revision " + d.revision()
        + (d.since() == null ? "" : "  " + sinceWord(d.status()) + " " + d.since()));
    out.println("method: " + d.method());
    if (d.unreadable() != null) {
      out.println("unreadable: " + d.unreadable());
    }
    if (d.waitingFor() != null) {
      out.println("waiting for: " + d.waitingFor());
    }
    if (d.timerDue() != null) {
      out.println("timer due: " + d.timerDue());
    }
    if (!d.inbox().isEmpty()) {
      out.println("inbox: " + String.join(", ", d.inbox()));
    }
    if (!d.frames().isEmpty()) {
      out.println("stack:");
      printFrames(d.frames(), out);
    }
    if (d.result() != null) {
      out.println("result: " + d.result());
    }
    if (!d.failedIn().isEmpty()) {
      out.println("failed in:");
      d.failedIn().forEach(frame -> out.println("  at " + frame));
    }
    for (InstanceDetail.FailureView f = d.failure(); f != null; f = f.cause()) {
      out.println((f == d.failure() ? "failure: " : "caused by: ") + f.type()
          + (f.message() == null ? "" : ": " + f.message()));
      f.stack().forEach(line -> out.println("  at " + line));
    }
    InstanceDetail.CheckpointView c = d.checkpoint();
    if (c != null) {
      out.println("checkpoint: committed " + c.committedAt() + ", waiting for " + c.waitingFor()
          + "; the failed step continued it with " + c.resumedWith());
      if (c.unreadable() != null) {
        out.println("  its frames cannot be read: " + c.unreadable());
      }
      printFrames(c.frames(), out);
    }
  }

  private static void printFrames(java.util.List<InstanceDetail.FrameView> frames,
      PrintWriter out) {
    for (InstanceDetail.FrameView f : frames) {
      out.println("  at " + f.className() + "." + f.methodName() + "(" + f.sourceFile() + ":"
          + f.line() + ")  [" + f.suspensionId() + "]");
      f.locals().forEach(l -> out.println("      " + l.name() + " = " + l.value()));
    }
  }

  private static String sinceWord(String status) {
    return switch (status) {
      case "FAILED" -> "failed at";
      case "CANCELLED" -> "cancelled at";
      case "COMPLETED" -> "completed at";
      default -> "since";
    };
  }
}
