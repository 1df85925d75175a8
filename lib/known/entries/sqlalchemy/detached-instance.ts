import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "sqlalchemy.detached-instance",
  category: "unknown",
  match: [
    /Parent instance <(?<obj>\w{1,80}) at 0x[0-9a-f]{1,16}> is not bound to a Session; lazy load operation of attribute '(?<attr>\w{1,80})' cannot proceed/,
    /Instance <(?<obj>\w{1,80}) at 0x[0-9a-f]{1,16}> is not bound to a Session; attribute refresh operation cannot proceed/,
    /DetachedInstanceError: (?:Parent )?[Ii]nstance <[^>\n]{1,120}> is not bound to a Session/,
  ],
  title: (c) =>
    c.g.attr
      ? t(`Session 已关闭，无法再懒加载 ${c.g.obj}.${c.g.attr}`, `The Session is gone, so ${c.g.obj}.${c.g.attr} cannot be lazy-loaded`)
      : t(`${c.g.obj ?? "对象"} 已脱离 Session，过期的属性无法重新加载`, `${c.g.obj ?? "The object"} is detached from its Session, so expired attributes cannot be reloaded`),
  summary: (c) =>
    t(
      `ORM 对象只有在所属 Session 存活时才能从数据库加载数据。${c.g.attr ? `这里访问的关系 ${c.g.attr} 没有随查询一起加载（默认懒加载），而对象的 Session 已经关闭。` : "这里对象的属性已过期——默认 expire_on_commit=True，commit 之后所有属性都会过期，下次访问时重新查询——而对象的 Session 已经关闭或对象已被移出。"}常见于在 with Session 块、请求或任务结束之后（比如模板渲染、序列化、__repr__ 中）访问对象。`,
      `An ORM object can only load data while its Session is alive. ${c.g.attr ? `The relationship ${c.g.attr} was not loaded with the query (it lazy-loads by default), and the object's Session is already closed.` : "The object's attributes had expired — with the default expire_on_commit=True every attribute expires on commit and is re-queried on next access — and its Session is closed or the object was removed from it."} It typically happens when the object is used after the with Session block, request or task ended (in template rendering, serialisation or __repr__).`,
    ),
  causes: [
    t("在 Session 关闭之后访问了未加载的关系（懒加载）", "a relationship that was not loaded is accessed after the Session closed (lazy load)"),
    t("commit 让属性过期（expire_on_commit=True），随后 Session 关闭，再读属性时无处刷新", "commit expired the attributes (expire_on_commit=True), the Session then closed, and reading an attribute has nothing to refresh from"),
  ],
  solutions: [
    {
      title: t("在查询时就把要用的关系加载好", "Load the relationships you need in the query"),
      steps: [t("用 selectinload / joinedload 预加载，之后即使 Session 关闭也能读取；或者把用到对象的代码移到 Session 块里面。", "Eager-load with selectinload / joinedload so the data is there after the Session closes, or move the code that uses the object inside the Session block.")],
      code: () =>
        block("python", [
          "from sqlalchemy import select",
          "from sqlalchemy.orm import selectinload",
          "",
          "",
          "def load_user(session, User, user_id):",
          "    stmt = select(User).options(selectinload(User.posts)).where(User.id == user_id)",
          "    return session.execute(stmt).scalar_one()",
        ]),
    },
    {
      title: t("commit 之后还要读对象：关闭提交时过期", "If objects are read after commit: stop expiring on commit"),
      steps: [t("sessionmaker(engine, expire_on_commit=False)（Flask-SQLAlchemy 用 session_options={\"expire_on_commit\": False}），commit 后属性保留已加载的值；它们不会自动反映其他事务的修改。", "sessionmaker(engine, expire_on_commit=False) (Flask-SQLAlchemy: session_options={\"expire_on_commit\": False}) keeps loaded values after commit; they will not reflect other transactions' changes automatically.")],
    },
  ],
  docs: ["https://sqlalchemy.org/docs/14/errors.html", "https://sqlalche.me/e/20/bhk3", "https://github.com/aminalaee/sqladmin/issues/776"],
  samples: [
    {
      text: "DetachedInstanceError: Instance <Order at 0x813495a50> is not bound to a Session; attribute refresh operation cannot proceed",
      source: "https://bitbucket.org/zzzeek/sqlalchemy_old/issues/3493/instance-is-not-bound-to-a-session-while",
    },
  ],
});
