package dev.resumable.it.upgrade;

import dev.resumable.Engine;
import dev.resumable.Outcome;
import dev.resumable.UnreadableInstanceException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * One deployment of the workflows under test, in a JVM of its own: opens the store file, runs
 * the steps it is given and prints one line per step saying what became of the instance. Its
 * class path has one version of the workflows compiled in front of it.
 *
 * <p>Steps: {@code start|<method>|<id>[|<argument>]} starts an instance through the generated
 * Resumer; {@code event|<id>|<name>|<payload>} delivers an event, whose payload is an Integer if
 * it is a number, else a String.
 */
public final class UpgradeJvm {

  static final String RESUMER = "dev.resumable.it.upgrade.cases.Resumer";

  private UpgradeJvm() {}

  public static void main(String[] args) throws Exception {
    try (Engine engine = Engine.builder().storeFile(Path.of(args[0])).build()) {
      Object resumer = Class.forName(RESUMER).getMethod("on", Engine.class).invoke(null, engine);
      for (String step : Arrays.copyOfRange(args, 1, args.length)) {
        if (step.equals("dry-run")) {
          List<String> refused = engine.dryRun().stream()
              .map(UnreadableInstanceException::instanceId).toList();
          System.out.println("dry-run would refuse " + String.join(" ", refused));
          continue;
        }
        String[] part = step.split("\\|", -1);
        String id = part[0].equals("start") ? part[2] : part[1];
        try {
          Outcome<?> outcome = switch (part[0]) {
            case "start" -> start(resumer, part[1], part[2],
                Arrays.copyOfRange(part, 3, part.length));
            case "status" -> engine.status(part[1]);
            default -> engine.resume(part[1], part[2], payload(part[3]));
          };
          if (outcome.isUnreadable()) {
            throw outcome.unreadable();
          }
          System.out.println(outcome.id() + " " + outcome.status()
              + (outcome.isCompleted() ? " " + outcome.result() : ""));
        } catch (UnreadableInstanceException e) {
          System.out.println(id + " REFUSED " + e.getMessage());
        } catch (RuntimeException e) {
          System.out.println(id + " ERROR " + e);
        }
      }
    }
  }

  private static Outcome<?> start(Object resumer, String method, String id, String[] arguments)
      throws ReflectiveOperationException {
    String name = "start" + Character.toUpperCase(method.charAt(0)) + method.substring(1);
    for (Method start : resumer.getClass().getMethods()) {
      if (start.getName().equals(name) && start.getParameterCount() == arguments.length + 1) {
        Object[] values = new Object[arguments.length + 1];
        values[0] = id;
        System.arraycopy(arguments, 0, values, 1, arguments.length);
        try {
          return (Outcome<?>) start.invoke(resumer, values);
        } catch (InvocationTargetException e) {
          throw (RuntimeException) e.getCause();
        }
      }
    }
    throw new IllegalArgumentException("the Resumer has no " + name);
  }

  private static Object payload(String text) {
    return text.matches("-?\\d+") ? (Object) Integer.valueOf(text) : text;
  }
}
