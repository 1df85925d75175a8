import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "java.concurrent-modification",
  category: "unknown",
  match: ["java.util.ConcurrentModificationException"],
  title: t("遍历集合的同时修改了它（ConcurrentModificationException）", "The collection was modified while being iterated (ConcurrentModificationException)"),
  summary: t(
    "ArrayList、HashMap 等通用集合的迭代器是 fail-fast 的：发现遍历期间集合被别的途径改了，就在下一次 next() 时抛出这个异常。最常见的其实是单线程：在 for-each 循环里直接调用 list.remove/add。要在遍历中删除，用 Iterator.remove() 或 removeIf；多个线程共享集合时，要加同步或改用 java.util.concurrent 里的并发集合。",
    "The iterators of general-purpose collections such as ArrayList and HashMap are fail-fast: when the collection is changed by anything other than the iterator during iteration, the next call to next() throws this exception. Most often it is a single thread calling list.remove/add inside a for-each loop. To remove while iterating, use Iterator.remove() or removeIf; when threads share the collection, synchronise or use a java.util.concurrent collection.",
  ),
  causes: [
    t("在 for-each 循环体里直接增删同一个集合", "adding to or removing from the same collection inside a for-each loop"),
    t("一个线程在遍历，另一个线程在修改同一个非线程安全集合", "one thread iterates while another modifies the same non-thread-safe collection"),
    t("遍历 Map 的 keySet/values/entrySet 时调用了 map.put/remove", "calling map.put/remove while iterating its keySet/values/entrySet"),
  ],
  solutions: [
    {
      title: t("遍历中删除时用迭代器自己的 remove，或 removeIf", "Remove through the iterator itself, or with removeIf"),
      steps: [t("堆栈里 checkForComodification 上面那一行就是正在遍历的循环；在那里改用下面的写法。", "The frame above checkForComodification in the stack trace is the loop doing the iteration; rewrite it like this.")],
      code: () =>
        block("java", [
          "// instead of: for (String s : list) { if (s.isEmpty()) list.remove(s); }",
          "list.removeIf(s -> s.isEmpty());",
          "",
          "// or, when more logic is needed:",
          "Iterator<String> it = list.iterator();",
          "while (it.hasNext()) {",
          "    if (it.next().isEmpty()) {",
          "        it.remove();",
          "    }",
          "}",
        ]),
    },
    {
      title: t("多线程共享时用并发集合", "Use a concurrent collection when threads share it"),
      steps: [t("ConcurrentHashMap、CopyOnWriteArrayList 的迭代器不会抛这个异常；或者在所有读写处对同一把锁加 synchronized。", "ConcurrentHashMap and CopyOnWriteArrayList iterators do not throw it; otherwise guard every read and write with the same lock.")],
    },
  ],
  docs: ["https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/util/ConcurrentModificationException.html", "https://wiki.sei.cmu.edu/confluence/display/java/MSC06-J.+Do+not+modify+the+underlying+collection+when+an+iteration+is+in+progress"],
  samples: [{ text: "Exception in thread \"main\" java.util.ConcurrentModificationException\n\tat java.base/java.util.ArrayList$Itr.checkForComodification(ArrayList.java:1013)\n\tat java.base/java.util.ArrayList$Itr.next(ArrayList.java:967)\n\tat Main.main(Main.java:12)", source: "https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/util/ConcurrentModificationException.html" }],
});
