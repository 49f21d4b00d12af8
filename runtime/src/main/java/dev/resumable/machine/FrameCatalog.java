package dev.resumable.machine;

import java.util.List;

/**
 * The state machines of one package, generated alongside its {@code Resumer} and registered as a
 * service, so that an engine in a fresh JVM finds the code for every stored frame by method key,
 * without ever loading a class named by stored data.
 */
public interface FrameCatalog {

  List<FrameType> frameTypes();
}
