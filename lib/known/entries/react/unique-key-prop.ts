import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "react.unique-key-prop",
  category: "unknown",
  match: [/Each child in (?:a list|an array or iterator) should have a unique "key" prop\.?(?:\s{0,5}Check the render method of `(?<comp>[\w$.]{1,100})`)?/],
  title: (c) => (c.g.comp ? t(`${ic(c.g.comp)} 渲染的列表元素缺少唯一的 key`, `List items rendered by ${ic(c.g.comp)} lack a unique key`) : t("列表元素缺少唯一的 key", "List items lack a unique key")),
  summary: t(
    "用数组（通常是 .map()）渲染多个元素时，React 需要每个元素有一个在兄弟间唯一且稳定的 key，用来在更新时对应旧元素。缺少 key 或 key 重复时，列表更新可能错乱（输入框内容、状态跑到别的行）。",
    "When several elements are rendered from an array (usually with .map()), React needs a key on each that is unique among siblings and stable, to match elements across updates. Missing or duplicate keys can scramble updates (input text or state jumping to another row).",
  ),
  causes: [
    t(".map() 返回的最外层元素没有 key（key 要写在最外层，包括 <></> 需要改成 <Fragment key=…>）", "the outermost element returned from .map() has no key (it belongs on the outermost element; a <></> must become <Fragment key=…>)"),
    t("key 有重复值（例如用了会重复的名称字段）", "keys repeat (a field such as a name that is not unique was used)"),
  ],
  solutions: [
    {
      title: t("用数据里稳定唯一的 id 作为 key", "Use a stable unique id from the data as the key"),
      steps: [t("在 .map() 返回的最外层元素上写 key={item.id}；只有列表永不重排、增删时才可以用数组下标。", "Put key={item.id} on the outermost element returned from .map(); use the array index only when the list never reorders, inserts or deletes.")],
    },
  ],
  docs: ["https://react.dev/link/warning-keys"],
  samples: [{ text: "Each child in a list should have a unique \"key\" prop.\n\nCheck the render method of `Er`. See https://react.dev/link/warning-keys for more information.", source: "https://github.com/vothanhdat/react-obj-view/issues/28" }],
});
