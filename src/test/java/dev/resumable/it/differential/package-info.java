/**
 * The differential suite: each case is a {@code @Resumable} method that runs twice, as plain Java
 * with scripted events ({@link dev.resumable.DirectRun}) and through the engine on a real H2 file
 * with a restart at every suspension, each step in a JVM of its own; the two ends must match.
 * They are compared as {@link dev.resumable.it.differential.Rendering} text: runtime classes,
 * iteration orders and which objects are shared, not only {@code equals}.
 *
 * <p>To add a case, put the method in a workflow class of this package (one that names no
 * generated class) and add one entry to a suite, a subclass of {@link
 * dev.resumable.it.differential.DifferentialSuite} whose name ends in {@code Test} and which is
 * annotated {@code @SuppressWarnings("resumable")} (it calls workflows as plain Java on purpose):
 *
 * <pre>{@code
 * cases.add("plusOfAWait", () -> new CallFlows().plusOfAWait(), (r, id) -> r.startPlusOfAWait(id))
 *     .event("a", 4)
 *     .event("b", 5);
 * }</pre>
 *
 * <p>The name, prefixed with the suite's, is the instance id; {@code plain} is the plain call, {@code start} the same call
 * through the package's generated {@code Resumer}; each {@code event} (or {@code timers()}) is one
 * step, delivered in a fresh JVM, and every step before the last must leave the instance waiting
 * for exactly that step. Register the receiver of the workflow class once per suite with {@code
 * cases.receiver(CallFlows.class, CallFlows::new)}.
 *
 * <p>All cases of all suites share their JVMs: step n of every case runs in one JVM ({@link
 * dev.resumable.it.differential.StepJvm}), so the whole suite costs one JVM more than its longest
 * case has steps, however many cases and suites it holds ({@link
 * dev.resumable.it.differential.Batch}, which finds the suites in this package's directory of the
 * test class path, gives each suite a store file and an engine of its own in that JVM, and keeps
 * the stores under {@code target/differential} to look into after a failure). Running one suite
 * alone still runs them all.
 *
 * <p>A {@code HashSet} or {@code HashMap} of enums iterates in an order that depends on identity
 * hash codes, which differ between JVMs even in plain Java: such a case compares nothing useful.
 */
package dev.resumable.it.differential;
