package dev.resumable.processor.model;

/**
 * One typed start method of a package's {@code Resumer}, decided before anything is written.
 *
 * @param name e.g. {@code startFulfil}, or the name the method's annotation gives
 * @param method the {@code @Resumable} method it starts
 */
public record StartMethod(String name, MethodModel method) {

  /**
   * The start method's first parameter, the instance id. Always this name, so that it never
   * depends on the method's own parameters (one named so is a compile error).
   */
  public static final String ID_PARAMETER = "instanceId";
}
