package dev.resumable.machine;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What the processor compiled a method into, on the generated class, so that the javac plugin
 * can check it against the attributed source: a mismatch is a compile error, never a workflow
 * that misbehaves at run time.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface StateMachine {

  /** Key of the {@code @Resumable} method, e.g. {@code com.acme.Flow#run(java.lang.String)}. */
  String method();

  /** Ids of its suspension points, in source order. */
  String[] points();

  /** Every local stored at some point, as {@code name:type}. */
  String[] stored();
}
