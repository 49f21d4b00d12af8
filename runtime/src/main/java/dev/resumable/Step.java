package dev.resumable;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method as a durable step. Called inside a {@code @Resumable} method, e.g. {@code
 * Receipt r = payments.charge(orderId, amount);}, the call becomes a point of its own: its
 * arguments are stored, it runs, and its result or exception is committed before the workflow
 * goes on. After that commit it never runs again for that call, across any restart; a crash
 * before it runs it again, with the same idempotency key ({@link Workflow#step()}).
 *
 * <p>An attempt that throws is retried by this policy, each wait between attempts a durable
 * timer; when attempts run out, or an exception is not to be retried, the exception is thrown at
 * the call, where ordinary {@code try}/{@code catch} handles it. Durations are ISO-8601 ({@code
 * "PT2S"}), checked at compile time. Parameters and the return type must be persistable; the
 * arguments are handed to the step as stored copies, as to a remote call, so a change the step
 * makes to them is not seen by the workflow. An instance method runs on the receiver registered
 * for its class, like a {@code @Resumable} one.
 *
 * <p>Called anywhere else — a plain method, a test — it is an ordinary call.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Step {

  /** Attempts in all, the first included; 1 never retries. */
  int maxAttempts() default 3;

  /** The wait before the second attempt. */
  String initialBackoff() default "PT1S";

  /** Each further wait is the one before times this, at least 1. */
  double backoffMultiplier() default 2.0;

  /** No wait between attempts is longer than this. */
  String maxBackoff() default "PT1M";

  /** The exceptions that are retried, with their subclasses; empty means every Exception. */
  Class<? extends Throwable>[] retryOn() default {};

  /** Exceptions never retried, even if {@link #retryOn} names a superclass. */
  Class<? extends Throwable>[] doNotRetry() default {};

  /**
   * How long one attempt may run, or empty for no limit. An attempt that runs longer is
   * abandoned: its thread is interrupted, whatever it returns later is ignored, and it counts as
   * failed with {@link StepTimeoutException} (retried unless {@link #doNotRetry} names it).
   */
  String attemptTimeout() default "";

  /**
   * How long after its first attempt the step may still start one, or empty for no limit: an
   * attempt that fails when the next would start later throws its exception at the call.
   */
  String deadline() default "";

  /**
   * Runs each attempt inside a transaction of the store's database, which then commits the
   * step's outcome too: what the step writes with {@link Workflow#connection()} to the
   * application's own tables in that database is committed exactly once, with the outcome, and
   * an attempt that throws leaves nothing of what it wrote. On the H2 file store and on
   * PostgreSQL. The step must not commit, roll back, change auto-commit or close the connection
   * ({@link TransactionalStepException}); it runs on the engine's thread, so it cannot have an
   * {@link #attemptTimeout}.
   */
  boolean transactional() default false;
}
