package dev.resumable.cli.app;

import dev.resumable.Engine;
import java.util.ArrayList;
import java.util.function.Consumer;

/** The application with the fix: it ships parcels of up to 50 kg. */
public class HeavyShippingSetup implements Consumer<Engine.Builder> {

  @Override
  public void accept(Engine.Builder builder) {
    builder.receiver(Shipping.class, new Shipping(new ArrayList<>(), 50_000));
  }
}
