package io.github.gongbao.core.catalog;

import java.util.Arrays;
import java.util.Map;

/**
 * The catalogue's name keys in a character trie, read forward or backward, so that finding the longest name at a
 * position walks the text once instead of looking up every substring. Built once; immutable after construction
 * and thread safe.
 */
final class NameTrie {
  private final Node root = new Node();
  private final boolean backward;
  /** The characters the root has children for: most positions of a subject start no name. */
  private final long[] rootChars = new long[0x10000 / 64];

  /** @param backward whether keys are stored last character first, for names that end at a position */
  NameTrie(Map<String, CatalogueEntry> byKey, boolean backward) {
    this.backward = backward;
    byKey.forEach(this::add);
  }

  private void add(String key, CatalogueEntry entry) {
    char c0 = key.charAt(backward ? key.length() - 1 : 0);
    rootChars[c0 >>> 6] |= 1L << c0;
    Node node = root;
    for (int k = 0; k < key.length(); k++) {
      node = node.childOrNew(key.charAt(backward ? key.length() - 1 - k : k));
    }
    node.entry = entry;
  }

  /**
   * The longest name in {@code s} starting at {@code at} (forward trie) or ending at {@code at} (backward trie).
   *
   * @param found receives the name's entry at index 0
   * @return the name's length, 0 if none
   */
  int longest(String s, int at, CatalogueEntry[] found) {
    int i0 = backward ? at - 1 : at;
    if (i0 < 0 || i0 >= s.length() || (rootChars[s.charAt(i0) >>> 6] & (1L << s.charAt(i0))) == 0) {
      return 0;
    }
    Node node = root;
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

  private static final class Node {
    private char[] keys = new char[0];
    private Node[] children = new Node[0];
    private CatalogueEntry entry;

    Node child(char c) {
      int i = Arrays.binarySearch(keys, c);
      return i >= 0 ? children[i] : null;
    }

    Node childOrNew(char c) {
      int i = Arrays.binarySearch(keys, c);
      if (i >= 0) {
        return children[i];
      }
      int at = -i - 1;
      char[] k = new char[keys.length + 1];
      Node[] n = new Node[children.length + 1];
      System.arraycopy(keys, 0, k, 0, at);
      System.arraycopy(children, 0, n, 0, at);
      k[at] = c;
      n[at] = new Node();
      System.arraycopy(keys, at, k, at + 1, keys.length - at);
      System.arraycopy(children, at, n, at + 1, children.length - at);
      keys = k;
      children = n;
      return n[at];
    }
  }
}
