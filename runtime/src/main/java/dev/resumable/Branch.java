package dev.resumable;

/**
 * A branch that a workflow started with {@link Await#branch}: another {@code @Resumable} method
 * running as an instance of its own, with id {@code <parent id>/<n>} (which may be longer than
 * the ids an application chooses: see {@link InstanceIds#MAX_BRANCH_ID_LENGTH}). Join it with
 * {@link Await#join}, {@link Await#joinAll} or {@link Await#joinAny}. A value like any other: it
 * can be kept in locals and lists across waits and restarts.
 *
 * <p>{@link #cancel} cancels one branch and leaves the instance that started it running, so a
 * workflow that wants only the first of several answers cancels the others once it has it:
 *
 * <pre>{@code
 * Quote best = Await.joinAny(quotes);
 * quotes.forEach(Branch::cancel); // the winner has ended: cancelling it does nothing
 * }</pre>
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

  /**
   * Cancels this branch, once the step that asks commits: {@code CancelledException} is thrown
   * at the wait it is stopped at, its {@code finally} blocks run, and it ends {@code CANCELLED},
   * so that joining it throws {@code CancelledException}. A branch that has ended already is
   * left as it ended. The instance that started it goes on. In a plain run the branch's call
   * has run where it was written, so there is nothing to cancel.
   *
   * @throws WorkflowArgumentException if this instance did not start the branch
   */
  public void cancel() {
    StepContext context = StepContext.currentOrNull();
    if (context != null) {
      context.cancelBranch(this);
    } else {
      DirectRun.current("Branch.cancel()");
    }
  }
}
