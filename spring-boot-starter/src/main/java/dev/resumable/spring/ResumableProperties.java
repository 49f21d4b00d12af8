package dev.resumable.spring;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The {@code resumable.*} settings of the auto-configured engine. */
@ConfigurationProperties("resumable")
public class ResumableProperties {

  /** Which store the engine commits to. */
  private StoreType storeType = StoreType.H2;

  private final H2 h2 = new H2();

  private final Timers timers = new Timers();

  private final Health health = new Health();

  private final Metrics metrics = new Metrics();

  /**
   * Threads that run resumeAsync calls. Unset: one per processor, at least 2.
   */
  private Integer workerThreads;

  public StoreType getStoreType() {
    return storeType;
  }

  public void setStoreType(StoreType storeType) {
    this.storeType = storeType;
  }

  public H2 getH2() {
    return h2;
  }

  public Timers getTimers() {
    return timers;
  }

  public Health getHealth() {
    return health;
  }

  public Metrics getMetrics() {
    return metrics;
  }

  public Integer getWorkerThreads() {
    return workerThreads;
  }

  public void setWorkerThreads(Integer workerThreads) {
    this.workerThreads = workerThreads;
  }

  /** The stores there are. */
  public enum StoreType {
    /** The embedded H2 file store, set with {@code resumable.h2.*}. */
    H2,
    /**
     * The PostgreSQL store (dependency resumable-store-postgres) on the application's
     * DataSource, which several instances of the application can share.
     */
    POSTGRES
  }

  /** The embedded H2 file store. */
  public static class H2 {

    /**
     * The store file. Unset: the system property resumable.store, or else
     * ./resumable-data/resumable.mv.db in the working directory.
     */
    private Path file;

    public Path getFile() {
      return file;
    }

    public void setFile(Path file) {
      this.file = file;
    }
  }

  /** The engine's timer thread, which fires due timers. */
  public static class Timers {

    /**
     * Whether the timer thread runs while the application context does. Off, timers fire only
     * when the application calls Engine.fireDueTimers().
     */
    private boolean enabled = true;

    /** How often the timer thread looks for due timers. */
    private Duration pollInterval = Duration.ofMillis(100);

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public Duration getPollInterval() {
      return pollInterval;
    }

    public void setPollInterval(Duration pollInterval) {
      this.pollInterval = pollInterval;
    }
  }

  /** The Actuator health indicator {@code resumable}. */
  public static class Health {

    /**
     * How long a timer may be overdue before the engine is reported down: no timer thread runs,
     * or a sweep is stuck.
     */
    private Duration overdueLimit = Duration.ofMinutes(5);

    public Duration getOverdueLimit() {
      return overdueLimit;
    }

    public void setOverdueLimit(Duration overdueLimit) {
      this.overdueLimit = overdueLimit;
    }
  }

  /** The engine's metrics, where the application has a Micrometer MeterRegistry. */
  public static class Metrics {

    /** Whether the engine's metrics are registered. */
    private boolean enabled = true;

    /**
     * How old the waiting-instance counts of the resumable.instances.waiting gauge may be; each
     * count is a query of the store.
     */
    private Duration countsMaxAge = Duration.ofSeconds(30);

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public Duration getCountsMaxAge() {
      return countsMaxAge;
    }

    public void setCountsMaxAge(Duration countsMaxAge) {
      this.countsMaxAge = countsMaxAge;
    }
  }
}
