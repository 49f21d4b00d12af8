package dev.resumable.bench;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A benchmark that cannot run on an older JDK. The report leaves it out there and says in its row
 * which JDK it needs, rather than failing the whole run.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RequiresJdk {

  /** The lowest Java feature release, e.g. 21. */
  int value();
}
