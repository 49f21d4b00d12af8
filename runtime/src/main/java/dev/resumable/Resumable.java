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
}
