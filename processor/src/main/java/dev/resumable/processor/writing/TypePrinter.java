package dev.resumable.processor.writing;

import static dev.resumable.processor.writing.PrintContext.child;

import com.palantir.javapoet.CodeBlock;
import com.sun.source.tree.AnnotatedTypeTree;
import com.sun.source.tree.ArrayTypeTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.IntersectionTypeTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.PrimitiveTypeTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeParameterTree;
import com.sun.source.tree.UnionTypeTree;
import com.sun.source.tree.WildcardTree;
import com.sun.source.util.TreePath;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;

/**
 * Prints type trees as written (type arguments, arrays, wildcards), naming classes with {@code $T}
 * so that the generated file imports what it needs.
 *
 * <p>Type annotations are dropped: they cannot change what the copied code does, and printing them
 * faithfully in every position (e.g. {@code String @A []}) is not worth the risk.
 */
final class TypePrinter {
  private final PrintContext context;

  TypePrinter(PrintContext context) {
    this.context = context;
  }

  CodeBlock type(TreePath path) {
    Tree tree = path.getLeaf();
    return switch (tree.getKind()) {
      case PRIMITIVE_TYPE ->
          CodeBlock.of(
              "$L",
              ((PrimitiveTypeTree) tree).getPrimitiveTypeKind().name().toLowerCase(Locale.ROOT));
      case IDENTIFIER, MEMBER_SELECT -> namedType(path);
      case ARRAY_TYPE -> CodeBlock.of("$L[]", type(child(path, ((ArrayTypeTree) tree).getType())));
      case PARAMETERIZED_TYPE -> parameterized(path, (ParameterizedTypeTree) tree);
      case UNBOUNDED_WILDCARD -> CodeBlock.of("?");
      case EXTENDS_WILDCARD ->
          CodeBlock.of("? extends $L", type(child(path, ((WildcardTree) tree).getBound())));
      case SUPER_WILDCARD ->
          CodeBlock.of("? super $L", type(child(path, ((WildcardTree) tree).getBound())));
      case UNION_TYPE -> joined(path, ((UnionTypeTree) tree).getTypeAlternatives(), " | ");
      case INTERSECTION_TYPE -> joined(path, ((IntersectionTypeTree) tree).getBounds(), " & ");
      case ANNOTATED_TYPE -> type(child(path, ((AnnotatedTypeTree) tree).getUnderlyingType()));
      default -> throw new UnsupportedConstruct(path, "unexpected type tree " + tree.getKind());
    };
  }

  /** {@code <T extends Bound & Other, U>}, or nothing when there are no type parameters. */
  CodeBlock typeParameters(TreePath owner, List<? extends TypeParameterTree> parameters) {
    if (parameters.isEmpty()) {
      return CodeBlock.of("");
    }
    CodeBlock.Builder out = CodeBlock.builder().add("<");
    for (int i = 0; i < parameters.size(); i++) {
      TypeParameterTree parameter = parameters.get(i);
      TreePath parameterPath = child(owner, parameter);
      out.add(i == 0 ? "$L" : ", $L", parameter.getName());
      if (!parameter.getBounds().isEmpty()) {
        out.add(" extends $L", joined(parameterPath, parameter.getBounds(), " & "));
      }
    }
    return out.add(">").build();
  }

  /** {@code <A, B>} for explicit type arguments, or nothing when there are none (or null). */
  CodeBlock typeArguments(TreePath owner, List<? extends Tree> arguments) {
    return arguments == null || arguments.isEmpty()
        ? CodeBlock.of("")
        : CodeBlock.of("<$L>", joined(owner, arguments, ", "));
  }

  /**
   * A class named without its qualifier, as required after {@code outer.new}: the simple name plus
   * any type arguments.
   */
  CodeBlock simpleClassName(TreePath path) {
    Tree tree = path.getLeaf();
    return switch (tree.getKind()) {
      case IDENTIFIER -> CodeBlock.of("$L", ((IdentifierTree) tree).getName());
      case MEMBER_SELECT -> CodeBlock.of("$L", ((MemberSelectTree) tree).getIdentifier());
      case ANNOTATED_TYPE ->
          simpleClassName(child(path, ((AnnotatedTypeTree) tree).getUnderlyingType()));
      case PARAMETERIZED_TYPE -> {
        ParameterizedTypeTree parameterized = (ParameterizedTypeTree) tree;
        yield CodeBlock.of(
            "$L<$L>",
            simpleClassName(child(path, parameterized.getType())),
            joined(path, parameterized.getTypeArguments(), ", "));
      }
      default -> throw new UnsupportedConstruct(path, "unexpected class name " + tree.getKind());
    };
  }

  private CodeBlock namedType(TreePath path) {
    Element element = context.element(path);
    if (element instanceof TypeParameterElement) {
      return CodeBlock.of("$L", element.getSimpleName());
    }
    assert element instanceof TypeElement : element.getKind() + " used as a type";
    if (path.getLeaf() instanceof MemberSelectTree select
        && select.getExpression().getKind() == Tree.Kind.PARAMETERIZED_TYPE) {
      // Outer<String>.Inner: the qualifier carries type arguments that a class name would drop.
      return CodeBlock.of(
          "$L.$L", type(child(path, select.getExpression())), select.getIdentifier());
    }
    return context.resolver.typeName(path, (TypeElement) element);
  }

  private CodeBlock parameterized(TreePath path, ParameterizedTypeTree tree) {
    // An empty argument list is the diamond, which must stay a diamond.
    return CodeBlock.of(
        "$L<$L>", type(child(path, tree.getType())), joined(path, tree.getTypeArguments(), ", "));
  }

  private CodeBlock joined(TreePath parent, List<? extends Tree> types, String separator) {
    return types.stream().map(t -> type(child(parent, t))).collect(CodeBlock.joining(separator));
  }
}
