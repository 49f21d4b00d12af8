package dev.resumable.sample;

/** Tells the customer how their order is going; in the demo, prints to the console. */
public interface Notifier {

  void tell(String orderId, String news);
}
