import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "flask.werkzeug-url-quote-removed",
  category: "dependency.install",
  match: [/cannot import name '(?<name>url_quote|url_encode|url_decode|url_parse|url_unquote)' from 'werkzeug\.urls'/],
  // Python appends "Did you mean: 'unquote'?", which is not the fix: Flask must be upgraded.
  printedFixIsWrong: true,
  title: (c) => t(`旧版 Flask 与 Werkzeug 3 不兼容（${c.g.name ?? "url_quote"} 已被删除）`, `An old Flask does not work with Werkzeug 3 (${c.g.name ?? "url_quote"} was removed)`),
  summary: (c) =>
    t(
      `Werkzeug 3.0 删除了 werkzeug.urls.${c.g.name ?? "url_quote"} 等旧函数；Flask 2.2 及更早版本（或某个扩展）还在导入它，而它们没有把 Werkzeug 限制在 3 以下，于是装到 Werkzeug 3 后一启动就报错。Flask 维护者的建议是升级到 Flask 3（2.3 也兼容）。`,
      `Werkzeug 3.0 removed werkzeug.urls.${c.g.name ?? "url_quote"} and other old helpers; Flask 2.2 and earlier (or an extension) still import it without capping Werkzeug below 3, so installing Werkzeug 3 breaks start-up. Flask's maintainers recommend upgrading to Flask 3 (2.3 is also compatible).`,
    ),
  causes: [
    t("requirements 固定了旧的 Flask（≤ 2.2），却没有固定 Werkzeug，pip 装到了 Werkzeug 3", "requirements pin an old Flask (≤ 2.2) but not Werkzeug, so pip installed Werkzeug 3"),
    t("某个 Flask 扩展或依赖仍在使用被删除的 werkzeug.urls 函数", "a Flask extension or dependency still uses the removed werkzeug.urls helpers"),
  ],
  solutions: [
    {
      title: t("升级 Flask 到 3.x（或至少 2.3）", "Upgrade Flask to 3.x (or at least 2.3)"),
      steps: [t("维护者推荐的修复；并用 pip-tools 等工具锁定整个依赖树，避免以后被意外升级。", "The maintainers' recommended fix; lock the full dependency tree with a tool such as pip-tools so it does not drift again.")],
      code: () => block("bash", ['python -m pip install --upgrade "flask>=3"', 'python -c "import flask, werkzeug; print(flask.__version__, werkzeug.__version__)"']),
    },
    {
      title: t("暂时无法升级 Flask：把 Werkzeug 固定在 3 以下", "If Flask cannot be upgraded yet: pin Werkzeug below 3"),
      steps: [t("在 requirements 里写明 Werkzeug<3（例如 2.2.x / 2.3.x），与旧 Flask 配套。", "Pin Werkzeug<3 (e.g. 2.2.x / 2.3.x) next to the old Flask in your requirements.")],
      code: () => block("bash", ['python -m pip install "werkzeug<3"']),
    },
  ],
  docs: ["https://github.com/pallets/werkzeug/issues/2789", "https://github.com/pallets/werkzeug/issues/2808", "https://github.com/microsoft/responsible-ai-toolbox/pull/2577"],
  samples: [
    {
      text: "  File \"/path/to/project/venv/lib/python3.12/site-packages/flask/app.py\", line 30, in <module>\n    from werkzeug.urls import url_quote\nImportError: cannot import name 'url_quote' from 'werkzeug.urls' (/path/to/project/venv/lib/python3.12/site-packages/werkzeug/urls.py). Did you mean: 'unquote'?",
      source: "https://github.com/Neurotech-HQ/heyoo/issues/106",
    },
  ],
});
