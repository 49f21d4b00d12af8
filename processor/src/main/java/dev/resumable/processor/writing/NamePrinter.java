package dev.resumable.processor.writing;

import static dev.resumable.processor.writing.PrintContext.child;

import com.palantir.javapoet.CodeBlock;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Prints the expressions whose meaning depends on name resolution: identifiers, member selects,
 * invocations, instance creation and method references. Each is re-qualified so that it finds the
 * same symbol from the generated class (see {@link Resolver}).
 */
final class NamePrinter {
  private final PrintContext context;

  NamePrinter(PrintContext context) {
    this.context = context;
  }

  CodeBlock identifier(TreePath path) {
    String name = ((IdentifierTree) path.getLeaf()).getName().toString();
    if (name.equals("this")) {
      return thisReference(path);
    }
    if (name.equals("super")) {
      return superReference(path);
    }
    Element element = context.element(path);
    if (Resolver.isLocal(element)) {
      return CodeBlock.of("$L", context.resolver.localName((VariableElement) element));
    }
    return switch (element.getKind()) {
      case FIELD, ENUM_CONSTANT -> unqualifiedField(path, element);
      case CLASS, INTERFACE, ENUM, RECORD, ANNOTATION_TYPE, TYPE_PARAMETER ->
          context.types.type(path);
      case METHOD, PACKAGE -> // An annotation element name, or a package starting a name.
          CodeBlock.of("$L", name);
      default -> throw new UnsupportedConstruct(path, "unexpected name of a " + element.getKind());
    };
  }

  CodeBlock memberSelect(TreePath path) {
    MemberSelectTree select = (MemberSelectTree) path.getLeaf();
    String name = select.getIdentifier().toString();
    TreePath qualifier = child(path, select.getExpression());
    switch (name) {
      case "class":
        return CodeBlock.of("$L.class", context.types.type(qualifier));
      case "this":
        return qualifiedThis(path, qualifier);
      case "super":
        return qualifiedSuper(path, qualifier);
      default:
        break;
    }
    Element element = context.element(path);
    // A qualified type name is printed whole, so that JavaPoet can import it.
    if (element instanceof TypeElement) {
      return context.types.type(path);
    }
    if (element.getKind() == ElementKind.PACKAGE) {
      return CodeBlock.of("$L", select);
    }
    return CodeBlock.of("$L.$L", context.expressions.expression(qualifier), name);
  }

  CodeBlock invocation(TreePath path) {
    MethodInvocationTree invocation = (MethodInvocationTree) path.getLeaf();
    TreePath select = child(path, invocation.getMethodSelect());
    CodeBlock typeArguments = context.types.typeArguments(path, invocation.getTypeArguments());
    CodeBlock arguments = context.expressions.expressions(path, invocation.getArguments(), ", ");
    Element method = context.element(select);
    if (select.getLeaf() instanceof MemberSelectTree member) {
      return CodeBlock.of(
          "$L.$L$L($L)",
          context.expressions.expression(child(select, member.getExpression())),
          typeArguments,
          member.getIdentifier(),
          arguments);
    }
    String name = ((IdentifierTree) select.getLeaf()).getName().toString();
    if (name.equals("this") || name.equals("super")) {
      // An explicit constructor call; only copied constructors can contain one.
      assert !context.resolver.isInWorkflowMethodScope(path) : "constructor call in the method";
      return CodeBlock.of("$L$L($L)", typeArguments, name, arguments);
    }
    CodeBlock qualifier = implicitQualifier(select, method);
    // Explicit type arguments need a qualifier, so the source had one unless there are none.
    assert !qualifier.isEmpty() || typeArguments.isEmpty() : "type arguments without qualifier";
    return CodeBlock.of("$L$L$L($L)", qualifier, typeArguments, name, arguments);
  }

  CodeBlock newClass(TreePath path) {
    NewClassTree creation = (NewClassTree) path.getLeaf();
    TreePath identifier = child(path, creation.getIdentifier());
    CodeBlock typeArguments = context.types.typeArguments(path, creation.getTypeArguments());
    CodeBlock arguments = context.expressions.expressions(path, creation.getArguments(), ", ");
    TypeElement created = (TypeElement) context.element(identifier);
    CodeBlock.Builder out = CodeBlock.builder();
    // Only the simple name is written after "outer.new".
    if (creation.getEnclosingExpression() != null) {
      out.add(
          "$L.new $L$L",
          context.expressions.expression(child(path, creation.getEnclosingExpression())),
          typeArguments,
          context.types.simpleClassName(identifier));
    } else if (needsOuterInstance(created)
        && context.resolver.implicitQualifier(path, outerOf(created)) == Resolver.Qualifier.SELF) {
      // The outer instance was the implicit this of the workflow class.
      out.add(
          "$L.new $L$L",
          context.rewrites.self(),
          typeArguments,
          context.types.simpleClassName(identifier));
    } else {
      out.add("new $L$L", typeArguments, context.types.type(identifier));
    }
    out.add("($L)", arguments);
    if (creation.getClassBody() != null) {
      out.add(" $L", context.declarations.classBody(child(path, creation.getClassBody())));
    }
    return out.build();
  }

  CodeBlock memberReference(TreePath path) {
    MemberReferenceTree reference = (MemberReferenceTree) path.getLeaf();
    TreePath qualifier = child(path, reference.getQualifierExpression());
    boolean isConstructor = reference.getMode() == MemberReferenceTree.ReferenceMode.NEW;
    if (isConstructor
        && qualifier.getLeaf().getKind() != Tree.Kind.ARRAY_TYPE
        && context.element(qualifier) instanceof TypeElement created
        && needsOuterInstance(created)
        && context.resolver.implicitQualifier(path, outerOf(created)) == Resolver.Qualifier.SELF) {
      throw new UnsupportedConstruct(
          path, "constructor reference to an inner class of the workflow class");
    }
    return CodeBlock.of(
        "$L::$L$L",
        context.expressions.expression(qualifier),
        context.types.typeArguments(path, reference.getTypeArguments()),
        isConstructor ? "new" : reference.getName());
  }

  /** A field named without qualifier: static ones get their class, instance ones an owner. */
  private CodeBlock unqualifiedField(TreePath path, Element field) {
    String name = field.getSimpleName().toString();
    if (field.getKind() == ElementKind.ENUM_CONSTANT
        && path.getParentPath().getLeaf().getKind() == Tree.Kind.CASE) {
      // Java 17 rejects qualified enum constants as case labels.
      return CodeBlock.of("$L", name);
    }
    return CodeBlock.of("$L$L", implicitQualifier(path, field), name);
  }

  /**
   * What goes before an unqualified member name: its class for static members, the workflow object
   * for its own members, and nothing for members of copied classes.
   */
  private CodeBlock implicitQualifier(TreePath path, Element member) {
    TypeElement owner = (TypeElement) member.getEnclosingElement();
    if (member.getModifiers().contains(Modifier.STATIC)) {
      // Inside the copied class that has it, the name still resolves; anonymous classes, which
      // may declare static members since Java 16, could not be named anyway.
      return context.resolver.isInheritedByEnclosingCopiedClass(path, owner)
          ? CodeBlock.of("")
          : CodeBlock.of("$L.", context.resolver.typeName(path, owner));
    }
    return switch (context.resolver.implicitQualifier(path, owner)) {
      case NONE -> CodeBlock.of("");
      case SELF -> CodeBlock.of("$L.", context.rewrites.self());
    };
  }

  private CodeBlock thisReference(TreePath path) {
    TypeElement meant = (TypeElement) context.element(path).getEnclosingElement();
    if (context.resolver.isDeclaredInMethod(meant)) {
      return CodeBlock.of("this");
    }
    if (meant.equals(context.workflowClass)) {
      return context.rewrites.self();
    }
    throw new UnsupportedConstruct(path, "reference to an instance enclosing the workflow class");
  }

  private CodeBlock superReference(TreePath path) {
    TypeElement meant = (TypeElement) context.element(path).getEnclosingElement();
    if (context.resolver.isDeclaredInMethod(meant)) {
      return CodeBlock.of("super");
    }
    throw new UnsupportedConstruct(
        path, "super of the workflow class cannot be reached from generated code");
  }

  /** {@code Outer.this}: the workflow class becomes the workflow object. */
  private CodeBlock qualifiedThis(TreePath path, TreePath qualifier) {
    TypeElement meant = (TypeElement) context.element(qualifier);
    if (context.resolver.isDeclaredInMethod(meant)) {
      return CodeBlock.of("$L.this", context.types.type(qualifier));
    }
    if (meant.equals(context.workflowClass)) {
      return context.rewrites.self();
    }
    throw new UnsupportedConstruct(path, "reference to an instance enclosing the workflow class");
  }

  /**
   * {@code Type.super}: either an enclosing class's superclass or, for an interface, a direct
   * superinterface of the current class; only copied classes can use either.
   */
  private CodeBlock qualifiedSuper(TreePath path, TreePath qualifier) {
    TypeElement named = (TypeElement) context.element(qualifier);
    boolean reachable =
        named.getKind().isInterface()
            ? !context.resolver.isInWorkflowMethodScope(path)
            : context.resolver.isDeclaredInMethod(named);
    if (!reachable) {
      throw new UnsupportedConstruct(
          path, "super of the workflow class cannot be reached from generated code");
    }
    return CodeBlock.of("$L.super", context.types.type(qualifier));
  }

  private static boolean needsOuterInstance(TypeElement type) {
    return type.getNestingKind() == NestingKind.MEMBER
        && type.getKind() == ElementKind.CLASS
        && !type.getModifiers().contains(Modifier.STATIC);
  }

  private static TypeElement outerOf(TypeElement member) {
    return (TypeElement) member.getEnclosingElement();
  }
}
