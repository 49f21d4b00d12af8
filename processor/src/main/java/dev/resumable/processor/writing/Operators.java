package dev.resumable.processor.writing;

import com.sun.source.tree.Tree.Kind;
import java.util.EnumMap;
import java.util.Map;

/** Source spelling of the operators of unary, binary and compound assignment trees. */
final class Operators {
  private static final Map<Kind, String> SPELLINGS = new EnumMap<>(Kind.class);

  static {
    SPELLINGS.put(Kind.POSTFIX_INCREMENT, "++");
    SPELLINGS.put(Kind.POSTFIX_DECREMENT, "--");
    SPELLINGS.put(Kind.PREFIX_INCREMENT, "++");
    SPELLINGS.put(Kind.PREFIX_DECREMENT, "--");
    SPELLINGS.put(Kind.UNARY_PLUS, "+");
    SPELLINGS.put(Kind.UNARY_MINUS, "-");
    SPELLINGS.put(Kind.BITWISE_COMPLEMENT, "~");
    SPELLINGS.put(Kind.LOGICAL_COMPLEMENT, "!");
    SPELLINGS.put(Kind.MULTIPLY, "*");
    SPELLINGS.put(Kind.DIVIDE, "/");
    SPELLINGS.put(Kind.REMAINDER, "%");
    SPELLINGS.put(Kind.PLUS, "+");
    SPELLINGS.put(Kind.MINUS, "-");
    SPELLINGS.put(Kind.LEFT_SHIFT, "<<");
    SPELLINGS.put(Kind.RIGHT_SHIFT, ">>");
    SPELLINGS.put(Kind.UNSIGNED_RIGHT_SHIFT, ">>>");
    SPELLINGS.put(Kind.LESS_THAN, "<");
    SPELLINGS.put(Kind.GREATER_THAN, ">");
    SPELLINGS.put(Kind.LESS_THAN_EQUAL, "<=");
    SPELLINGS.put(Kind.GREATER_THAN_EQUAL, ">=");
    SPELLINGS.put(Kind.EQUAL_TO, "==");
    SPELLINGS.put(Kind.NOT_EQUAL_TO, "!=");
    SPELLINGS.put(Kind.AND, "&");
    SPELLINGS.put(Kind.XOR, "^");
    SPELLINGS.put(Kind.OR, "|");
    SPELLINGS.put(Kind.CONDITIONAL_AND, "&&");
    SPELLINGS.put(Kind.CONDITIONAL_OR, "||");
    SPELLINGS.put(Kind.MULTIPLY_ASSIGNMENT, "*=");
    SPELLINGS.put(Kind.DIVIDE_ASSIGNMENT, "/=");
    SPELLINGS.put(Kind.REMAINDER_ASSIGNMENT, "%=");
    SPELLINGS.put(Kind.PLUS_ASSIGNMENT, "+=");
    SPELLINGS.put(Kind.MINUS_ASSIGNMENT, "-=");
    SPELLINGS.put(Kind.LEFT_SHIFT_ASSIGNMENT, "<<=");
    SPELLINGS.put(Kind.RIGHT_SHIFT_ASSIGNMENT, ">>=");
    SPELLINGS.put(Kind.UNSIGNED_RIGHT_SHIFT_ASSIGNMENT, ">>>=");
    SPELLINGS.put(Kind.AND_ASSIGNMENT, "&=");
    SPELLINGS.put(Kind.XOR_ASSIGNMENT, "^=");
    SPELLINGS.put(Kind.OR_ASSIGNMENT, "|=");
  }

  private Operators() {}

  static String of(Kind kind) {
    String spelling = SPELLINGS.get(kind);
    assert spelling != null : kind + " is not an operator";
    return spelling;
  }

  /** The binary operator a compound assignment applies: {@code +} for {@code +=}. */
  static String ofCompound(Kind compound) {
    String spelling = of(compound);
    assert spelling.endsWith("=") : compound + " is not a compound assignment";
    return spelling.substring(0, spelling.length() - 1);
  }

  static boolean isPostfix(Kind kind) {
    return kind == Kind.POSTFIX_INCREMENT || kind == Kind.POSTFIX_DECREMENT;
  }
}
