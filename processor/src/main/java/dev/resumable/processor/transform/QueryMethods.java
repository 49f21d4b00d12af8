package dev.resumable.processor.transform;

import dev.resumable.processor.model.Exposure;
import dev.resumable.processor.model.MethodModel;
import dev.resumable.processor.model.QueryMethod;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.util.Types;

/**
 * Names the typed queries of a package's {@code Resumer}: {@code exposedStage} for what its
 * methods expose as {@code "stage"}. A name exposed as two different types in the package, or
 * two names that would give one method name, get no typed query (the untyped {@code exposed}
 * still reads them): a typed method that could fail for some instances would not be typed.
 */
public final class QueryMethods {

  private QueryMethods() {}

  public static List<QueryMethod> plan(List<MethodModel> methods, Types types) {
    Map<String, List<Exposure>> byMethodName = new LinkedHashMap<>();
    for (MethodModel method : methods) {
      for (Exposure exposure : method.exposures()) {
        if (exposure.name() == null || exposure.type() == null) {
          continue; // computed, or of a type only the untyped query reads
        }
        byMethodName.computeIfAbsent(methodName(exposure.name()), n -> new ArrayList<>())
            .add(exposure);
      }
    }
    List<QueryMethod> queries = new ArrayList<>();
    byMethodName.forEach((methodName, exposures) -> {
      Exposure first = exposures.get(0);
      boolean agree = exposures.stream().allMatch(e -> e.name().equals(first.name())
          && types.isSameType(e.type(), first.type()));
      if (agree) {
        queries.add(new QueryMethod(methodName, first));
      }
    });
    return queries;
  }

  /** {@code exposedOrderStatus} for {@code "order-status"}, {@code "order.status"} or {@code
   * "orderStatus"}. */
  static String methodName(String name) {
    StringBuilder method = new StringBuilder("exposed");
    boolean upper = true;
    for (char c : name.toCharArray()) {
      if (!Character.isLetterOrDigit(c)) {
        upper = true;
      } else {
        method.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return method.toString();
  }
}
