package dev.resumable.it;

import dev.resumable.Resumable;
import dev.resumable.Saga;
import dev.resumable.Step;
import dev.resumable.Workflow;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The trip-booking saga: book a flight, a hotel and a car; if one of them cannot be booked, cancel
 * what was booked, newest first. Each booking and each cancellation is a durable step.
 */
public class TripFlows {

  /** A booking could not be made; not worth retrying. */
  public static class BookingFailed extends Exception {
    private static final long serialVersionUID = 1L;

    public BookingFailed(String message) {
      super(message);
    }
  }

  /** The booking systems, which outlive every engine; they log each call. */
  public static final class Bookings {
    final List<String> calls = new CopyOnWriteArrayList<>();
    /** How many more calls of each method fail, and with what, by method name. */
    final Map<String, List<Exception>> failures = new ConcurrentHashMap<>();
    /** Told of each call as it starts, before it can fail: a crash test kills the JVM here. */
    Consumer<String> onCall = call -> { };

    void failNext(String method, Exception... thrown) {
      failures.put(method, new CopyOnWriteArrayList<>(List.of(thrown)));
    }

    private String call(String method, String what) throws Exception {
      String line = method + " " + what + " (" + Workflow.step().idempotencyKey() + ")";
      calls.add(line);
      onCall.accept(line);
      List<Exception> pending = failures.get(method);
      if (pending != null && !pending.isEmpty()) {
        throw pending.remove(0);
      }
      return what.toUpperCase(java.util.Locale.ROOT);
    }

    @Step(maxAttempts = 1)
    public String bookFlight(String trip) throws Exception {
      return call("bookFlight", trip + "-flight");
    }

    @Step(maxAttempts = 1)
    public String bookHotel(String trip) throws Exception {
      return call("bookHotel", trip + "-hotel");
    }

    @Step(maxAttempts = 2, doNotRetry = BookingFailed.class)
    public String bookCar(String trip) throws Exception {
      return call("bookCar", trip + "-car");
    }

    @Step(maxAttempts = 3, initialBackoff = "PT30S", retryOn = IOException.class)
    public void cancelFlight(String flight) throws Exception {
      call("cancelFlight", flight);
    }

    @Step(maxAttempts = 2, initialBackoff = "PT10S")
    public void cancelHotel(String hotel, int nights) throws Exception {
      call("cancelHotel", hotel + " x" + nights);
    }

    @Step(maxAttempts = 1)
    public void cancelCar(String car) throws Exception {
      call("cancelCar", car);
    }
  }

  final Bookings bookings;

  public TripFlows(Bookings bookings) {
    this.bookings = bookings;
  }

  @Resumable
  public String book(String trip) throws Exception {
    Saga saga = new Saga();
    try {
      String flight = bookings.bookFlight(trip);
      saga.onUndo(() -> bookings.cancelFlight(flight));
      String hotel = bookings.bookHotel(trip);
      saga.onUndo(() -> bookings.cancelHotel(hotel, 2));
      String car = bookings.bookCar(trip);
      saga.onUndo(() -> bookings.cancelCar(car));
      return "booked " + flight + ", " + hotel + ", " + car;
    } catch (BookingFailed e) {
      saga.compensate();
      return "cancelled after " + e.getMessage();
    }
  }

  /** The same trip, its stay booked by a method of its own that registers on the same saga. */
  @Resumable
  public String bookInParts(String trip) throws Exception {
    Saga saga = new Saga();
    try {
      String flight = bookings.bookFlight(trip);
      saga.onUndo(() -> bookings.cancelFlight(flight));
      bookStay(trip, saga);
      return "booked";
    } catch (BookingFailed e) {
      saga.compensate();
      return "cancelled after " + e.getMessage() + ", " + saga.size() + " left";
    }
  }

  @Resumable
  public void bookStay(String trip, Saga saga) throws Exception {
    String hotel = bookings.bookHotel(trip);
    saga.onUndo(() -> bookings.cancelHotel(hotel, 1));
    bookings.bookCar(trip);
  }
}
