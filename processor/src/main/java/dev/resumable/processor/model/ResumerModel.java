package dev.resumable.processor.model;

import java.util.List;

/**
 * A package's {@code Resumer}, checked: its start methods with their names, and every state
 * machine of the package for its catalog (those that cannot be started included).
 */
public record ResumerModel(String packageName, List<StartMethod> starts,
    List<MethodModel> frames) {

  public ResumerModel {
    starts = List.copyOf(starts);
    frames = List.copyOf(frames);
  }
}
