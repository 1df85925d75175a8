import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "uv.lockfile-needs-update",
  category: "dependency.install",
  match: ["The lockfile at `uv.lock` needs to be updated, but `--locked` was provided"],
  title: t("uv.lock 需要更新，但命令带了 --locked", "uv.lock needs updating, but --locked was given"),
  summary: t(
    "--locked（或环境变量 UV_LOCKED）要求 uv.lock 与 pyproject.toml 完全一致，不允许 uv 修改它；uv 重新解析后发现锁文件会变化，于是报错退出。不带 --locked 时 uv sync 会静默更新锁文件。",
    "--locked (or the UV_LOCKED environment variable) asserts that uv.lock matches pyproject.toml and forbids uv from changing it; uv re-resolved, found the lock file would change, and stopped. Without --locked, uv sync silently updates the lock file.",
  ),
  causes: [
    t("改了 pyproject.toml（依赖、requires-python、工作区成员）但没有重新运行 uv lock 并提交 uv.lock", "pyproject.toml changed (dependencies, requires-python, workspace members) without rerunning uv lock and committing uv.lock"),
    t("本机的 uv 配置（如 prerelease 设置）被写进了锁文件，CI 里的配置不同", "a local uv setting (such as prerelease) was recorded in the lock file and CI's configuration differs"),
    t("本地与 CI 的 uv 版本不同，旧版本里有已修复的误报问题", "local and CI use different uv versions, and older versions had since-fixed false positives"),
  ],
  solutions: [
    {
      title: t("在本地重新锁定并提交 uv.lock", "Relock locally and commit uv.lock"),
      steps: [t("运行 uv lock，检查 uv.lock 的改动并提交；之后 CI 里的 --locked 就会通过。", "Run uv lock, review and commit the uv.lock changes; --locked in CI then passes.")],
      code: () => block("bash", ["uv --version", "uv lock", "uv lock --check", "git diff --stat uv.lock"]),
    },
    {
      title: t("保持本地和 CI 的 uv 版本一致", "Keep the uv version the same locally and in CI"),
      steps: [t("锁文件反复“需要更新”时，先把两边的 uv 升级到同一个最新版本。", "If the lock keeps \"needing an update\", upgrade uv to the same latest version on both sides first.")],
    },
  ],
  docs: ["https://github.com/astral-sh/uv/pull/5196", "https://github.com/datalab-org/datalab/pull/913", "https://github.com/astral-sh/uv/issues/8581", "https://github.com/astral-sh/uv/issues/17206"],
  samples: [
    {
      text: "#14 7.381 The lockfile at `uv.lock` needs to be updated, but `--locked` was provided. To update the lockfile, run `uv lock`.\n#14 ERROR: executor failed running [/bin/sh -c uv sync --locked --no-dev --no-install-workspace --package hackbot-api]: exit code: 1",
      source: "https://github.com/mozilla/bugbug/issues/6117",
    },
  ],
});
