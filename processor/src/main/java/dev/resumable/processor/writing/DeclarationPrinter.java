package dev.resumable.processor.writing;

import static dev.resumable.processor.writing.PrintContext.child;

import com.palantir.javapoet.CodeBlock;
import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ArrayTypeTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;

/**
 * Prints declarations: variables of every sort, and the classes declared inside the method (local
 * classes, records, enums and interfaces, and anonymous class bodies) with all members.
 */
final class DeclarationPrinter {
  private final PrintContext context;

  DeclarationPrinter(PrintContext context) {
    this.context = context;
  }

  /**
   * A variable declaration without terminator: {@code final var x = init}, a parameter, a catch or
   * pattern variable, or an implicitly typed lambda parameter (just its name).
   */
  CodeBlock variable(TreePath path) {
    VariableTree variable = (VariableTree) path.getLeaf();
    CodeBlock.Builder out = CodeBlock.builder();
    SourceText.DeclaredType declared = context.source.declaredType(variable);
    // After attribution the tree holds the inferred type even where the source had none.
    if (declared != SourceText.DeclaredType.IMPLICIT) {
      out.add("$L", modifiers(child(path, variable.getModifiers())));
      out.add("$L ", declared == SourceText.DeclaredType.VAR ? "var" : variableType(path));
    }
    out.add("$L", variableName(path));
    if (variable.getInitializer() != null) {
      out.add(" = $L", context.expressions.expression(child(path, variable.getInitializer())));
    }
    return out.build();
  }

  /** The declared name of a variable, renamed if it is a local. */
  CodeBlock variableName(TreePath path) {
    Element element = context.element(path);
    return Resolver.isLocal(element)
        ? CodeBlock.of("$L", context.resolver.localName((VariableElement) element))
        : CodeBlock.of("$L", element.getSimpleName());
  }

  /** Annotations and modifier keywords, each followed by a space. */
  CodeBlock modifiers(TreePath path) {
    ModifiersTree modifiers = (ModifiersTree) path.getLeaf();
    CodeBlock.Builder out = CodeBlock.builder();
    for (AnnotationTree annotation : modifiers.getAnnotations()) {
      out.add("$L ", annotation(child(path, annotation)));
    }
    // Flags come in the conventional order of the Modifier enum.
    for (Modifier modifier : modifiers.getFlags()) {
      out.add("$L ", modifier);
    }
    return out.build();
  }

  CodeBlock annotation(TreePath path) {
    AnnotationTree annotation = (AnnotationTree) path.getLeaf();
    CodeBlock type = context.types.type(child(path, annotation.getAnnotationType()));
    if (annotation.getArguments().isEmpty()) {
      return CodeBlock.of("@$L", type);
    }
    List<CodeBlock> arguments = new ArrayList<>();
    for (ExpressionTree argument : annotation.getArguments()) {
      TreePath argumentPath = child(path, argument);
      if (argument instanceof AssignmentTree named
          && named.getVariable() instanceof IdentifierTree element) {
        // name = value: the name is an annotation element, not something to resolve.
        arguments.add(
            CodeBlock.of(
                "$L = $L",
                element.getName(),
                context.expressions.expression(child(argumentPath, named.getExpression()))));
      } else {
        arguments.add(context.expressions.expression(argumentPath));
      }
    }
    return CodeBlock.of("@$L($L)", type, CodeBlock.join(arguments, ", "));
  }

  /** A complete class, interface, enum or record declaration, ending with a newline. */
  CodeBlock classDeclaration(TreePath path) {
    ClassTree declaration = (ClassTree) path.getLeaf();
    CodeBlock.Builder out = CodeBlock.builder();
    out.add("$L", modifiers(child(path, declaration.getModifiers())));
    out.add("$L $L", keyword(path, declaration), declaration.getSimpleName());
    out.add("$L", context.types.typeParameters(path, declaration.getTypeParameters()));
    if (declaration.getKind() == Tree.Kind.RECORD) {
      out.add("$L", recordHeader(path, declaration));
    }
    if (declaration.getExtendsClause() != null) {
      out.add(" extends $L", context.types.type(child(path, declaration.getExtendsClause())));
    }
    if (!declaration.getImplementsClause().isEmpty()) {
      // An interface lists its superinterfaces in the implements clause of the tree.
      boolean isInterface = declaration.getKind() == Tree.Kind.INTERFACE;
      out.add(
          isInterface ? " extends $L" : " implements $L",
          declaration.getImplementsClause().stream()
              .map(t -> context.types.type(child(path, t)))
              .collect(CodeBlock.joining(", ")));
    }
    return out.add(" $L\n", classBody(path)).build();
  }

  /** The braces and members of a class; also the body of an anonymous class. */
  CodeBlock classBody(TreePath path) {
    ClassTree declaration = (ClassTree) path.getLeaf();
    CodeBlock.Builder out = CodeBlock.builder().add("{\n$>");
    List<CodeBlock> enumConstants = new ArrayList<>();
    List<CodeBlock> members = new ArrayList<>();
    // Default constructors are synthetic and record components belong in the header.
    for (Tree member : declaration.getMembers()) {
      TreePath memberPath = child(path, member);
      if (isEnumConstant(memberPath)) {
        enumConstants.add(enumConstant(memberPath));
      } else if (!context.source.isSynthetic(member) && !isRecordComponent(memberPath)) {
        members.add(member(memberPath));
      }
    }
    // The body of an enum constant is an anonymous class, and has no constants of its own.
    boolean isNamedEnum =
        declaration.getKind() == Tree.Kind.ENUM && declaration.getSimpleName().length() > 0;
    if (isNamedEnum) {
      out.add("$L;\n", CodeBlock.join(enumConstants, ",\n"));
    }
    members.forEach(out::add);
    return out.add("$<}").build();
  }

  private CodeBlock member(TreePath path) {
    Tree member = path.getLeaf();
    return switch (member.getKind()) {
      case VARIABLE -> CodeBlock.of("$L;\n", variable(path));
      case METHOD -> method(path);
      case BLOCK ->
          CodeBlock.of(
              "$L$L\n",
              ((BlockTree) member).isStatic() ? "static " : "",
              context.statements.block(path));
      case CLASS, INTERFACE, ENUM, RECORD, ANNOTATION_TYPE -> classDeclaration(path);
      case EMPTY_STATEMENT -> CodeBlock.of("");
      default -> throw new UnsupportedConstruct(path, "unexpected member " + member.getKind());
    };
  }

  private CodeBlock method(TreePath path) {
    MethodTree method = (MethodTree) path.getLeaf();
    CodeBlock.Builder out = CodeBlock.builder();
    out.add("$L", modifiers(child(path, method.getModifiers())));
    CodeBlock typeParameters = context.types.typeParameters(path, method.getTypeParameters());
    if (!typeParameters.isEmpty()) {
      out.add("$L ", typeParameters);
    }
    boolean isConstructor = method.getReturnType() == null;
    // Constructor trees are named <init>; the source used the class name.
    if (isConstructor) {
      out.add("$L", context.element(path).getEnclosingElement().getSimpleName());
    } else {
      out.add("$L $L", context.types.type(child(path, method.getReturnType())), method.getName());
    }
    if (!isConstructor || !context.source.isCompactConstructor(method)) {
      out.add(
          "($L)",
          method.getParameters().stream()
              .map(p -> variable(child(path, p)))
              .collect(CodeBlock.joining(", ")));
    }
    if (!method.getThrows().isEmpty()) {
      out.add(
          " throws $L",
          method.getThrows().stream()
              .map(t -> context.types.type(child(path, t)))
              .collect(CodeBlock.joining(", ")));
    }
    if (method.getDefaultValue() != null) {
      out.add(" default $L", context.expressions.expression(child(path, method.getDefaultValue())));
    }
    return method.getBody() == null
        ? out.add(";\n").build()
        : out.add(" $L\n", context.statements.block(child(path, method.getBody()))).build();
  }

  /** {@code (int x, String... rest)} from the component fields javac derived from the header. */
  private CodeBlock recordHeader(TreePath path, ClassTree record) {
    List<CodeBlock> components = new ArrayList<>();
    for (Tree member : record.getMembers()) {
      TreePath memberPath = child(path, member);
      if (isRecordComponent(memberPath)) {
        VariableTree field = (VariableTree) member;
        // The field carries the implicit "private final"; only annotations were written.
        CodeBlock.Builder component = CodeBlock.builder();
        TreePath modifiers = child(memberPath, field.getModifiers());
        for (AnnotationTree annotation : field.getModifiers().getAnnotations()) {
          component.add("$L ", annotation(child(modifiers, annotation)));
        }
        components.add(component.add("$L $L", variableType(memberPath), field.getName()).build());
      }
    }
    return CodeBlock.of("($L)", CodeBlock.join(components, ", "));
  }

  private boolean isRecordComponent(TreePath memberPath) {
    return memberPath.getParentPath().getLeaf().getKind() == Tree.Kind.RECORD
        && memberPath.getLeaf() instanceof VariableTree
        && !context.element(memberPath).getModifiers().contains(Modifier.STATIC);
  }

  private boolean isEnumConstant(TreePath memberPath) {
    return memberPath.getLeaf() instanceof VariableTree
        && context.element(memberPath).getKind() == ElementKind.ENUM_CONSTANT;
  }

  /** {@code NAME}, {@code NAME(args)} or {@code NAME(args) { body }}. */
  private CodeBlock enumConstant(TreePath path) {
    VariableTree constant = (VariableTree) path.getLeaf();
    CodeBlock.Builder out = CodeBlock.builder();
    // The modifiers hold the implicit "public static final"; only annotations were written.
    TreePath modifiers = child(path, constant.getModifiers());
    for (AnnotationTree annotation : constant.getModifiers().getAnnotations()) {
      out.add("$L ", annotation(child(modifiers, annotation)));
    }
    out.add("$L", constant.getName());
    TreePath creationPath = child(path, constant.getInitializer());
    NewClassTree creation = (NewClassTree) creationPath.getLeaf();
    if (!creation.getArguments().isEmpty()) {
      out.add("($L)", context.expressions.expressions(creationPath, creation.getArguments(), ", "));
    }
    if (creation.getClassBody() != null) {
      out.add(" $L", classBody(child(creationPath, creation.getClassBody())));
    }
    return out.build();
  }

  /** The written type of a variable, with {@code ...} restored for variable arity. */
  private CodeBlock variableType(TreePath path) {
    VariableTree variable = (VariableTree) path.getLeaf();
    TreePath type = child(path, variable.getType());
    if (context.source.isVarargs(variable)) {
      TreePath element = child(type, ((ArrayTypeTree) type.getLeaf()).getType());
      return CodeBlock.of("$L...", context.types.type(element));
    }
    return context.types.type(type);
  }

  private static String keyword(TreePath path, ClassTree declaration) {
    return switch (declaration.getKind()) {
      case CLASS -> "class";
      case INTERFACE -> "interface";
      case ENUM -> "enum";
      case RECORD -> "record";
      case ANNOTATION_TYPE -> "@interface";
      default -> throw new UnsupportedConstruct(path, "unexpected class " + declaration.getKind());
    };
  }
}
