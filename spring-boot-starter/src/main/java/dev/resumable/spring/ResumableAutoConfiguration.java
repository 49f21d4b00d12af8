package dev.resumable.spring;

import dev.resumable.Engine;
import dev.resumable.EngineExtension;
import dev.resumable.EngineListener;
import dev.resumable.store.h2.H2Store;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * An {@link Engine} for the application: on the store that {@code resumable.*} names, with every
 * workflow bean as the receiver of its class's {@code @Resumable} methods, every {@link
 * EngineListener} and {@link EngineExtension} bean added (the metrics, say), its timer thread
 * running while the context does, closed gracefully with the context.
 */
@AutoConfiguration
@ConditionalOnClass(Engine.class)
@EnableConfigurationProperties(ResumableProperties.class)
public class ResumableAutoConfiguration {

  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public Engine resumableEngine(ResumableProperties properties,
      ConfigurableListableBeanFactory beans, ObjectProvider<DataSource> dataSources,
      ObjectProvider<EngineListener> listeners, ObjectProvider<EngineExtension> extensions) {
    Map<Class<?>, Object> receivers = WorkflowBeans.receivers(beans);
    Engine.Builder engine = Engine.builder()
        .timerPollInterval(properties.getTimers().getPollInterval());
    if (properties.getWorkerThreads() != null) {
      engine.workerThreads(properties.getWorkerThreads());
    }
    receivers.forEach((type, receiver) -> register(engine, type, receiver));
    listeners.orderedStream().forEach(engine::listener);
    extensions.orderedStream().forEach(engine::extension);
    switch (properties.getStoreType()) {
      case H2 -> {
        var file = properties.getH2().getFile();
        engine.store(file == null ? H2Store.openDefault() : H2Store.open(file));
      }
      case POSTGRES -> engine.store(PostgresStores.open(dataSources));
    }
    return engine.build();
  }

  /** Starts the engine's timer thread once the context has started, if enabled. */
  @Bean
  public ResumableTimers resumableTimers(Engine engine, ResumableProperties properties) {
    return new ResumableTimers(engine, properties.getTimers().isEnabled());
  }

  @SuppressWarnings("unchecked") // the receiver is an instance of its class
  private static <T> void register(Engine.Builder engine, Class<T> type, Object receiver) {
    engine.receiver(type, (T) receiver);
  }
}
