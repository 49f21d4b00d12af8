package dev.resumable.machine;

import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the state machine of a stored frame by its method key. Catalogs come from the service
 * registrations the processor writes, plus any registered explicitly; a key maps only to code
 * that was compiled into the application, never to a class named by stored data.
 */
public final class FrameRegistry {

  private final Map<String, FrameType> byKey = new ConcurrentHashMap<>();

  /** A registry of every catalog visible to {@code loader}. */
  public static FrameRegistry discover(ClassLoader loader) {
    FrameRegistry registry = new FrameRegistry();
    for (FrameCatalog catalog : ServiceLoader.load(FrameCatalog.class, loader)) {
      registry.register(catalog);
    }
    return registry;
  }

  public void register(FrameCatalog catalog) {
    for (FrameType type : catalog.frameTypes()) {
      byKey.put(type.methodKey(), type);
    }
  }

  public void register(FrameType type) {
    byKey.put(type.methodKey(), type);
  }

  /**
   * Whether {@code element} is a {@code @Resumable} method of this build, as the rewritten stack
   * traces of failures name it: by its declaring class, method and source file.
   */
  public boolean isResumable(StackTraceElement element) {
    for (FrameType type : byKey.values()) {
      if (type.className().equals(element.getClassName())
          && type.methodName().equals(element.getMethodName())
          && type.sourceFile().equals(element.getFileName())) {
        return true;
      }
    }
    return false;
  }

  /** The state machine for {@code methodKey}, or null if this build has none. */
  public FrameType find(String methodKey) {
    return byKey.get(methodKey);
  }
}
