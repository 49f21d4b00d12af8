package dev.resumable.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.resumable.processor.model.Point;
import dev.resumable.processor.model.TypeArgument;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Writes what a call states for a generic callee's type variables ({@code
 * TypeArguments.of(Integer.class)}) and how the callee's frame stores values typed by them. A
 * call that names none of the caller's own type variables states constants, kept in a field so
 * that a call that does not wait costs no more than a plain one.
 */
final class TypeArgumentCode {

  static final ClassName TYPE_ARGUMENTS = ClassName.get("dev.resumable.codec", "TypeArguments");
  static final ClassName TYPE_CAPTURE = ClassName.get("dev.resumable.codec", "TypeCapture");

  private final Map<Point, String> constants = new LinkedHashMap<>();

  /** Allocates a constant for each call that states only types known at compile time. */
  TypeArgumentCode(Iterable<Point> points, com.palantir.javapoet.NameAllocator names) {
    for (Point point : points) {
      if (!point.typeArguments().isEmpty()
          && point.typeArguments().stream().noneMatch(TypeArgument::fromCaller)) {
        String callee = point.callee().getSimpleName().toString();
        constants.put(point, names.newName(callee.replaceAll("([a-z0-9])([A-Z])", "$1_$2")
            .toUpperCase(java.util.Locale.ROOT) + "_TYPE_ARGUMENTS"));
      }
    }
  }

  /** The constants, by name, with what each holds. */
  Map<String, CodeBlock> constants() {
    Map<String, CodeBlock> fields = new LinkedHashMap<>();
    constants.forEach((point, name) -> fields.put(name, arguments(point)));
    return fields;
  }

  /** {@code frame.withTypeArguments(..)} for a call of a generic callee; else the frame as is. */
  CodeBlock bind(Point point, CodeBlock frame) {
    return point.typeArguments().isEmpty() ? frame
        : CodeBlock.of("$L.withTypeArguments($L)", frame, stated(point));
  }

  /** What the call at {@code point} states: a constant, or computed from this frame's own. */
  CodeBlock stated(Point point) {
    String constant = constants.get(point);
    return constant != null ? CodeBlock.of("$N", constant) : arguments(point);
  }

  private static CodeBlock arguments(Point point) {
    CodeBlock.Builder list = CodeBlock.builder();
    for (TypeArgument argument : point.typeArguments()) {
      list.add(list.isEmpty() ? "$L" : ", $L", argument(argument));
    }
    return CodeBlock.of("$T.of($L)", TYPE_ARGUMENTS, list.build());
  }

  private static CodeBlock argument(TypeArgument argument) {
    if (argument.unstated() != null) {
      return CodeBlock.of("$T.unstated($S)", TYPE_ARGUMENTS, argument.unstated());
    }
    TypeName type = TypeName.get(argument.type());
    if (argument.fromCaller()) {
      return CodeBlock.of("this.typeArguments().resolve(new $T<$T>() {})", TYPE_CAPTURE, type);
    }
    if (isGeneric(argument.type())) {
      return CodeBlock.of("new $T<$T>() {}.type()", CodecExpressions.TYPE_REF, type);
    }
    return CodeBlock.of("$T.class", type);
  }

  /** The codec of a stored local typed by this method's type variables, as its caller bound them. */
  static CodeBlock codec(TypeMirror type) {
    return CodeBlock.of("this.typeArguments().codec(new $T<$T>() {})", TYPE_CAPTURE,
        TypeName.get(type));
  }

  private static boolean isGeneric(TypeMirror type) {
    if (type.getKind() == TypeKind.ARRAY) {
      return isGeneric(((ArrayType) type).getComponentType());
    }
    return type.getKind() == TypeKind.DECLARED
        && !((DeclaredType) type).getTypeArguments().isEmpty();
  }
}
