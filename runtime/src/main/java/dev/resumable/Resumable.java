package dev.resumable;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method whose execution can stop at a wait, be stored, and continue later in another
 * JVM. The Resumable processor compiles each such method into a state machine; start it through
 * the generated {@code Resumer} of its package.
 *
 * <p>Inside the method, calls to {@link Await} and to other {@code @Resumable} methods are
 * suspension points; the locals live across them must have persistable types. Everything else is
 * ordinary Java and runs at ordinary speed. Code between two suspension points runs again if the
 * process dies before the next one is committed.
 *
 * <p>Kept at run time so that frameworks can tell workflow classes by it, as the Spring Boot
 * starter does to register workflow beans as receivers.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Resumable {

  /**
   * The name of this method's start method in its package's {@code Resumer}; empty for the
   * default, {@code start} and the method's name, e.g. {@code startFulfil} for {@code fulfil}.
   * Names never depend on the other classes of the package: where two classes of one package
   * have {@code @Resumable} methods of the same name, the build fails on both until one is given
   * a name of its own here, e.g. {@code @Resumable(start = "startRefundRun")}. It must begin
   * with {@code start} and an upper-case letter.
   */
  String start() default "";

  /**
   * Whether the method waits for events by names it computes at run time, e.g. {@code
   * Await.event("approved-by-" + role, ...)}. Without it, every event name the method waits for
   * must be a literal or a constant, so that the build knows them all, and a resume with a name
   * that neither this method nor any method it calls waits for is refused instead of being kept
   * in the inbox forever. With it, instances of this method (and of its callers) keep every
   * event that arrives early, whatever its name.
   */
  boolean computedEventNames() default false;
}
