package dev.resumable.console;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Where the console listens and who may use it. By default it binds to 127.0.0.1, where only
 * this machine reaches it; bound to any other address it needs an access token, which every
 * request must carry (see {@link Console}).
 */
public final class ConsoleOptions {

  /** The port of {@link #defaults()}. */
  public static final int DEFAULT_PORT = 8470;

  /** Shorter tokens could be guessed. */
  public static final int MIN_TOKEN_LENGTH = 16;

  private final InetAddress address;
  private final int port;
  private final String token;

  private ConsoleOptions(Builder builder) {
    this.address = builder.address;
    this.port = builder.port;
    this.token = builder.token;
  }

  /** 127.0.0.1, port {@value #DEFAULT_PORT}, no token. */
  public static ConsoleOptions defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public InetAddress address() {
    return address;
  }

  public int port() {
    return port;
  }

  /** The access token; null if none is needed. */
  public String token() {
    return token;
  }

  /** Configures a console. */
  public static final class Builder {
    private InetAddress address = InetAddress.getLoopbackAddress();
    private int port = DEFAULT_PORT;
    private String token;

    private Builder() {}

    /** The address to listen on, e.g. {@code "0.0.0.0"}; anything but loopback needs a token. */
    public Builder bind(String host) {
      if (host == null || host.isBlank()) {
        throw new IllegalArgumentException("host must be an address or a name, not "
            + (host == null ? "null" : "blank"));
      }
      try {
        this.address = InetAddress.getByName(host);
      } catch (UnknownHostException e) {
        throw new IllegalArgumentException("cannot bind the console to \"" + host + "\": no such"
            + " host", e);
      }
      return this;
    }

    /** The port; 0 takes any free one ({@link Console#uri()} tells which). */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port must be from 0 to 65535, not " + port);
      }
      this.port = port;
      return this;
    }

    /** The access token every request must carry: a secret of at least 16 characters. */
    public Builder token(String token) {
      if (token == null || token.length() < MIN_TOKEN_LENGTH || token.isBlank()) {
        throw new IllegalArgumentException("an access token must have at least "
            + MIN_TOKEN_LENGTH + " characters");
      }
      if (!token.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
        throw new IllegalArgumentException("an access token must be printable ASCII without"
            + " spaces, to travel in a header and a cookie unchanged");
      }
      this.token = token;
      return this;
    }

    public ConsoleOptions build() {
      if (token == null && !address.isLoopbackAddress()) {
        throw new IllegalArgumentException("a console bound to " + address.getHostAddress()
            + " is reachable from other machines and needs an access token:"
            + " ConsoleOptions.builder().bind(...).token(secret)");
      }
      return new ConsoleOptions(this);
    }
  }
}
