package dev.resumable.processor.model;

import javax.lang.model.type.TypeMirror;

/**
 * What a call states for one type variable of a generic {@code @Resumable} callee that learns
 * its type variables from its callers.
 *
 * @param variable the callee's type variable, e.g. {@code T}
 * @param type the type javac inferred for it; null if none was found
 * @param fromCaller whether {@code type} names the caller's own type variables, which the caller
 *     knows only at run time, from its own caller
 * @param unstated why the engine cannot store values of {@code type}, to be said if the callee
 *     keeps one across a wait; null if it can
 */
public record TypeArgument(String variable, TypeMirror type, boolean fromCaller,
    String unstated) {}
