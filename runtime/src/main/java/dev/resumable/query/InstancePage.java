package dev.resumable.query;

import java.util.List;
import java.util.Optional;

/** One page of a query's instances, and the cursor of the next page if there is one. */
public final class InstancePage {

  private final List<InstanceInfo> instances;
  private final String nextCursor;

  private InstancePage(List<InstanceInfo> instances, String nextCursor) {
    this.instances = List.copyOf(instances);
    this.nextCursor = nextCursor;
  }

  /**
   * The page of {@code query} from the rows a store found: at most {@code query.limit() + 1},
   * the one past the limit only telling that more follow.
   */
  public static InstancePage of(InstanceQuery query, List<InstanceInfo> rows) {
    if (rows.size() <= query.limit()) {
      return new InstancePage(rows, null);
    }
    List<InstanceInfo> page = rows.subList(0, query.limit());
    InstanceInfo last = page.get(page.size() - 1);
    return new InstancePage(page, Cursors.encode(query.order(), query.descending(),
        last.sortKey(query.order()), last.id()));
  }

  public List<InstanceInfo> instances() {
    return instances;
  }

  /** Pass it to {@link InstanceQuery#next} (or a builder's {@code cursor}); empty at the end. */
  public Optional<String> nextCursor() {
    return Optional.ofNullable(nextCursor);
  }

  public boolean hasMore() {
    return nextCursor != null;
  }

  @Override
  public String toString() {
    return "InstancePage" + instances.stream().map(InstanceInfo::id).toList()
        + (nextCursor != null ? " and more" : "");
  }
}
