import { block, defineKnownError, t } from "../../define";
import { categorySolutions } from "../../template";

export default defineKnownError({
  id: "java.comparison-contract",
  category: "code.value",
  match: [/Comparison method violates its general contract!?/],
  title: t("排序用的比较器不满足 Comparator 约定", "The sort's comparator breaks the Comparator contract"),
  summary: t(
    "Java 7 起 Arrays.sort/Collections.sort 对对象使用 TimSort，它能发现比较结果自相矛盾的比较器并抛出这个 IllegalArgumentException。比较器必须满足：sgn(compare(a,b)) == -sgn(compare(b,a))、传递性，且相等的元素与第三个元素比较结果一致。",
    "Since Java 7, Arrays.sort/Collections.sort sort objects with TimSort, which detects a comparator that contradicts itself and throws this IllegalArgumentException. A comparator must satisfy sgn(compare(a,b)) == -sgn(compare(b,a)), be transitive, and treat equal elements alike against any third element.",
  ),
  causes: [
    t("比较器在两个元素相等时没有返回 0（例如只写了 > 返回 -1，否则返回 1）", "the comparator never returns 0 for equal elements (e.g. returns -1 when greater and 1 otherwise)"),
    t("用减法比较（a - b），大数相减溢出后符号反了", "it compares by subtraction (a - b), which overflows for large values and flips the sign"),
    t("比较的字段在排序过程中被别的线程修改，或比较的是含非数字值（not-a-number）的浮点数、随机值", "the compared field changes during the sort (another thread), or the values are floating point with not-a-number values, or random"),
  ],
  solutions: [
    {
      title: t("用标准库的比较方法重写比较器", "Rewrite the comparator with the standard comparison methods"),
      steps: [
        t("用 Integer.compare / Long.compare / Double.compare 或 Comparator.comparing(...).thenComparing(...)，它们对相等返回 0、不会溢出。排序前对要比较的值做快照，不要在排序时修改它们。", "Use Integer.compare / Long.compare / Double.compare or Comparator.comparing(...).thenComparing(...): they return 0 for equal values and do not overflow. Snapshot the compared values before sorting; never change them during the sort."),
      ],
      code: () =>
        block("java", [
          "import java.util.ArrayList;",
          "import java.util.Comparator;",
          "import java.util.List;",
          "",
          "public class SortFix {",
          "    record Item(String name, long score) {}",
          "",
          "    public static void main(String[] args) {",
          "        List<Item> items = new ArrayList<>(List.of(new Item(\"a\", 3), new Item(\"b\", 3), new Item(\"c\", 1)));",
          "        // Bigger score first; equal scores compare as 0, never -1/1 both ways.",
          "        items.sort(Comparator.comparingLong(Item::score).reversed().thenComparing(Item::name));",
          "        System.out.println(items);",
          "    }",
          "}",
        ]),
    },
    {
      title: t("临时绕过：回到旧的归并排序", "Stopgap: fall back to the legacy merge sort"),
      steps: [t("启动参数加 -Djava.util.Arrays.useLegacyMergeSort=true 可以不抛异常，但排序结果仍可能不正确，只适合在修好比较器之前应急。", "Starting the JVM with -Djava.util.Arrays.useLegacyMergeSort=true stops the exception, but the order may still be wrong; use it only until the comparator is fixed.")],
    },
    ...categorySolutions("code.value"),
  ],
  docs: ["https://github.com/orbeon/orbeon-forms/issues/916", "https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/util/Comparator.html"],
  samples: [
    {
      text: 'Exception in thread "main" java.lang.IllegalArgumentException: Comparison method violates its general contract!\n    at java.util.TimSort.mergeHi(TimSort.java:895)\n    at java.util.TimSort.mergeAt(TimSort.java:512)\n    at java.util.Collections.sort(Collections.java:230)\n    at de.citec.sc.matoll.process.Matoll.main(Matoll.java:370)',
      source: "https://github.com/ag-sc/matoll/issues/17",
    },
  ],
});
