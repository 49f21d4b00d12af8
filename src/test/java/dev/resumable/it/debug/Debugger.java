package dev.resumable.it.debug;

import com.sun.jdi.AbsentInformationException;
import com.sun.jdi.Bootstrap;
import com.sun.jdi.IncompatibleThreadStateException;
import com.sun.jdi.LocalVariable;
import com.sun.jdi.Location;
import com.sun.jdi.ReferenceType;
import com.sun.jdi.StackFrame;
import com.sun.jdi.StringReference;
import com.sun.jdi.Value;
import com.sun.jdi.VirtualMachine;
import com.sun.jdi.connect.Connector;
import com.sun.jdi.connect.IllegalConnectorArgumentsException;
import com.sun.jdi.connect.ListeningConnector;
import com.sun.jdi.event.BreakpointEvent;
import com.sun.jdi.event.ClassPrepareEvent;
import com.sun.jdi.event.Event;
import com.sun.jdi.event.EventSet;
import com.sun.jdi.event.VMDisconnectEvent;
import com.sun.jdi.request.ClassPrepareRequest;
import com.sun.jdi.request.EventRequest;
import com.sun.jdi.request.EventRequestManager;
import dev.resumable.it.JavaProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * A debugger over JDI, doing what an IDE does for a line breakpoint: it asks to hear of every
 * class prepared from a source file, asks each such class for the code of that file's line, puts
 * a breakpoint there, and at each stop reads the top frame's location and locals. The program runs
 * in a JVM of its own with the JDWP agent, which connects back to this debugger.
 */
final class Debugger {

  /**
   * Where a breakpoint stopped: the class executing, the line as the debugger shows it, and the
   * locals (strings as their text, null as null).
   */
  record Stop(String className, String sourceName, int line, Map<String, String> locals) {}

  record Session(List<Stop> stops, int exitCode, String output) {}

  private Debugger() {}

  /** Runs the main class with breakpoints on these lines of the source file, to its end. */
  static Session run(String sourceName, List<Integer> lines, String mainClass, String... args)
      throws IOException, InterruptedException {
    ListeningConnector connector = Bootstrap.virtualMachineManager().listeningConnectors().stream()
        .filter(c -> c.transport().name().equals("dt_socket"))
        .findFirst().orElseThrow();
    Map<String, Connector.Argument> arguments = connector.defaultArguments();
    arguments.get("localAddress").setValue("127.0.0.1");
    arguments.get("port").setValue("0");
    try {
      String address = connector.startListening(arguments);
      Process program = start(address, mainClass, args);
      CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> readAll(program));
      VirtualMachine vm;
      try {
        vm = connector.accept(arguments);
      } finally {
        connector.stopListening(arguments);
      }
      List<Stop> stops = debug(vm, sourceName, lines);
      int exitCode = program.waitFor();
      return new Session(stops, exitCode, output.join());
    } catch (IllegalConnectorArgumentsException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Process start(String debuggerAddress, String mainClass, String... args)
      throws IOException {
    List<String> command = JavaProcess.command(
        List.of("-agentlib:jdwp=transport=dt_socket,server=n,suspend=y,address=" + debuggerAddress),
        mainClass, args);
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }

  private static List<Stop> debug(VirtualMachine vm, String sourceName, List<Integer> lines)
      throws InterruptedException {
    EventRequestManager requests = vm.eventRequestManager();
    ClassPrepareRequest prepared = requests.createClassPrepareRequest();
    prepared.addSourceNameFilter(sourceName);
    prepared.setSuspendPolicy(EventRequest.SUSPEND_EVENT_THREAD);
    prepared.enable();
    vm.resume();
    List<Stop> stops = new ArrayList<>();
    while (true) {
      EventSet events = vm.eventQueue().remove();
      for (Event event : events) {
        if (event instanceof ClassPrepareEvent prepare) {
          setBreakpoints(requests, prepare.referenceType(), sourceName, lines);
        } else if (event instanceof BreakpointEvent breakpoint) {
          stops.add(stopAt(breakpoint));
        } else if (event instanceof VMDisconnectEvent) {
          return stops;
        }
      }
      events.resume();
    }
  }

  /** As an IDE does: the class's code for the line, in its default stratum, of that file. */
  private static void setBreakpoints(EventRequestManager requests, ReferenceType type,
      String sourceName, List<Integer> lines) {
    for (int line : lines) {
      try {
        for (Location location : type.locationsOfLine(type.defaultStratum(), sourceName, line)) {
          requests.createBreakpointRequest(location).enable();
        }
      } catch (AbsentInformationException e) {
        // compiled without line numbers: nothing to stop at
      }
    }
  }

  private static Stop stopAt(BreakpointEvent breakpoint) {
    try {
      StackFrame frame = breakpoint.thread().frame(0);
      Map<String, String> locals = new TreeMap<>();
      for (LocalVariable local : frame.visibleVariables()) {
        locals.put(local.name(), text(frame.getValue(local)));
      }
      Location at = breakpoint.location();
      return new Stop(at.declaringType().name(), at.sourceName(), at.lineNumber(), locals);
    } catch (IncompatibleThreadStateException | AbsentInformationException e) {
      throw new IllegalStateException("cannot read the frame at " + breakpoint.location(), e);
    }
  }

  private static String text(Value value) {
    if (value == null) {
      return null;
    }
    return value instanceof StringReference string ? string.value() : value.toString();
  }

  private static String readAll(Process program) {
    try {
      return new String(program.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
