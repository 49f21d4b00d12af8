package dev.resumable.processor.writing;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LambdaExpressionTree;
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
    // Inferred either way; the source shows whether the keyword was there.
    long from = positions.getEndPosition(unit, variable.getModifiers());
    if (from == Diagnostic.NOPOS) {
      from = positions.getStartPosition(unit, variable);
    }
    return startsWithVarKeyword((int) from) ? DeclaredType.VAR : DeclaredType.IMPLICIT;
  }

  /** Whether the lambda's parameter list was written with {@code var}. */
  boolean hasVarParameters(LambdaExpressionTree lambda) {
    return !lambda.getParameters().isEmpty()
        && declaredType(lambda.getParameters().get(0)) == DeclaredType.VAR;
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
   * Whether a record constructor is compact ({@code Point { ... }}): its parameters are not in
   * the source but copied from the record header.
   */
  boolean isCompactConstructor(MethodTree constructor) {
    return !constructor.getParameters().isEmpty()
        && constructor.getParameters().stream().allMatch(this::isSynthetic);
  }

  private boolean startsWithVarKeyword(int from) {
    String text = content();
    int at = skipBlanksAndComments(text, from);
    if (!regionIs(text, at, "var")) {
      return false;
    }
    int afterKeyword = at + 3;
    // "var" alone may also be an implicitly typed parameter named var.
    int name = skipBlanksAndComments(text, afterKeyword);
    return name > afterKeyword
        && name < text.length()
        && Character.isJavaIdentifierStart(text.charAt(name));
  }

  private static boolean regionIs(String text, int at, String word) {
    return text.startsWith(word, at)
        && (at + word.length() == text.length()
            || !Character.isJavaIdentifierPart(text.charAt(at + word.length())));
  }

  private static int skipBlanksAndComments(String text, int at) {
    while (at < text.length()) {
      char c = text.charAt(at);
      if (Character.isWhitespace(c)) {
        at++;
      } else if (c == '/' && at + 1 < text.length() && text.charAt(at + 1) == '/') {
        while (at < text.length() && text.charAt(at) != '\n') {
          at++;
        }
      } else if (c == '/' && at + 1 < text.length() && text.charAt(at + 1) == '*') {
        int close = text.indexOf("*/", at + 2);
        at = close < 0 ? text.length() : close + 2;
      } else {
        break;
      }
    }
    return at;
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
