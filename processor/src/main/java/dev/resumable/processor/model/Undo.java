package dev.resumable.processor.model;

import com.sun.source.util.TreePath;
import javax.lang.model.element.ExecutableElement;

/**
 * A compensation the method registers: {@code saga.onUndo(() -> step(args))}, recorded as the
 * call of the {@code @Step} method {@code step}, with the policy {@code spec}.
 *
 * @param id stable across builds that keep it, e.g. {@code undo:cancelFlight}; stored sagas name
 *     their compensations by it
 * @param registration the {@code onUndo} call
 * @param call the step's call, the lambda's body
 * @param source the call as written, for inspection and reports
 */
public record Undo(String id, TreePath registration, TreePath call, ExecutableElement step,
    StepSpec spec, int line, String source) {}
