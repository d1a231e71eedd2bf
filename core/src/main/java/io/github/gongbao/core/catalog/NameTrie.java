package io.github.gongbao.core.catalog;

import java.util.Arrays;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Keys (catalogue names, boundary words) in a character trie, read forward or backward, so that finding the
 * longest key at a position walks the text once instead of looking up every substring. Built once; immutable
 * after construction and thread safe.
 *
 * @param <V> what a key maps to
 */
final class NameTrie<V> {
  private final Node<V> root = new Node<>();
  private final boolean backward;
  /** The characters the root has children for: most positions of a subject start no name. */
  private final long[] rootChars = new long[0x10000 / 64];

  /** @param backward whether keys are stored last character first, for names that end at a position */
  NameTrie(Map<String, V> byKey, boolean backward) {
    this.backward = backward;
    byKey.forEach(this::add);
    root.index();
  }

  private void add(String key, V entry) {
    char c0 = key.charAt(backward ? key.length() - 1 : 0);
    rootChars[c0 >>> 6] |= 1L << c0;
    Node<V> node = root;
    for (int k = 0; k < key.length(); k++) {
      node = node.childOrNew(key.charAt(backward ? key.length() - 1 - k : k));
    }
    node.entry = entry;
  }

  /**
   * The longest key in {@code s} starting at {@code at} (forward trie) or ending at {@code at} (backward trie).
   *
   * @param found receives the key's value at index 0
   * @return the key's length, 0 if none
   */
  int longest(String s, int at, V[] found) {
    int i0 = backward ? at - 1 : at;
    if (i0 < 0 || i0 >= s.length() || (rootChars[s.charAt(i0) >>> 6] & (1L << s.charAt(i0))) == 0) {
      return 0;
    }
    Node<V> node = root;
    int best = 0;
    for (int k = 0; ; k++) {
      int i = backward ? at - 1 - k : at + k;
      if (i < 0 || i >= s.length()) {
        return best;
      }
      node = node.child(s.charAt(i));
      if (node == null) {
        return best;
      }
      if (node.entry != null) {
        best = k + 1;
        found[0] = node.entry;
      }
    }
  }

  private static final class Node<V> {
    private char[] keys = new char[0];
    private Node<V>[] children = newArray(0);
    /** The value of the key that ends here, if one does. */
    private @Nullable V entry;
    /**
     * For a node with many children (the root has hundreds): an open-addressed table instead of a search. Both
     * arrays are set together by {@link #index()}, or neither; empty slots of {@code tableChildren} are null.
     */
    private char @Nullable [] tableKeys;
    private Node<V> @Nullable [] tableChildren;
    private static final int TABLE_FROM = 8;

    @SuppressWarnings("unchecked")
    private static <V> Node<V>[] newArray(int n) {
      return (Node<V>[]) new Node<?>[n];
    }

    /** @return the child for {@code c}, or null if there is none */
    @Nullable Node<V> child(char c) {
      char[] tk = tableKeys;
      Node<V>[] tc = tableChildren;
      if (tk != null && tc != null) {
        int mask = tk.length - 1;
        for (int h = slot(c, mask); tc[h] != null; h = (h + 1) & mask) {
          if (tk[h] == c) {
            return tc[h];
          }
        }
        return null;
      }
      int i = Arrays.binarySearch(keys, c);
      return i >= 0 ? children[i] : null;
    }

    private static int slot(char c, int mask) {
      return ((c * 0x9E3779B1) >>> 16) & mask;
    }

    /** Builds the tables of this node and its descendants; called once the trie is complete. */
    void index() {
      if (keys.length >= TABLE_FROM) {
        int size = Integer.highestOneBit(keys.length * 3) << 1; // at most a third full
        char[] tk = new char[size];
        Node<V>[] tc = newArray(size);
        for (int k = 0; k < keys.length; k++) {
          int h = slot(keys[k], size - 1);
          while (tc[h] != null) {
            h = (h + 1) & (size - 1);
          }
          tk[h] = keys[k];
          tc[h] = children[k];
        }
        tableKeys = tk;
        tableChildren = tc;
      }
      for (Node<V> child : children) {
        child.index();
      }
    }

    Node<V> childOrNew(char c) {
      int i = Arrays.binarySearch(keys, c);
      if (i >= 0) {
        return children[i];
      }
      int at = -i - 1;
      char[] k = new char[keys.length + 1];
      Node<V>[] n = newArray(children.length + 1);
      System.arraycopy(keys, 0, k, 0, at);
      System.arraycopy(children, 0, n, 0, at);
      k[at] = c;
      n[at] = new Node<>();
      System.arraycopy(keys, at, k, at + 1, keys.length - at);
      System.arraycopy(children, at, n, at + 1, children.length - at);
      keys = k;
      children = n;
      return n[at];
    }
  }
}
