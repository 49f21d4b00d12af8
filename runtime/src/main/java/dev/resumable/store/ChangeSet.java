package dev.resumable.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What one step changes, committed by {@link Store#commit} at once or not at all: the instances
 * it creates (itself when it starts, the branches it starts) and those it updates (itself, a
 * branch it adopts). Each instance appears once.
 */
public final class ChangeSet {

  /** An update of {@code instance}, based on the stored revision {@code expectedRevision}. */
  public record Update(StoredInstance instance, long expectedRevision) {}

  private final List<StoredInstance> inserts;
  private final List<Update> updates;

  private ChangeSet(List<StoredInstance> inserts, List<Update> updates) {
    this.inserts = List.copyOf(inserts);
    this.updates = List.copyOf(updates);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The new instances, in the order they were added. */
  public List<StoredInstance> inserts() {
    return inserts;
  }

  /** The updates, in the order they were added. */
  public List<Update> updates() {
    return updates;
  }

  public boolean isEmpty() {
    return inserts.isEmpty() && updates.isEmpty();
  }

  /** The ids written, inserts first: for messages. */
  public List<String> ids() {
    List<String> ids = new ArrayList<>();
    inserts.forEach(i -> ids.add(i.id()));
    updates.forEach(u -> ids.add(u.instance().id()));
    return ids;
  }

  @Override
  public String toString() {
    return "ChangeSet" + ids();
  }

  /** Collects a change set; refuses a second change of one instance and a skipped revision. */
  public static final class Builder {
    private final List<StoredInstance> inserts = new ArrayList<>();
    private final List<Update> updates = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    private Builder() {}

    public Builder insert(StoredInstance instance) {
      Objects.requireNonNull(instance, "instance");
      once(instance.id());
      inserts.add(instance);
      return this;
    }

    /** {@code instance.revision()} must be {@code expectedRevision + 1}. */
    public Builder update(StoredInstance instance, long expectedRevision) {
      Objects.requireNonNull(instance, "instance");
      if (instance.revision() != expectedRevision + 1) {
        throw new IllegalArgumentException("an update of instance \"" + instance.id()
            + "\" based on revision " + expectedRevision + " must carry revision "
            + (expectedRevision + 1) + ", not " + instance.revision());
      }
      once(instance.id());
      updates.add(new Update(instance, expectedRevision));
      return this;
    }

    private void once(String id) {
      if (!ids.add(id)) {
        throw new IllegalArgumentException("instance \"" + id + "\" is changed twice in one"
            + " change set; a step writes each instance once");
      }
    }

    public ChangeSet build() {
      return new ChangeSet(inserts, updates);
    }
  }
}
