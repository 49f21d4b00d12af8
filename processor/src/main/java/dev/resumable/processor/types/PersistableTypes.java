package dev.resumable.processor.types;

import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Which static types the runtime's codecs can store, decided at compile time with the same rules
 * as {@code dev.resumable.codec.Codecs}, so that an unstorable local is a compile error rather
 * than a failure days later.
 */
public final class PersistableTypes {

  private static final Set<String> TEXT_TYPES = Set.of(
      "java.lang.String", "java.math.BigDecimal", "java.math.BigInteger", "java.util.UUID",
      "java.time.Instant", "java.time.LocalDate", "java.time.LocalTime",
      "java.time.LocalDateTime", "java.time.OffsetDateTime", "java.time.OffsetTime",
      "java.time.ZonedDateTime", "java.time.Duration", "java.time.Period", "java.time.Year",
      "java.time.YearMonth", "java.time.MonthDay", "java.time.ZoneId", "java.time.ZoneOffset");

  private static final Set<String> BOXES = Set.of(
      "java.lang.Boolean", "java.lang.Byte", "java.lang.Short", "java.lang.Character",
      "java.lang.Integer", "java.lang.Long", "java.lang.Float", "java.lang.Double");

  private static final Set<String> ONE_ARGUMENT = Set.of(
      "java.util.List", "java.util.Collection", "java.util.ArrayList", "java.util.LinkedList",
      "java.util.Set", "java.util.HashSet", "java.util.LinkedHashSet", "java.util.SortedSet",
      "java.util.NavigableSet", "java.util.TreeSet", "java.util.EnumSet", "java.util.Queue",
      "java.util.Deque", "java.util.ArrayDeque", "java.util.Optional");

  private static final Set<String> MAPS = Set.of(
      "java.util.Map", "java.util.HashMap", "java.util.LinkedHashMap", "java.util.SortedMap",
      "java.util.NavigableMap", "java.util.TreeMap", "java.util.EnumMap");

  private final Types types;
  private final TypeMirror collection;
  private final TypeMirror map;
  private final TypeMirror protobufMessage;
  private final TypeMirror throwable;

  public PersistableTypes(Types types, Elements elements) {
    this.types = types;
    this.collection = types.erasure(elements.getTypeElement("java.util.Collection").asType());
    this.map = types.erasure(elements.getTypeElement("java.util.Map").asType());
    this.throwable = elements.getTypeElement("java.lang.Throwable").asType();
    TypeElement message = elements.getTypeElement("com.google.protobuf.Message");
    this.protobufMessage = message == null ? null : message.asType();
  }

  /** Null if values of {@code type} can be stored; otherwise why not, naming the culprit. */
  public String whyNot(TypeMirror type) {
    return whyNot(type, 0, Set.of());
  }

  /**
   * As {@link #whyNot(TypeMirror)}, where the type variables of {@code method} stand for types
   * that each call states and checks (see {@link TypeVariables#knownFromCallers}).
   */
  public String whyNot(TypeMirror type, javax.lang.model.element.ExecutableElement method) {
    return whyNot(type, 0, Set.copyOf(method.getTypeParameters()));
  }

  private String whyNot(TypeMirror type, int depth, Set<? extends Element> known) {
    if (depth > 32) {
      return type + " nests too deeply";
    }
    if (type.getKind().isPrimitive()) {
      return null;
    }
    switch (type.getKind()) {
      case ARRAY:
        return whyNot(((ArrayType) type).getComponentType(), depth + 1, known);
      case DECLARED:
        return whyNotDeclared((DeclaredType) type, depth, known);
      case TYPEVAR:
        return known.contains(types.asElement(type)) ? null
            : "type variable " + type + " has no known type at compile time";
      case WILDCARD:
        return "wildcard " + type + " has no single type";
      default:
        return type + " is not a class, record, enum or array type";
    }
  }

  private String whyNotDeclared(DeclaredType type, int depth, Set<? extends Element> known) {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    if (TEXT_TYPES.contains(name) || BOXES.contains(name)) {
      return null;
    }
    if (element.getNestingKind() == javax.lang.model.element.NestingKind.LOCAL
        || element.getNestingKind() == javax.lang.model.element.NestingKind.ANONYMOUS) {
      return element.getSimpleName() + " is declared inside a method, so a stored frame could"
          + " not name it; declare it as a member of the class";
    }
    if (element.getKind() == ElementKind.ENUM) {
      return null;
    }
    List<? extends TypeMirror> arguments = type.getTypeArguments();
    if (ONE_ARGUMENT.contains(name) || MAPS.contains(name)) {
      if (arguments.isEmpty()) {
        return "raw " + name + " says nothing of its elements; add type arguments";
      }
      for (TypeMirror argument : arguments) {
        String why = whyNot(argument, depth + 1, known);
        if (why != null) {
          return why;
        }
      }
      return null;
    }
    if (protobufMessage != null && types.isAssignable(type, protobufMessage)) {
      return null;
    }
    // Stored as data, restored as the most specific class that code names (see ExceptionTypes).
    if (types.isAssignable(type, throwable)) {
      return null;
    }
    if (element.getKind() == ElementKind.RECORD) {
      for (Element member : element.getEnclosedElements()) {
        if (member instanceof RecordComponentElement component) {
          TypeMirror componentType = types.asMemberOf(type, component.getAccessor())
              instanceof javax.lang.model.type.ExecutableType accessor
              ? accessor.getReturnType()
              : component.asType();
          String why = whyNot(componentType, depth + 1, known);
          if (why != null) {
            return "record component " + name + "." + component.getSimpleName() + ": " + why;
          }
        }
      }
      return null;
    }
    if (hasStoredWith(element)) {
      return arguments.isEmpty() ? null : name + " is generic, and a @StoredWith codec is given"
          + " only its class, which says nothing of " + arguments + "; store a non-generic class";
    }
    if (name.equals("java.lang.Object")) {
      return "Object says nothing of what it holds";
    }
    if (types.isAssignable(types.erasure(type), collection)
        || types.isAssignable(types.erasure(type), map)) {
      return name + " is a collection the engine cannot restore as it was; declare it as one of"
          + " " + String.join(", ", simpleNames(ONE_ARGUMENT)) + ", " + String.join(", ",
          simpleNames(MAPS));
    }
    return name + " is not a record, enum, String, number, java.time type, collection or"
        + " protobuf message; " + CODEC_FIX;
  }

  /** How to store a class with fields, which the engine cannot store by itself. */
  public static final String CODEC_FIX = "make it a record, or name a codec for it with"
      + " @StoredWith on the class or its package, e.g. @StoredWith(JacksonCodec.class) of the"
      + " module resumable-codec-jackson, which stores its fields as JSON";

  /** Whether the class, or its package, names the codec that stores it (the runtime's rule). */
  private static boolean hasStoredWith(TypeElement element) {
    Element pkg = element;
    while (!(pkg instanceof javax.lang.model.element.PackageElement)) {
      pkg = pkg.getEnclosingElement();
    }
    return annotatedWithStoredWith(element) || annotatedWithStoredWith(pkg);
  }

  private static boolean annotatedWithStoredWith(Element element) {
    return element.getAnnotationMirrors().stream().anyMatch(a -> ((TypeElement) a
        .getAnnotationType().asElement()).getQualifiedName().contentEquals(STORED_WITH));
  }

  private static final String STORED_WITH = "dev.resumable.codec.StoredWith";

  private static List<String> simpleNames(Set<String> names) {
    return names.stream().filter(n -> !n.endsWith("Optional"))
        .map(n -> n.substring(n.lastIndexOf('.') + 1)).sorted().toList();
  }

  /** Whether {@code type} is the kind of type whose values {@code (T) value} can cast to. */
  public boolean isDenotable(TypeMirror type) {
    switch (type.getKind()) {
      case INTERSECTION:
      case UNION:
      case ERROR:
      case NONE:
      case NULL:
        return false;
      case TYPEVAR:
        return !type.toString().startsWith("capture#");
      case DECLARED: {
        TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
        if (element.getNestingKind() == javax.lang.model.element.NestingKind.ANONYMOUS) {
          return false;
        }
        for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
          if (argument.getKind() != TypeKind.WILDCARD && !isDenotable(argument)) {
            return false;
          }
        }
        return true;
      }
      case ARRAY:
        return isDenotable(((ArrayType) type).getComponentType());
      default:
        return true;
    }
  }
}
