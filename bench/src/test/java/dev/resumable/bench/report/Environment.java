package dev.resumable.bench.report;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.RunResult;

/** The JDK and machine the figures come from. */
public record Environment(String jdk, String os, String cpu, int cores, String memory) {

  /** Describes the JVM the benchmarks ran in (the forks' own report), and this machine. */
  public static Environment of(Results results) {
    String jdk = results.all().stream().findFirst()
        .map(RunResult::getParams)
        .map(Environment::jdkOf)
        .orElseGet(Environment::thisJdk);
    return new Environment(jdk,
        System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
            + System.getProperty("os.arch") + ")",
        cpuModel().orElse("unknown (no /proc/cpuinfo)"),
        Runtime.getRuntime().availableProcessors(),
        totalMemory());
  }

  private static String jdkOf(BenchmarkParams params) {
    return params.getJdkVersion() + ", " + params.getVmName() + " " + params.getVmVersion();
  }

  private static String thisJdk() {
    return System.getProperty("java.version") + ", " + System.getProperty("java.vm.name") + " "
        + System.getProperty("java.vm.version");
  }

  private static Optional<String> cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(line -> line.startsWith("model name"))
          .map(line -> line.substring(line.indexOf(':') + 1).trim())
          .findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static String totalMemory() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return Numbers.plain(os.getTotalMemorySize() / (1024.0 * 1024 * 1024)) + " GiB";
    }
    return "unknown";
  }
}
