package dev.resumable.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JVM killed with -9 in the middle of a saga's compensations: the next JVM on the same H2 file
 * goes on with the compensation that had not committed, and never runs the one that had again.
 */
class SagaCrashTest {

  @TempDir Path dir;

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aKillWhileCompensatingGoesOnWithTheCompensationNotYetCommitted() throws Exception {
    String store = dir.resolve("trips").toString();
    List<String> calls = new ArrayList<>();
    try (LiveJvm first = LiveJvm.start(SagaCrashChild.class, store, "start")) {
      while (true) {
        String line = first.readLine();
        calls.add(line);
        if (line.startsWith("call cancelFlight")) {
          break; // blocked in the flight's cancellation, the hotel's committed
        }
      }
      calls.addAll(first.killAndReadTheRest());
    }
    String outcome;
    try (LiveJvm second = LiveJvm.start(SagaCrashChild.class, store, "continue")) {
      for (String line = second.readLine(); ; line = second.readLine()) {
        if (line.startsWith("outcome ")) {
          outcome = line;
          break;
        }
        calls.add(line);
      }
    }

    assertEquals(List.of("call bookFlight trip-flight (trip/step-1)",
        "call bookHotel trip-hotel (trip/step-2)", "call bookCar trip-car (trip/step-3)",
        "call cancelHotel TRIP-HOTEL x2 (trip/step-4)",
        // killed in it: called again after the restart, with the same idempotency key
        "call cancelFlight TRIP-FLIGHT (trip/step-5)",
        "call cancelFlight TRIP-FLIGHT (trip/step-5)"), calls);
    assertEquals("outcome cancelled after no car", outcome);
  }
}
