package dev.resumable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.Outcome;
import dev.resumable.testkit.WorkflowTestKit;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Sagas with the real processor on the virtual clock, restarted at every suspension: their
 * compensations run newest first, each a durable step with its own policy, and one that fails for
 * good is reported while the others still run.
 */
class SagaTest {

  final TripFlows.Bookings bookings = new TripFlows.Bookings();

  @RegisterExtension
  final WorkflowTestKit kit = WorkflowTestKit.create()
      .receiver(TripFlows.class, () -> new TripFlows(bookings))
      .restartingAtEverySuspension();

  private Resumer flows() {
    return Resumer.on(kit.engine());
  }

  @Test
  void whenTheCarFailsTheHotelThenTheFlightAreCancelled() {
    bookings.failNext("bookCar", new TripFlows.BookingFailed("no car"));

    Outcome<?> done = flows().startBook("t1", "t1");

    assertEquals("cancelled after no car", done.result());
    assertEquals(List.of("bookFlight t1-flight (t1/step-1)", "bookHotel t1-hotel (t1/step-2)",
        "bookCar t1-car (t1/step-3)", "cancelHotel T1-HOTEL x2 (t1/step-4)",
        "cancelFlight T1-FLIGHT (t1/step-5)"), bookings.calls);
  }

  @Test
  void aSagaSharedWithACalleeIsOneSagaAcrossRestartsAndRunsTheCalleesCompensation() {
    // The car's first attempt is retried after a second: both frames are restored then, each
    // with the saga they share.
    bookings.failNext("bookCar", new IOException("busy"), new TripFlows.BookingFailed("no car"));

    assertTrue(flows().startBookInParts("t5", "t5").isWaiting());
    kit.restart();
    assertEquals(1, kit.advance(Duration.ofSeconds(1)));

    assertEquals("cancelled after no car, 0 left", kit.status("t5").result());
    assertEquals(List.of("cancelHotel T5-HOTEL x1 (t5/step-4)",
        "cancelFlight T5-FLIGHT (t5/step-5)"), bookings.calls.subList(4, 6));
    assertEquals(6, bookings.calls.size());
  }

  @Test
  void aTripThatIsBookedCompensatesNothing() {
    assertEquals("booked T2-FLIGHT, T2-HOTEL, T2-CAR", flows().startBook("t2", "t2").result());
    assertEquals(3, bookings.calls.size());
  }

  @Test
  void aCompensationIsRetriedByItsOwnPolicyAcrossRestarts() {
    bookings.failNext("bookCar", new TripFlows.BookingFailed("no car"));
    bookings.failNext("cancelHotel", new IOException("hotel system down"));

    Outcome<?> waiting = flows().startBook("t3", "t3");

    assertEquals("step 4 at compensate:saga (compensation 1 of 2, bookings.cancelHotel(hotel, 2)),"
        + " 1 attempt failed, last with java.io.IOException: hotel system down; attempt 2 at "
        + kit.now().plusSeconds(10), waiting.waitingFor());
    kit.restart();
    assertEquals(0, kit.advance(Duration.ofSeconds(9)));
    assertEquals(1, kit.advance(Duration.ofSeconds(1)));

    assertEquals("cancelled after no car", kit.status("t3").result());
    assertEquals(List.of("cancelHotel T3-HOTEL x2 (t3/step-4)",
        "cancelHotel T3-HOTEL x2 (t3/step-4)", "cancelFlight T3-FLIGHT (t3/step-5)"),
        bookings.calls.subList(3, 6));
    assertEquals(6, bookings.calls.size());
  }

  @Test
  void aCompensationThatFailsForGoodIsReportedAndTheOthersStillRun() {
    bookings.failNext("bookCar", new TripFlows.BookingFailed("no car"));
    bookings.failNext("cancelHotel", new IOException("down"), new IOException("still down"));

    flows().startBook("t4", "t4");
    kit.advance(Duration.ofSeconds(10));

    Outcome<?> failed = kit.status("t4");
    assertTrue(failed.isFailed(), failed.toString());
    assertEquals("dev.resumable.CompensationFailedException", failed.failure().type());
    assertEquals("1 of 2 compensations failed: bookings.cancelHotel(hotel, 2)"
        + " (java.io.IOException: still down); ran: bookings.cancelFlight(flight)",
        failed.failure().message());
    assertEquals("cancelFlight T4-FLIGHT (t4/step-5)", bookings.calls.get(5));
  }
}
