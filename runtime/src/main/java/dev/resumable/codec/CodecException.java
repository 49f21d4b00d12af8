package dev.resumable.codec;

/** A value that cannot be encoded or decoded: the message names the type and the reason. */
public final class CodecException extends RuntimeException {

  public CodecException(String message) {
    super(message);
  }

  public CodecException(String message, Throwable cause) {
    super(message, cause);
  }
}
