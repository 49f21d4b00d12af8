package dev.resumable.codec;

import dev.resumable.proto.CollectionKind;
import dev.resumable.proto.MapKind;
import java.lang.reflect.Array;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds a view in a graph that may be backed by another object of the same graph.
 *
 * <p>A {@code Collections.unmodifiable*} view or an {@code Arrays.asList} list is stored as its
 * items and comes back over a copy of its own: Java cannot say what a view wraps. Alone that is
 * exact, since nothing left can change what the view shows. But if what it wraps is kept too, a
 * restart makes them two objects, and a later change to the one no longer shows through the
 * other. A view shows its backing's own objects (or a run of them: a subList, a headSet, a
 * keySet), so a view whose items are all items of a changeable object of a shape it could wrap
 * may be backed by it, and the graph is refused, naming both. An empty view may wrap any object
 * of its shape. Views over views come down to the object at the bottom, whose items they show.
 */
final class ViewBackings {

  private ViewBackings() {}

  /**
   * @param objects the objects of one graph, in the order they were met
   * @param describe what the program calls each of them
   */
  static void refuseSplit(List<Object> objects, Function<Object, String> describe) {
    Map<Object, Set<Object>> itemsOf = new IdentityHashMap<>();
    for (Object view : objects) {
      View kind = View.of(view);
      if (kind == null) {
        continue;
      }
      List<Object> shown = kind.items(view);
      for (Object candidate : objects) {
        if (candidate != view && kind.mayWrap(candidate)
            && kind.shows(shown, itemsOf.computeIfAbsent(candidate, ViewBackings::itemsOf),
                candidate)) {
          throw refusal(view, kind, candidate, describe);
        }
      }
    }
  }

  private static CodecException refusal(Object view, View kind, Object backing,
      Function<Object, String> describe) {
    return new CodecException("cannot keep both " + describe.apply(view) + ", a "
        + view.getClass().getName() + ", and " + describe.apply(backing) + ", a "
        + backing.getClass().getName() + ": the first is a view that may be"
        + " backed by the second (its items are the second's own objects), and Java cannot say"
        + " whether it is; after a restart they would be two separate objects, and a change to the"
        + " second would no longer show through the first; nothing was stored; keep only one of"
        + " them live across the wait, or make the view a copy before the wait, e.g. "
        + kind.copy);
  }

  /** The objects an object holds, by identity: items, array elements, or a map's keys, values and entries. */
  private static Set<Object> itemsOf(Object object) {
    Set<Object> items = Collections.newSetFromMap(new IdentityHashMap<>());
    if (object instanceof Collection<?> collection) {
      items.addAll(collection);
    } else if (object instanceof Map<?, ?> map) {
      items.addAll(map.keySet());
      items.addAll(map.values());
      items.addAll(map.entrySet());
    } else if (object.getClass().isArray() && !object.getClass().getComponentType().isPrimitive()) {
      for (int i = 0; i < Array.getLength(object); i++) {
        items.add(Array.get(object, i));
      }
    }
    return items;
  }

  /** A kind of view, with the shapes of changeable object it may wrap. */
  private enum View {
    LIST("List.copyOf(view) or new ArrayList<>(view)") {
      @Override
      boolean mayWrap(Object candidate) {
        return isReferenceArray(candidate) || isList(changeable(candidate));
      }
    },
    SET("Set.copyOf(view) or new LinkedHashSet<>(view)") {
      @Override
      boolean mayWrap(Object candidate) {
        CollectionKind kind = changeable(candidate);
        return isSet(kind) || changeableMap(candidate) != null;
      }
    },
    SORTED_SET("new TreeSet<>(view)") {
      @Override
      boolean mayWrap(Object candidate) {
        return changeable(candidate) == CollectionKind.TREE_SET
            || changeableMap(candidate) == MapKind.TREE_MAP;
      }
    },
    COLLECTION("List.copyOf(view) or new ArrayList<>(view)") {
      @Override
      boolean mayWrap(Object candidate) {
        return isReferenceArray(candidate) || changeable(candidate) != null
            || changeableMap(candidate) != null;
      }
    },
    /** Arrays.asList: it shows a whole array, and can set its elements, so it is changeable too. */
    ARRAY("new ArrayList<>(list) or List.copyOf(list)") {
      @Override
      boolean mayWrap(Object candidate) {
        return isReferenceArray(candidate)
            || changeable(candidate) == CollectionKind.ARRAYS_AS_LIST;
      }

      @Override
      boolean shows(List<Object> shown, Set<Object> items, Object candidate) {
        List<?> elements = candidate instanceof List<?> list ? list
            : java.util.Arrays.asList((Object[]) candidate);
        if (elements.size() != shown.size()) {
          return false;
        }
        for (int i = 0; i < shown.size(); i++) {
          if (elements.get(i) != shown.get(i)) {
            return false;
          }
        }
        return true;
      }
    },
    MAP("Map.copyOf(view) or new LinkedHashMap<>(view)") {
      @Override
      boolean mayWrap(Object candidate) {
        return changeableMap(candidate) != null;
      }
    },
    SORTED_MAP("new TreeMap<>(view)") {
      @Override
      boolean mayWrap(Object candidate) {
        return changeableMap(candidate) == MapKind.TREE_MAP;
      }
    };

    final String copy;

    View(String copy) {
      this.copy = copy;
    }

    abstract boolean mayWrap(Object candidate);

    /** Whether a view showing {@code shown} may show {@code candidate}, which holds {@code items}. */
    boolean shows(List<Object> shown, Set<Object> items, Object candidate) {
      return items.containsAll(shown);
    }

    /** What a view shows: its items, or a map view's keys, which are its backing's keys. */
    List<Object> items(Object view) {
      return view instanceof Map<?, ?> map ? new java.util.ArrayList<>(map.keySet()) : itemsList(view);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> itemsList(Object view) {
      return new java.util.ArrayList<>((Collection<Object>) view);
    }

    static View of(Object object) {
      if (object instanceof Collection<?> collection) {
        CollectionKind kind = CollectionKinds.find(collection);
        if (kind == null) {
          return null;
        }
        switch (kind) {
          case UNMODIFIABLE_LIST:
          case UNMODIFIABLE_LINKED_LIST:
            return LIST;
          case UNMODIFIABLE_SET:
            return SET;
          case UNMODIFIABLE_SORTED_SET:
          case UNMODIFIABLE_NAVIGABLE_SET:
            return SORTED_SET;
          case UNMODIFIABLE_COLLECTION:
            return COLLECTION;
          case ARRAYS_AS_LIST:
            // An empty one shows an empty array, which nothing can change.
            return collection.isEmpty() ? null : ARRAY;
          default:
            return null;
        }
      }
      if (object instanceof Map<?, ?> map) {
        MapKind kind = MapKinds.find(map);
        if (kind == MapKind.UNMODIFIABLE_MAP) {
          return MAP;
        }
        if (kind == MapKind.UNMODIFIABLE_SORTED_MAP || kind == MapKind.UNMODIFIABLE_NAVIGABLE_MAP) {
          return SORTED_MAP;
        }
      }
      return null;
    }
  }

  /** The kind of a collection whose items can change through it, else null. */
  private static CollectionKind changeable(Object object) {
    if (!(object instanceof Collection<?> collection)) {
      return null;
    }
    CollectionKind kind = CollectionKinds.find(collection);
    if (kind == null) {
      return null;
    }
    switch (kind) {
      case ARRAY_LIST:
      case LINKED_LIST:
      case ARRAY_DEQUE:
      case HASH_SET:
      case LINKED_HASH_SET:
      case TREE_SET:
      case ENUM_SET:
      case ARRAYS_AS_LIST:
        return kind;
      default:
        return null;
    }
  }

  /** The kind of a map that can change, else null. */
  private static MapKind changeableMap(Object object) {
    if (!(object instanceof Map<?, ?> map)) {
      return null;
    }
    MapKind kind = MapKinds.find(map);
    return kind == MapKind.HASH_MAP || kind == MapKind.LINKED_HASH_MAP
        || kind == MapKind.TREE_MAP || kind == MapKind.ENUM_MAP ? kind : null;
  }

  private static boolean isList(CollectionKind kind) {
    return kind == CollectionKind.ARRAY_LIST || kind == CollectionKind.LINKED_LIST
        || kind == CollectionKind.ARRAYS_AS_LIST;
  }

  private static boolean isSet(CollectionKind kind) {
    return kind == CollectionKind.HASH_SET || kind == CollectionKind.LINKED_HASH_SET
        || kind == CollectionKind.TREE_SET || kind == CollectionKind.ENUM_SET;
  }

  private static boolean isReferenceArray(Object object) {
    return object.getClass().isArray() && !object.getClass().getComponentType().isPrimitive();
  }
}
