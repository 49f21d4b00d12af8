package dev.resumable.processor.model;

/**
 * A typed query of the package's {@code Resumer}: {@code methodName(instanceId)} returns what an
 * instance exposes as {@code exposure.name()}, as {@code exposure.type()}.
 */
public record QueryMethod(String methodName, Exposure exposure) {}
