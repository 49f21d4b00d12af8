package dev.resumable.processor.transform;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Types;

/**
 * Names derived from a method alone, so that a caller compiled separately from its callee finds
 * the same generated class: {@code OrderFlow_checkout}, {@code Outer_Inner_ship_2} for the second
 * {@code @Resumable} overload of {@code ship}.
 */
public final class FrameNames {

  private FrameNames() {}

  public static ClassName frameClass(ExecutableElement method) {
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    ClassName ownerName = ClassName.get(owner);
    String simple = String.join("_", ownerName.simpleNames()) + "_" + method.getSimpleName();
    int ordinal = overloadOrdinal(owner, method);
    return ClassName.get(ownerName.packageName(), ordinal == 1 ? simple : simple + "_" + ordinal);
  }

  /** The package's generated entry point. */
  public static ClassName resumer(PackageElement pkg) {
    return ClassName.get(pkg.getQualifiedName().toString(), "Resumer");
  }

  /**
   * A stable key: declaring class, name and erased parameter types, e.g.
   * {@code com.acme.OrderFlow#checkout(java.lang.String,int)}.
   */
  public static String methodKey(ExecutableElement method, Types types) {
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    String params = method.getParameters().stream()
        .map(VariableElement::asType)
        .map(t -> types.erasure(t).toString())
        .collect(Collectors.joining(","));
    return owner.getQualifiedName() + "#" + method.getSimpleName() + "(" + params + ")";
  }

  private static int overloadOrdinal(TypeElement owner, ExecutableElement method) {
    int ordinal = 0;
    List<? extends Element> members = owner.getEnclosedElements();
    for (Element member : members) {
      if (member.getKind() == ElementKind.METHOD
          && member.getSimpleName().contentEquals(method.getSimpleName())
          && SuspensionCalls.isResumable(member)) {
        ordinal++;
        if (member.equals(method)) {
          return ordinal;
        }
      }
    }
    return 1;
  }
}
