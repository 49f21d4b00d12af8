package dev.resumable.processor.validation;

import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import dev.resumable.processor.diag.Message;
import dev.resumable.processor.diag.Reporter;
import dev.resumable.processor.types.PersistableTypes;
import javax.lang.model.type.TypeMirror;

/**
 * The compile-time check that a value the engine will store by itself can be stored: an event's
 * payload, kept in the inbox when it arrives early. The rule is {@link PersistableTypes}, which
 * mirrors the runtime's codecs ({@code @StoredWith} included) and which the checks of locals,
 * results and steps' arguments use too; the message names the type, why, and the fix. Reports at
 * {@code tree}, in the compilation unit of {@code at}, and says whether the type can be stored.
 */
public final class StoredValueCheck {

  private final PersistableTypes persistable;
  private final Reporter reporter;

  public StoredValueCheck(PersistableTypes persistable, Reporter reporter) {
    this.persistable = persistable;
    this.reporter = reporter;
  }

  /** The payload type of {@code Await.event(name, Type.class)} or {@code Wait.event}. */
  public boolean eventPayload(TreePath at, Tree tree, TypeMirror type) {
    return check(at, tree, type, Message.PAYLOAD_NOT_PERSISTABLE);
  }

  private boolean check(TreePath at, Tree tree, TypeMirror type, Message message) {
    String why = persistable.whyNot(type);
    if (why == null) {
      return true;
    }
    reporter.error(at, tree, message, type, why);
    return false;
  }
}
