import { defineKnownError, ic, t } from "../../define";
import { categorySolutions } from "../../template";

export default defineKnownError({
  id: "java.class-cast",
  category: "code.type",
  match: [/java\.lang\.ClassCastException: (?:class )?(?<from>[\w$.[;]{1,300}) cannot be cast to (?:class )?(?<to>[\w$.[;]{1,300})(?<loaders>[^\n]{0,400})/],
  title: (c) =>
    c.g.from && c.g.to
      ? t(`运行时对象是 ${ic(c.g.from)}，不能强制转换成 ${ic(c.g.to)}`, `The object is a ${ic(c.g.from)} at run time and cannot be cast to ${ic(c.g.to)}`)
      : t("对象的运行时类型与强制转换的目标类型不符", "The object's run-time type does not match the cast"),
  summary: t(
    "ClassCastException 表示代码把一个对象强制转换成它并不属于的类型：编译器只检查了声明的类型，运行时对象的真实类型不是目标类型，也不是它的子类。",
    "ClassCastException means the code cast an object to a type it is not an instance of: the compiler only checked the declared type, and at run time the object is neither the target type nor a subclass of it.",
  ),
  causes: [
    (c) =>
      c.g.from && /json|LinkedHashMap|LinkedTreeMap|Map\b/i.test(c.g.from)
        ? t(`${ic(c.g.from)} 是 JSON 库的通用容器：反序列化时没有给出目标类型（泛型被擦除），得到的是 Map/JSONObject 而不是你的实体类`, `${ic(c.g.from)} is a JSON library's generic container: it was deserialized without the target type (generics are erased), so it is a Map/JSONObject, not your class`)
        : t("对数据来源的类型假设不成立：集合、缓存、反序列化或框架返回的对象不是你以为的那个类", "an assumption about where the object comes from is wrong: a collection, cache, deserializer or framework returned something other than the class you expected"),
    (c) =>
      c.g.loaders && /loader[^\n]{1,200};[^\n]{1,200}loader/.test(c.g.loaders)
        ? t("两个类名相同但来自不同的类加载器（消息里两边的 loader 不同）：同一个类被加载了两次，例如热重载/DevTools 或插件容器", "the classes come from different class loaders (the message names two loaders): one class was loaded twice, e.g. by hot reload/DevTools or a plugin container")
        : t("同名类被不同的类加载器加载了两次（热重载、插件容器）时也会这样，即使类名完全相同", "the same class loaded twice by different class loaders (hot reload, plugin containers) also causes this, even when the names are identical"),
  ],
  solutions: [
    {
      title: t("在转换的那一行检查真实类型，改成转换而不是强转", "Inspect the real type at the failing line and convert instead of casting"),
      steps: [
        t("堆栈第一条 at 指向强转的位置。打印 obj.getClass() 看真实类型；如果它是 JSON 对象或 Map，用 JSON 库按目标类型转换（如 Jackson 的 convertValue、fastjson 的 toJavaObject），或在反序列化时传入具体类型（TypeReference）。", "The first `at` line is the cast. Print obj.getClass() to see the real type; if it is a JSON object or a Map, convert it with the JSON library to the target type (Jackson's convertValue, fastjson's toJavaObject) or pass the concrete type when deserializing (TypeReference)."),
      ],
    },
    {
      title: t("先用 instanceof 判断再转换", "Check with instanceof before casting"),
      steps: [t("数据来源可能返回多种类型时，用 instanceof（或 Java 16+ 的模式匹配）分别处理，不要直接强转。", "When the source can return several types, branch with instanceof (or Java 16+ pattern matching) instead of casting blindly.")],
    },
    ...categorySolutions("code.type"),
  ],
  docs: ["https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/lang/ClassCastException.html", "https://github.com/quarkusio/quarkus/issues/24578"],
  samples: [
    {
      text: "java.lang.ClassCastException: class com.github.unidbg.linux.android.dvm.DvmObject cannot be cast to class com.github.unidbg.linux.android.dvm.Array (com.github.unidbg.linux.android.dvm.DvmObject and com.github.unidbg.linux.android.dvm.Array are in unnamed module of loader 'app')",
      source: "https://github.com/zhkl0228/unidbg/issues/96",
    },
  ],
});
