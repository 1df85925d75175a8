import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "sqlalchemy.missing-greenlet",
  category: "database",
  match: ["greenlet_spawn has not been called; can't call await_only() here"],
  title: t("异步 SQLAlchemy 在意外的地方触发了数据库 IO（常见于懒加载关系）", "Async SQLAlchemy hit database IO in an unexpected place (usually a lazy-loaded relationship)"),
  summary: t(
    "使用 AsyncSession / AsyncEngine 时，所有数据库 IO 都必须经由 await 发起。访问一个尚未加载的关系属性（默认的 lazy=\"select\"），或在同步代码里用异步驱动，会在 await 之外隐式发起 IO，于是抛出 MissingGreenlet。",
    "With AsyncSession / AsyncEngine every database IO must go through an await. Touching a relationship that was not loaded yet (the default lazy=\"select\") or using an async driver from sync code issues implicit IO outside an await, which raises MissingGreenlet.",
  ),
  causes: [
    t("在异步代码里访问了未预加载的关系（如 parent.children），触发了懒加载", "async code touched a relationship that was not eagerly loaded (parent.children), which triggers a lazy load"),
    t("在同步 API（如 inspect(engine)、同步 create_engine）里使用了 asyncpg / aiosqlite 这类异步驱动", "an async driver such as asyncpg / aiosqlite is used through a sync API (inspect(engine), a sync create_engine)"),
  ],
  solutions: [
    {
      title: t("查询时用 selectinload 预加载需要的关系", "Eager-load the relationships you need with selectinload"),
      steps: [t("在 select() 上加 .options(selectinload(Model.relationship))，让关系随查询一起在 await 中加载。", "Add .options(selectinload(Model.relationship)) to the select() so the relationship loads within the awaited query.")],
      code: () =>
        block("python", [
          "from sqlalchemy import select",
          "from sqlalchemy.orm import selectinload",
          "",
          "",
          "async def load_parent(session, Parent, parent_id):",
          "    result = await session.execute(",
          "        select(Parent).where(Parent.id == parent_id).options(selectinload(Parent.children))",
          "    )",
          "    return result.scalar_one()",
        ]),
    },
  ],
  docs: ["https://sqlalche.me/e/20/xd2s", "https://github.com/fastapi/sqlmodel/issues/643"],
  samples: [
    {
      text: "in await_only raise exc.MissingGreenlet( sqlalchemy.exc.MissingGreenlet: greenlet_spawn has not been called; can't call await_only() here. Was IO attempted in an unexpected place? (Background on this error at: https://sqlalche.me/e/20/xd2s)",
      source: "https://cnblogs.com/zhuoss/p/17137709.html",
    },
  ],
});
