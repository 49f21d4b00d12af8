package dev.resumable.it.differential;

import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes a value as text that two JVMs can compare: every collection, map, array and record with
 * its runtime class and its elements in iteration order, and objects reached more than once
 * marked, so that {@code [#1 ArrayList[1], @1]} (one list twice) differs from two equal lists.
 * Equal texts mean the same classes, the same orders and the same sharing, which {@code equals}
 * alone would not check.
 */
final class Rendering {

  private final IdentityHashMap<Object, Integer> seen = new IdentityHashMap<>();
  private final IdentityHashMap<Object, Integer> labels = new IdentityHashMap<>();
  private final StringBuilder out = new StringBuilder();
  private boolean counting;

  private Rendering() {}

  static String of(Object value) {
    Rendering rendering = new Rendering();
    rendering.counting = true;
    rendering.write(value);
    rendering.out.setLength(0);
    rendering.counting = false;
    rendering.write(value);
    return rendering.out.toString();
  }

  /** A thrown exception: its class, message, cause and suppressed exceptions. */
  static String ofThrown(Throwable thrown) {
    return "threw " + of(thrown);
  }

  private void write(Object value) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String s) {
      writeText(s);
    } else if (isValue(value)) {
      out.append(value.getClass().getSimpleName()).append(' ').append(value);
    } else if (value instanceof Enum<?> e) {
      out.append(e.getDeclaringClass().getName()).append('.').append(e.name());
    } else if (firstVisit(value)) {
      writeObject(value);
    }
  }

  /**
   * Quoted, with every surrogate as an escape: text is compared after a trip through files in
   * UTF-8, which would turn an unpaired surrogate into {@code ?} on both sides alike.
   */
  private void writeText(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' || c == '"') {
        out.append('\\').append(c);
      } else if (Character.isSurrogate(c)) {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }

  /** Values whose identity Java code cannot rely on, written without any mark. */
  private static boolean isValue(Object value) {
    return value instanceof Number && (value.getClass().getName().startsWith("java.lang.")
        || value instanceof BigDecimal || value instanceof BigInteger)
        || value instanceof Boolean || value instanceof Character || value instanceof UUID
        || value instanceof Optional<?> && ((Optional<?>) value).isEmpty()
        || value.getClass().getName().startsWith("java.time.");
  }

  /** Counts visits in the first pass; in the second, marks shared objects and refers back. */
  private boolean firstVisit(Object value) {
    if (counting) {
      int visits = seen.merge(value, 1, Integer::sum);
      return visits == 1;
    }
    Integer label = labels.get(value);
    if (label != null) {
      out.append('@').append(label);
      return false;
    }
    if (seen.get(value) > 1) {
      label = labels.size() + 1;
      labels.put(value, label);
      out.append('#').append(label).append(' ');
    }
    return true;
  }

  private void writeObject(Object value) {
    Class<?> type = value.getClass();
    if (type.isArray()) {
      out.append(type.getComponentType().getName()).append("[]");
      writeElements(java.util.stream.IntStream.range(0, Array.getLength(value))
          .mapToObj(i -> Array.get(value, i)).toList(), '[', ']');
    } else if (value instanceof Collection<?> collection) {
      out.append(type.getName());
      writeElements(collection, '[', ']');
    } else if (value instanceof Map<?, ?> map) {
      out.append(type.getName()).append('{');
      String separator = "";
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        out.append(separator);
        write(entry.getKey());
        out.append('=');
        write(entry.getValue());
        separator = ", ";
      }
      out.append('}');
    } else if (value instanceof Map.Entry<?, ?> entry) {
      out.append("entry ");
      write(entry.getKey());
      out.append('=');
      write(entry.getValue());
    } else if (value instanceof Optional<?> optional) {
      out.append("Optional[");
      write(optional.get());
      out.append(']');
    } else if (type.isRecord()) {
      writeRecord(value, type);
    } else if (value instanceof Throwable thrown) {
      writeThrowable(thrown);
    } else {
      out.append(type.getName()).append(' ').append(value);
    }
  }

  private void writeElements(Iterable<?> elements, char open, char close) {
    out.append(open);
    String separator = "";
    for (Object element : elements) {
      out.append(separator);
      write(element);
      separator = ", ";
    }
    out.append(close);
  }

  private void writeRecord(Object value, Class<?> type) {
    out.append(type.getName()).append('(');
    String separator = "";
    for (RecordComponent component : type.getRecordComponents()) {
      out.append(separator).append(component.getName()).append('=');
      try {
        component.getAccessor().setAccessible(true);
        write(component.getAccessor().invoke(value));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + component, e);
      }
      separator = ", ";
    }
    out.append(')');
  }

  private void writeThrowable(Throwable thrown) {
    out.append(thrown.getClass().getName()).append('(');
    write(thrown.getMessage());
    if (thrown.getCause() != null && thrown.getCause() != thrown) {
      out.append(", cause ");
      write(thrown.getCause());
    }
    for (Throwable suppressed : thrown.getSuppressed()) {
      out.append(", suppressed ");
      write(suppressed);
    }
    out.append(')');
  }
}
