package dev.resumable.processor.model;

/**
 * Where a for-each loop over a collection stands: the stored collection (for a view such as
 * {@code map.entrySet()}, the stored map and the view's accessor) and the number of elements
 * taken before the current one. Its variable is derived from these after a restore, so that it
 * is the very element of the restored collection and its type need not be storable.
 *
 * @param items the stored collection, or the map whose view the loop walks
 * @param view the accessor of the walked view, e.g. {@code entrySet}; null for the collection
 * @param index elements taken before the current one
 */
public record ElementPosition(LocalVar items, String view, LocalVar index) {}
