package dev.resumable.codec;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says how to store values of a class that is not a record, enum, collection or any other type the
 * engine stores by itself: with the given {@link ObjectCodec}, e.g.
 * {@code @StoredWith(JacksonCodec.class)}. On a package ({@code package-info.java}) it covers
 * every such class of the package. Read from the static type a value is declared with, at compile
 * time by the processor (which then accepts the class as an event payload, a stored local or a
 * branch's argument) and at run time by the engine; never from stored data.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.PACKAGE})
public @interface StoredWith {

  /** The codec; it needs a public no-argument constructor. */
  Class<? extends ObjectCodec> value();
}
