package dev.resumable;

/**
 * A branch that a workflow started with {@link Await#branch}: another {@code @Resumable} method
 * running as an instance of its own, with id {@code <parent id>/<n>} (which may be longer than
 * the ids an application chooses: see {@link InstanceIds#MAX_BRANCH_ID_LENGTH}). Join it with
 * {@link Await#join}, {@link Await#joinAll} or {@link Await#joinAny}. A value like any other: it
 * can be kept in locals and lists across waits and restarts.
 *
 * @param <T> what the branch's method returns
 * @param id the branch's instance id, under which the engine reports it like any instance
 * @param method the key of the branch's method, by which its result is decoded at the join
 */
public record Branch<T>(String id, String method) {

  public Branch {
    Arguments.notNull(id, "id");
    Arguments.notNull(method, "method");
  }
}
