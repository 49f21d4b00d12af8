package dev.resumable;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;
import java.util.Set;

/**
 * The store's connection as a transactional step sees it: every call goes through, except those
 * that would end, or change the terms of, the transaction that also commits the step's outcome
 * (commit, rollback, auto-commit, close, abort), and SQL that does the same ({@code COMMIT},
 * {@code ROLLBACK}, ...: see {@link TransactionControlSql}). Those throw, and fail the attempt
 * for good even if the step catches them; so does any use after the attempt has returned. The
 * statements, result sets and metadata the connection hands out are guarded alike, so that their
 * {@code getConnection()} gives this connection back, never the store's own; {@code unwrap} to
 * {@code Connection} does the same, and to any other kind of connection is refused.
 */
final class StepConnection implements InvocationHandler {

  /** What the connection hands out that leads back to it, so guarded alike. */
  private static final Set<Class<?>> GUARDED = Set.of(Statement.class, PreparedStatement.class,
      CallableStatement.class, ResultSet.class, DatabaseMetaData.class);

  private final Connection connection;
  private final String step;
  private Connection guarded;
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

  synchronized Connection connection() {
    if (guarded == null) {
      guarded = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
          new Class<?>[] {Connection.class}, this);
    }
    return guarded;
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
    return call(proxy, connection, method, args);
  }

  /** A call on the connection or on something it handed out ({@code target}, seen as proxy). */
  private Object call(Object proxy, Object target, Method method, Object[] args)
      throws Throwable {
    String name = method.getName();
    if (method.getDeclaringClass() == Object.class) {
      return switch (name) {
        case "equals" -> proxy == args[0];
        case "hashCode" -> System.identityHashCode(proxy);
        default -> (target == connection ? "connection" : method.getDeclaringClass()
            .getSimpleName()) + " of the transactional step " + step;
      };
    }
    if (ended) {
      throw refuse("used its connection after the attempt returned; use it only while the step"
          + " runs, and keep no reference to it");
    }
    if (target == connection) {
      refuseEndingTheTransaction(name, args);
    }
    refuseTransactionControlSql(name, args);
    if (name.equals("unwrap") && args[0] instanceof Class<?> kind) {
      if (kind.isInstance(proxy)) {
        return proxy;
      }
      if (Connection.class.isAssignableFrom(kind)) {
        throw refuse("unwrapped its connection to " + kind.getName() + ", which would reach the"
            + " transaction that commits the step's outcome past the engine; use the"
            + " java.sql.Connection that Workflow.connection() gives");
      }
    }
    Object result;
    try {
      result = method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
    if (result instanceof Connection) {
      return connection();
    }
    return result != null && GUARDED.contains(method.getReturnType())
        ? guard(method.getReturnType(), result) : result;
  }

  private void refuseEndingTheTransaction(String name, Object[] args) {
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
  }

  /** {@code execute("COMMIT")}, {@code prepareStatement("ROLLBACK")} and their kin. */
  private void refuseTransactionControlSql(String name, Object[] args) {
    boolean takesSql = name.startsWith("execute") || name.equals("addBatch")
        || name.equals("prepareStatement") || name.equals("prepareCall");
    if (!takesSql || args == null || !(args[0] instanceof String sql)) {
      return;
    }
    Optional<String> control = TransactionControlSql.find(sql);
    if (control.isPresent()) {
      throw refuse("ran " + control.get() + " on its connection, which belongs to the"
          + " transaction that commits the step's outcome with what it wrote; the engine commits"
          + " both when the step returns, and rolls both back when it throws: remove the "
          + control.get() + " (throw to undo what the step wrote)");
    }
  }

  private Object guard(Class<?> kind, Object target) {
    return Proxy.newProxyInstance(kind.getClassLoader(), new Class<?>[] {kind},
        (proxy, method, args) -> call(proxy, target, method, args));
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
