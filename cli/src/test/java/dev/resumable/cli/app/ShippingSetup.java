package dev.resumable.cli.app;

import dev.resumable.Engine;
import java.util.ArrayList;
import java.util.function.Consumer;

/** What the application gives the tool with --setup: the object its workflow runs on. */
public class ShippingSetup implements Consumer<Engine.Builder> {

  @Override
  public void accept(Engine.Builder builder) {
    builder.receiver(Shipping.class, new Shipping(new ArrayList<>()));
  }
}
