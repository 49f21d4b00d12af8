package dev.resumable.processor.writing;

import com.palantir.javapoet.CodeBlock;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.util.TreePath;
import dev.resumable.processor.transform.FrameNames;
import java.util.function.Function;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;

/**
 * {@code new Callee_method(receiver, args...)}: the frame of a {@code @Resumable} call, for a
 * nested call that the step runs and for a branch that the engine starts.
 */
final class FrameConstruction {

  private FrameConstruction() {}

  /**
   * @param callPath the call as written
   * @param callee the {@code @Resumable} method it calls
   * @param print prints a sub-expression of the call as the state machine needs it
   * @param self the state machine's name for the receiver of the method being transformed
   */
  static CodeBlock of(TreePath callPath, ExecutableElement callee,
      Function<TreePath, CodeBlock> print, String self) {
    MethodInvocationTree call = (MethodInvocationTree) callPath.getLeaf();
    CodeBlock.Builder args = CodeBlock.builder();
    boolean isStatic = callee.getModifiers().contains(Modifier.STATIC);
    if (!isStatic) {
      if (call.getMethodSelect() instanceof MemberSelectTree select) {
        args.add("$L", print.apply(new TreePath(new TreePath(callPath, select),
            select.getExpression())));
      } else if (call.getMethodSelect() instanceof IdentifierTree) {
        args.add("$N", self);
      }
    }
    for (int i = 0; i < call.getArguments().size(); i++) {
      if (i > 0 || !isStatic) {
        args.add(", ");
      }
      args.add(print.apply(new TreePath(callPath, call.getArguments().get(i))));
    }
    String diamond = callee.getTypeParameters().isEmpty() ? "" : "<>";
    return CodeBlock.of("new $T$L($L)", FrameNames.frameClass(callee), diamond, args.build());
  }
}
