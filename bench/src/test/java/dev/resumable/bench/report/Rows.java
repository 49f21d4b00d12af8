package dev.resumable.bench.report;

import static dev.resumable.bench.report.Figures.computed;
import static dev.resumable.bench.report.Figures.perParam;
import static dev.resumable.bench.report.Figures.percentileAt;
import static dev.resumable.bench.report.Figures.score;
import static dev.resumable.bench.report.Figures.secondary;
import static dev.resumable.bench.report.Figures.secondaryAt;

import dev.resumable.bench.P5StateSizeBenchmark;
import java.util.List;

/**
 * The rows of BENCHMARKS.md, in order. The report runs exactly the benchmarks these rows read.
 *
 * <p>To add a row that compares two timings, declare it with the two benchmark methods, by
 * {@code Class.method} in package {@code dev.resumable.bench}, numerator first, as P4 does.
 *
 * Both benchmarks must report in the same unit (both times per operation, or both operations per
 * second). A benchmark with parameters is read with {@code scoreAt}; one that needs a newer JDK
 * carries {@code @RequiresJdk}. Parameters that keep the quick run quick go in
 * {@link BenchmarkRuns#QUICK_PARAMS}.
 */
public final class Rows {

  static final String P7 = "P7MillionInstancesBenchmark.resumeRandomInstance";

  private Rows() {}

  public static List<Row> all() {
    return List.of(
        Row.ratio("P1", "A hot loop over 10,000 invoice lines, no wait inside it, run through the"
                + " generated state machine (the frame is created, runs to its wait before the"
                + " loop, suspends, is resumed and runs the loop to the end) against the same loop"
                + " as plain Java. Time per run.",
            score("P1HotLoopBenchmark.resumable", "@Resumable"),
            score("P1HotLoopBenchmark.plainJava", "plain Java"),
            Target.atMost(1.05)),
        Row.ratio("P2", "One suspend and resume of an instance in memory, no encoding and no"
                + " store (it is resumed with an event, runs one loop turn and suspends again),"
                + " against one park/unpark hand-off between two virtual threads (one"
                + " continuation suspends, the other resumes). Time per round trip.",
            score("P2RoundTripBenchmark.machineRoundTrip", "in-memory round trip"),
            score("P2RoundTripBenchmark.virtualThreadHandOff", "virtual-thread hand-off"),
            Target.atMost(0.05)),
        p3("P3 ×1", 1, Target.none()),
        p3("P3 ×8", 8, Target.atLeast(1.0)),
        p3("P3 ×16", 16, Target.atLeast(1.0)),
        p9("P9 ×1", 1),
        p9("P9 ×8", 8),
        p9("P9 ×16", 16),
        Row.ratio("P4", "Latency of one durable resume of an instance that has already waited"
                + " 100,000 times, against one that has waited 10 times, on the H2 file store:"
                + " only the live locals are stored, so the length of the past should cost"
                + " nothing. Time per resume.",
            score("P4LongHistoryBenchmark.resumableLongHistory", "after 100,000 waits"),
            score("P4LongHistoryBenchmark.resumableShortHistory", "after 10 waits"),
            Target.atMost(1.1)),
        Row.ratio("P4 Temporal", "Beside it, the same workflow on Temporal's Java SDK with its"
                + " in-process test server, the worker's workflow cache emptied before each"
                + " resume so that the history is replayed: after 10,000 waits (50,004 history"
                + " events, just under the server's limit of 51,200) against after 10. Each tick"
                + " is an update, which returns once the workflow has taken it, as a Resumable"
                + " resume returns once committed. Time per resume.",
            score("P4LongHistoryBenchmark.temporalLongHistory", "after 10,000 waits"),
            score("P4LongHistoryBenchmark.temporalShortHistory", "after 10 waits"),
            Target.none()),
        Row.ratio("P8", "A workflow of ten event waits, end to end (start, ten events, result),"
                + " on one thread: Resumable on its H2 file store, every one of its eleven"
                + " commits forced to the device, against the same workflow on Temporal's"
                + " in-process test server (histories in memory, nothing written) with a real"
                + " worker and ten signals. Workflows per second.",
            score("P8TenEventsBenchmark.resumableTenEvents", "Resumable"),
            score("P8TenEventsBenchmark.temporalTenSignals", "Temporal, signals"),
            Target.none()),
        Row.ratio("P8 updates", "The same against Temporal with each event sent as an update,"
                + " which waits until the workflow has taken it, as a Resumable resume waits for"
                + " its commit. Workflows per second.",
            score("P8TenEventsBenchmark.resumableTenEvents", "Resumable"),
            score("P8TenEventsBenchmark.temporalTenUpdates", "Temporal, updates"),
            Target.none()),
        Row.ratio("P5 locals", "Bytes stored for one order waiting for its next status update"
                + " (the state column of its H2 row: the whole protobuf InstanceRecord) against"
                + " the protobuf encoding of its live locals' values alone. A size, not a time.",
            computed("stored state", r -> Sizes.get().storedBytes(), Rows::bytes),
            computed("live locals, protobuf", r -> Sizes.get().localsBytes(), Rows::bytes),
            Target.none(),
            r -> new Measured(Double.NaN, "live locals: " + Sizes.get().locals())),
        Row.ratio("P5 Java ser.", "The same stored bytes against Java serialization"
                + " (ObjectOutputStream, here only as a baseline) of the same live values."
                + " A size, not a time.",
            computed("stored state", r -> Sizes.get().storedBytes(), Rows::bytes),
            computed("Java serialization", r -> Sizes.get().javaSerializationBytes(),
                Rows::bytes),
            Target.none()),
        Row.ratio("P5 codec", "What a wait and a resume add in encoding and decoding for that"
                + " order, without the store: parse its stored record, rebuild its stack and"
                + " object graph, resume it with an update (one loop turn), encode it again and"
                + " write the bytes, against the same resume in memory with no encoding."
                + " Time per wait.",
            score("P5CodecBenchmark.decodeResumeEncode", "decode, resume, encode"),
            score("P5CodecBenchmark.resumeInMemory", "resume in memory"),
            Target.none()),
        Row.ratio("P6", "javac, in process through javax.tools and warmed up, compiling 200"
                + " generated @Resumable methods in 20 classes with the processor and the javac"
                + " plugin, against the same sources without any processor. Time per compilation.",
            score("P6CompileBenchmark.withProcessor", "with processor"),
            score("P6CompileBenchmark.withoutProcessor", "without"),
            Target.none()),
        Row.ratio("P7 heap", "Heap in use after a full GC, with an engine open on an H2 file"
                + " store of 1,000,000 suspended orders, against the same with 10,000; each count"
                + " in a fresh JVM, averaged over three 10 s rounds of resumes. Flat means: 100"
                + " times the instances, at most twice the heap; what does grow is H2's page"
                + " cache (16 MiB by default), as resumes touch more of a bigger file. The store"
                + " is filled by copying one instance the engine started (its row, id rewritten)"
                + " with batched JDBC inserts, 10,000 rows per commit; durable one-by-one starts"
                + " would take hours.",
            secondaryAt(P7, "count", true, "heapBytesAfterFullGc", "heap",
                Numbers::mebibytes),
            secondaryAt(P7, "count", false, "heapBytesAfterFullGc", "heap",
                Numbers::mebibytes),
            Target.atMost(2.0),
            perParam(P7, "count", "heap after full GC",
                run -> Numbers.mebibytes(secondary(run, "heapBytesAfterFullGc"))),
            perParam(P7, "count", "store file per instance after loading",
                run -> bytes(secondary(run, "storeFileBytesPerInstance")))),
        Row.ratio("P7 latency", "p99 latency of a durable resume of a random one of those"
                + " orders, at 1,000,000 against 10,000.",
            percentileAt(P7, "count", true, 99, "p99"),
            percentileAt(P7, "count", false, 99, "p99"),
            Target.none(),
            perParam(P7, "count", "p50 / p99", run -> Figures.percentiles(run, 50, 99))));
  }

  private static Row p3(String id, int threads, Target target) {
    String resume = "P3DurableResumeBenchmark.resumeFrom" + threads
        + (threads == 1 ? "Thread" : "Threads");
    return Row.ratio(id, "Durable Resumer.resume(id, event) per second on the H2 file store,"
            + " from " + threads + (threads == 1 ? " thread" : " threads, each resuming its own"
            + " instance") + ", against one thread writing 4 KiB and calling"
            + " FileChannel.force(true) per second on a file in the same directory.",
        score(resume, "resumes"),
        score("P3DurableResumeBenchmark.writeAndForce", "forces"),
        target);
  }

  private static Row p9(String id, int threads) {
    String resume = "P9PostgresResumeBenchmark.resumeFrom" + threads
        + (threads == 1 ? "Thread" : "Threads");
    return Row.ratio(id, "Durable Resumer.resume(id, event) per second on the PostgreSQL store"
            + " (the test server, fsync on, over loopback), from " + threads
            + (threads == 1 ? " thread" : " threads, each resuming its own instance")
            + ", against one thread updating one row and committing it synchronously per"
            + " second on the same server.",
        score(resume, "resumes"),
        score("P9PostgresResumeBenchmark.updateAndCommitOneRow", "commits"),
        Target.none());
  }

  private static String bytes(double value) {
    return Numbers.plain(value) + " B";
  }

  /** P5's sizes, measured once per report. */
  private static final class Sizes {
    private static P5StateSizeBenchmark.Sizes measured;

    static synchronized P5StateSizeBenchmark.Sizes get() {
      if (measured == null) {
        measured = P5StateSizeBenchmark.measure();
      }
      return measured;
    }
  }
}
