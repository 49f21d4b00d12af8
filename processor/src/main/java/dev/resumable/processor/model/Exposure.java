package dev.resumable.processor.model;

import javax.lang.model.type.TypeMirror;

/**
 * A value a method exposes to queries ({@code Workflow.expose(name, type, value)}) under a
 * constant name, with the type it is exposed as: a class literal's class, or a TypeRef's
 * argument. A name computed at run time is an exposure with a null name (and type): the method's
 * exposed names are then not known at build time.
 */
public record Exposure(String name, TypeMirror type, boolean generic) {}
