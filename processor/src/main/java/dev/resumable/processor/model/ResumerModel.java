package dev.resumable.processor.model;

import java.util.List;

/**
 * A package's {@code Resumer}, checked: its start methods with their names, its typed queries,
 * and every state machine of the package for its catalog (those that cannot be started included).
 */
public record ResumerModel(String packageName, List<StartMethod> starts,
    List<MethodModel> frames, List<QueryMethod> queries) {

  public ResumerModel {
    starts = List.copyOf(starts);
    frames = List.copyOf(frames);
    queries = List.copyOf(queries);
  }

  public ResumerModel(String packageName, List<StartMethod> starts, List<MethodModel> frames) {
    this(packageName, starts, frames, List.of());
  }

  public ResumerModel withQueries(List<QueryMethod> queries) {
    return new ResumerModel(packageName, starts, frames, queries);
  }
}
