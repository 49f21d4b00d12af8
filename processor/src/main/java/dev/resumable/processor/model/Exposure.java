package dev.resumable.processor.model;

import javax.lang.model.type.TypeMirror;

/**
 * A value a method exposes to queries under a constant name ({@code Workflow.expose(name, type,
 * value)}), with the type it is exposed as: a class literal's class, or a TypeRef's argument.
 */
public record Exposure(String name, TypeMirror type, boolean generic) {}
