package dev.resumable;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;

/**
 * The store's connection as a transactional step sees it: every call goes through, except those
 * that would end, or change the terms of, the transaction that also commits the step's outcome
 * (commit, rollback, auto-commit, close, abort). Those throw, and fail the attempt for good even
 * if the step catches them; so does any use after the attempt has returned.
 */
final class StepConnection implements InvocationHandler {

  private final Connection connection;
  private final String step;
  private volatile boolean ended;
  private volatile TransactionalStepException misuse;

  private StepConnection(Connection connection, String step) {
    this.connection = connection;
    this.step = step;
  }

  /** A connection for the attempt of {@code step} (its call, as written) on {@code connection}. */
  static StepConnection over(Connection connection, String step) {
    return new StepConnection(connection, step);
  }

  Connection connection() {
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
        new Class<?>[] {Connection.class}, this);
  }

  /** Refuses every later call: the step's attempt has returned. */
  void end() {
    ended = true;
  }

  /** What the step did that it must not, or null. */
  TransactionalStepException misuse() {
    return misuse;
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    String name = method.getName();
    if (method.getDeclaringClass() == Object.class) {
      return switch (name) {
        case "equals" -> proxy == args[0];
        case "hashCode" -> System.identityHashCode(proxy);
        default -> "connection of the transactional step " + step;
      };
    }
    if (ended) {
      throw refuse("used its connection after the attempt returned; use it only while the step"
          + " runs, and keep no reference to it");
    }
    String refused = switch (name) {
      case "commit" -> "committed";
      case "rollback" -> args == null ? "rolled back" : null; // to a savepoint is fine
      case "setAutoCommit" -> "changed auto-commit";
      case "close" -> "closed";
      case "abort" -> "aborted";
      default -> null;
    };
    if (refused != null) {
      throw refuse(refused + " its connection, which belongs to the transaction that commits"
          + " the step's outcome with what it wrote; the engine commits both when the step"
          + " returns, and rolls both back when it throws: remove the " + name + " call (throw"
          + " to undo what the step wrote)");
    }
    try {
      return method.invoke(connection, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private TransactionalStepException refuse(String what) {
    TransactionalStepException e = new TransactionalStepException("the transactional step "
        + step + " " + what);
    if (misuse == null) {
      misuse = e;
    }
    return e;
  }
}
