package dev.resumable.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeParameterTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Decides how a symbol of the original method is named from the generated class.
 *
 * <p>Classes declared inside the method (anonymous and local ones, and everything nested in them)
 * are copied along with the code, so lexical scoping inside them is unchanged. Everything else is
 * seen from a different top-level class and must be qualified explicitly.
 */
final class Resolver {
  /** How an implicit {@code this} in front of an instance member must be written. */
  enum Qualifier {
    /** The member belongs to a copied class, whose implicit {@code this} still works. */
    NONE,
    /** The member belongs to the workflow object: write {@code self().member}. */
    SELF
  }

  private final PrintContext context;
  private final Map<Tree, Set<String>> namesDeclaredByMethod = new HashMap<>();

  Resolver(PrintContext context) {
    this.context = context;
  }

  /** Whether an element is declared by the code being copied, i.e. inside a local class. */
  boolean isDeclaredInMethod(Element element) {
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      if (e instanceof TypeElement type) {
        NestingKind nesting = type.getNestingKind();
        if (nesting == NestingKind.LOCAL || nesting == NestingKind.ANONYMOUS) {
          return true;
        }
      }
    }
    return false;
  }

  /** Copied classes whose bodies contain {@code use}, innermost first. */
  List<TypeElement> enclosingCopiedClasses(TreePath use) {
    List<TypeElement> classes = new ArrayList<>();
    for (TreePath p = use.getParentPath(); p != null; p = p.getParentPath()) {
      if (p.getLeaf() instanceof ClassTree) {
        TypeElement type = (TypeElement) context.element(p);
        if (!isDeclaredInMethod(type)) {
          break;
        }
        classes.add(type);
      }
    }
    return classes;
  }

  /** Whether {@code use} sits in the workflow method itself rather than in a copied class. */
  boolean isInWorkflowMethodScope(TreePath use) {
    return enclosingCopiedClasses(use).isEmpty();
  }

  /**
   * How to reach an instance member (or the outer instance of an inner class) that the source
   * reached through an implicit {@code this}: javac picked the innermost enclosing class that has
   * it, which is either a copied class or the workflow class.
   */
  Qualifier implicitQualifier(TreePath use, TypeElement owner) {
    if (isInheritedByEnclosingCopiedClass(use, owner)) {
      return Qualifier.NONE;
    }
    if (inherits(context.workflowClass, owner)) {
      return Qualifier.SELF;
    }
    throw new UnsupportedConstruct(use, "member of an instance enclosing the workflow class");
  }

  /** Whether a copied class around {@code use} is or inherits from {@code owner}. */
  boolean isInheritedByEnclosingCopiedClass(TreePath use, TypeElement owner) {
    return enclosingCopiedClasses(use).stream().anyMatch(copied -> inherits(copied, owner));
  }

  /** Whether {@code type} is {@code ancestor} or inherits from it. */
  static boolean inherits(TypeElement type, TypeElement ancestor) {
    Deque<TypeElement> pending = new ArrayDeque<>(List.of(type));
    Set<TypeElement> seen = new HashSet<>();
    while (!pending.isEmpty()) {
      TypeElement next = pending.pop();
      if (next.equals(ancestor)) {
        return true;
      }
      if (seen.add(next)) {
        addIfDeclared(pending, next.getSuperclass());
        next.getInterfaces().forEach(i -> addIfDeclared(pending, i));
      }
    }
    return false;
  }

  private static void addIfDeclared(Deque<TypeElement> pending, TypeMirror type) {
    if (type instanceof DeclaredType declared) {
      pending.push((TypeElement) declared.asElement());
    }
  }

  /** A reference to a type, as {@code $T} unless the type is declared inside the method. */
  CodeBlock typeName(TreePath use, TypeElement type) {
    if (isDeclaredInMethod(type)) {
      return CodeBlock.of("$L", copiedTypeName(type));
    }
    ClassName name = ClassName.get(type);
    if (namesDeclaredInWorkflowMethod(use).contains(name.topLevelClassName().simpleName())) {
      // A local class or type variable would shadow the simple name that an import brings in.
      return CodeBlock.of("$L", name.canonicalName());
    }
    return CodeBlock.of("$T", name);
  }

  /**
   * Simple names of the classes and type variables that the workflow method (around {@code use})
   * declares, and of the workflow class's type variables: in the generated method they hide
   * imported classes of the same name.
   */
  private Set<String> namesDeclaredInWorkflowMethod(TreePath use) {
    TreePath method = use;
    while (method != null && !isWorkflowMethod(method)) {
      method = method.getParentPath();
    }
    if (method == null) {
      return Set.of();
    }
    return namesDeclaredByMethod.computeIfAbsent(
        method.getLeaf(),
        tree -> {
          Set<String> names = new HashSet<>();
          context.workflowClass.getTypeParameters().forEach(t -> names.add(t.toString()));
          new TreeScanner<Void, Void>() {
            @Override
            public Void visitClass(ClassTree declared, Void unused) {
              names.add(declared.getSimpleName().toString());
              return super.visitClass(declared, unused);
            }

            @Override
            public Void visitTypeParameter(TypeParameterTree declared, Void unused) {
              names.add(declared.getName().toString());
              return super.visitTypeParameter(declared, unused);
            }
          }.scan(tree, null);
          return names;
        });
  }

  /** Whether a path leads to the workflow method rather than a method of a copied class. */
  boolean isWorkflowMethod(TreePath path) {
    return path.getLeaf() instanceof MethodTree
        && path.getParentPath().getLeaf() instanceof ClassTree
        && !isDeclaredInMethod(context.element(path.getParentPath()));
  }

  /**
   * Name of a type declared inside the method, as visible where it is used: a local class is in
   * scope by its simple name, members of it are qualified by it, and members of anonymous classes
   * are only ever used by simple name from within.
   */
  private static String copiedTypeName(TypeElement type) {
    String name = type.getSimpleName().toString();
    if (type.getNestingKind() == NestingKind.MEMBER
        && type.getEnclosingElement() instanceof TypeElement outer
        && outer.getNestingKind() != NestingKind.ANONYMOUS) {
      return copiedTypeName(outer) + "." + name;
    }
    assert type.getNestingKind() != NestingKind.ANONYMOUS : "anonymous classes have no name";
    return name;
  }

  /** Name of a local variable or parameter, as the caller wants it. */
  String localName(VariableElement local) {
    assert isLocal(local) : local.getKind() + " " + local;
    if (isCanonicalRecordParameter(local)) {
      // Compact constructors declare these implicitly and canonical ones must match the header.
      return local.getSimpleName().toString();
    }
    return context.rewrites.localName(local);
  }

  static boolean isLocal(Element element) {
    return switch (element.getKind()) {
      case LOCAL_VARIABLE, PARAMETER, EXCEPTION_PARAMETER, RESOURCE_VARIABLE, BINDING_VARIABLE ->
          true;
      default -> false;
    };
  }

  private static boolean isCanonicalRecordParameter(VariableElement local) {
    if (local.getKind() != ElementKind.PARAMETER
        || local.getEnclosingElement().getKind() != ElementKind.CONSTRUCTOR
        || local.getEnclosingElement().getEnclosingElement().getKind() != ElementKind.RECORD) {
      return false;
    }
    var constructor = (ExecutableElement) local.getEnclosingElement();
    var record = (TypeElement) constructor.getEnclosingElement();
    List<? extends RecordComponentElement> components = record.getRecordComponents();
    List<? extends VariableElement> parameters = constructor.getParameters();
    if (components.size() != parameters.size()) {
      return false;
    }
    for (int i = 0; i < components.size(); i++) {
      if (!components.get(i).getSimpleName().equals(parameters.get(i).getSimpleName())) {
        return false;
      }
    }
    return true;
  }
}
