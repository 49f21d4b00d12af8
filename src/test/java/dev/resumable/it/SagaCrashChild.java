package dev.resumable.it;

import dev.resumable.Engine;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * The child JVM of {@link SagaCrashTest}, on the store file {@code args[0]}. With {@code start},
 * books the trip {@code trip} whose car cannot be booked, and blocks inside the flight's
 * cancellation, its second compensation, for the test to kill it with -9. With {@code continue},
 * continues what is stored (its clock two minutes ahead, past any claim of the killed JVM) and
 * prints the trip's outcome. Each booking call prints {@code call <method> <what> (<key>)}.
 */
public final class SagaCrashChild {

  private SagaCrashChild() {}

  public static void main(String[] args) throws Exception {
    Path store = Path.of(args[0]);
    boolean start = args[1].equals("start");
    TripFlows.Bookings bookings = new TripFlows.Bookings();
    CountDownLatch never = new CountDownLatch(1);
    bookings.onCall = call -> {
      print("call " + call);
      if (start && call.startsWith("cancelFlight")) {
        try {
          never.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    };
    bookings.failNext("bookCar", new TripFlows.BookingFailed("no car"));
    Clock clock = start ? Clock.systemUTC()
        : Clock.offset(Clock.systemUTC(), Duration.ofMinutes(2));
    try (Engine engine = Engine.builder().storeFile(store).clock(clock)
        .receiver(TripFlows.class, new TripFlows(bookings)).build()) {
      if (start) {
        Resumer.on(engine).startBook("trip", "trip");
        print("not killed");
        return;
      }
      while (engine.fireDueTimers() > 0) {
        // continues the stored compensation, and the workflow after it
      }
      print("outcome " + engine.status("trip").result());
    }
  }

  static synchronized void print(String line) {
    System.out.println(line);
    System.out.flush();
  }
}
