package dev.resumable;

/**
 * Checks an update before the engine hands it to the instance (see {@link
 * Engine.Builder#updateValidator}). It throws to reject the update: the caller of {@link
 * Engine#update} gets an {@link UpdateRejectedException} with it as the cause, and nothing is
 * consumed or committed. It runs under the instance's lock, before the instance's code; it may
 * read what the instance exposes ({@link Engine#exposed}), and must not change the instance.
 */
@FunctionalInterface
public interface UpdateValidator {

  void validate(String instanceId, Object request) throws Exception;
}
