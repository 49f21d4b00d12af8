package dev.resumable.processor.plugin;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A realistic workflow compiled as users compile it: the plugin agrees with everything the
 * processor generated, and says nothing.
 */
class CleanCompilationTest {

  private static final JavaFileObject ORDERS = PluginCompiler.file("test.Orders", """
      package test;

      import dev.resumable.Await;
      import dev.resumable.Resumable;
      import java.util.ArrayList;
      import java.util.List;
      import java.util.Map;
      import java.util.stream.Collectors;

      public class Orders {

        record Line(String sku, int quantity) {}

        static final String PAID = "paid";
        int retries = 3;

        @Resumable
        public String checkout(String orderId, List<Line> lines) {
          int total = 0;
          var packed = new ArrayList<String>();
          for (Line line : lines) {
            int price = Await.event(PAID, Integer.class);
            total += price * line.quantity();
            packed.add(line.sku());
          }
          Map<String, Long> counts = packed.stream()
              .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
          packed.removeIf(sku -> counts.get(sku) > 1);
          String tracking = ship(orderId, packed);
          int attempt = 0;
          while (attempt < retries) {
            attempt++;
            Boolean delivered = Await.event("delivered", Boolean.class);
            if (delivered) {
              break;
            }
          }
          {
            String note = Await.event("note", String.class);
            noted: Await.event("ack", String.class);
            tracking += note;
          }
          {
            int note = Await.event("rating", Integer.class);
            rated: Await.event("ack", String.class);
            total += note;
          }
          return tracking + ":" + total;
        }

        @Resumable
        String ship(String orderId, List<String> skus) {
          String label = Await.event("label", String.class);
          skus.forEach(sku -> System.out.println(orderId + " " + sku));
          return label;
        }

        @Resumable
        String ship(String orderId) {
          return ship(orderId, List.of());
        }

        static class Returns {
          @Resumable
          static int refund(int amount) {
            String approval = Await.event("approval", String.class);
            return approval.isEmpty() ? 0 : amount;
          }
        }
      }
      """);

  private static final JavaFileObject ORDERS_TEST = PluginCompiler.file("test.OrdersTest", """
      package test;

      import dev.resumable.DirectRun;

      class OrdersTest {
        @SuppressWarnings("resumable")
        String labelAsPlainJava() throws Exception {
          return DirectRun.script().event("label", "L1").call(() -> new Orders().ship("o-1"));
        }
      }
      """);

  @Test
  void processorAndPluginTogetherSayNothing() {
    Compilation compilation = PluginCompiler.withProcessor(ORDERS, ORDERS_TEST);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.diagnostics()).isEmpty();
    assertThat(compilation).generatedSourceFile("test.Orders_ship_2");
    assertThat(compilation).generatedSourceFile("test.Orders_Returns_refund");
  }

  /**
   * Waits inside the arguments of a call that suspends come before it, in the order the plugin
   * reads them from the source too: the processor takes the order from the same place.
   */
  @Test
  void pointsInsideArgumentsAreInTheOrderThePluginChecks() {
    Compilation compilation = PluginCompiler.withProcessor(PluginCompiler.flow("""
          @Resumable int plus(int x) { return x + Await.event("p", Integer.class); }
          @Resumable String concatenated() { return "" + plus(Await.event("a", Integer.class)); }
          @Resumable int nested() { return plus(plus(1)); }
          @Resumable int initializer() {
            int y = plus(Await.event("b", Integer.class)) + plus(2);
            return y;
          }
        """));
    assertThat(compilation).succeeded();
    // Only the warnings that call:plus#2 is positional, nothing from the plugin.
    assertThat(compilation.diagnostics()).hasSize(2);
    assertThat(compilation).hadWarningContaining("[Resumable.PositionalPointId] this wait's"
        + " stable id, call:plus#2,");
  }
}
