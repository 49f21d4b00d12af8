package dev.resumable.processor.writing;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.SourcePositions;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.tools.Diagnostic;

/**
 * Facts that only the original source text can tell: exact literal spellings, whether a type was
 * written or inferred, and which trees javac synthesized during attribution.
 */
final class SourceText {
  /** How the type of a variable declaration was written. */
  enum DeclaredType {
    /** Spelled out, e.g. {@code String s}. */
    EXPLICIT,
    /** The keyword {@code var}. */
    VAR,
    /** Omitted, as for implicitly typed lambda parameters. */
    IMPLICIT
  }

  private final SourcePositions positions;
  private final CompilationUnitTree unit;
  private String content;

  SourceText(SourcePositions positions, CompilationUnitTree unit) {
    this.positions = positions;
    this.unit = unit;
  }

  /** The exact source text of a tree that came from the source file. */
  String text(Tree tree) {
    long start = positions.getStartPosition(unit, tree);
    long end = positions.getEndPosition(unit, tree);
    assert start != Diagnostic.NOPOS && end != Diagnostic.NOPOS : "no source for " + tree;
    return content().substring((int) start, (int) end);
  }

  /**
   * Whether javac made the tree up: attribution fills in inferred types, default constructors and
   * implicit {@code super()} calls, none of which have an end position in the source.
   */
  boolean isSynthetic(Tree tree) {
    return positions.getEndPosition(unit, tree) == Diagnostic.NOPOS;
  }

  DeclaredType declaredType(VariableTree variable) {
    if (variable.getType() == null) {
      return DeclaredType.IMPLICIT;
    }
    if (!isSynthetic(variable.getType())) {
      return DeclaredType.EXPLICIT;
    }
    // Inferred either way; the source shows whether "var" precedes the name. Modifier positions
    // cannot help: javac gives implicitly final resources modifiers spanning the type.
    long from = positions.getStartPosition(unit, variable);
    long to =
        variable.getInitializer() == null
            ? positions.getEndPosition(unit, variable)
            : positions.getStartPosition(unit, variable.getInitializer());
    String declarator = content().substring((int) from, (int) to).strip();
    if (declarator.endsWith("=")) {
      declarator = declarator.substring(0, declarator.length() - 1).strip();
    }
    String beforeName = withoutTrailingIdentifier(declarator).stripTrailing();
    return withoutTrailingIdentifier(beforeName).length() == beforeName.length() - 3
            && beforeName.endsWith("var")
        ? DeclaredType.VAR
        : DeclaredType.IMPLICIT;
  }

  /** Whether a parameter was declared {@code T... name} rather than {@code T[] name}. */
  boolean isVarargs(VariableTree parameter) {
    Tree type = parameter.getType();
    return type != null
        && type.getKind() == Tree.Kind.ARRAY_TYPE
        && !isSynthetic(type)
        && text(type).stripTrailing().endsWith("...");
  }

  /**
   * Whether a record constructor is compact ({@code Point { ... }}): its parameters are not in the
   * source but copied from the record header.
   */
  boolean isCompactConstructor(MethodTree constructor) {
    return !constructor.getParameters().isEmpty()
        && constructor.getParameters().stream().allMatch(this::isSynthetic);
  }

  private static String withoutTrailingIdentifier(String text) {
    int end = text.length();
    while (end > 0 && Character.isJavaIdentifierPart(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }

  private String content() {
    if (content == null) {
      try {
        content = unit.getSourceFile().getCharContent(true).toString();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + unit.getSourceFile().getName(), e);
      }
    }
    return content;
  }
}
