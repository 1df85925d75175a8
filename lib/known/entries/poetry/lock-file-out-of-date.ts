import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "poetry.lock-file-out-of-date",
  category: "dependency.install",
  match: ["pyproject.toml changed significantly since poetry.lock was last generated", "poetry.lock is not consistent with pyproject.toml"],
  title: t("poetry.lock 与 pyproject.toml 不一致", "poetry.lock is out of sync with pyproject.toml"),
  summary: t(
    "poetry.lock 里记录了生成它时 pyproject.toml 依赖部分的哈希；之后有人改了 pyproject.toml（加减依赖、改版本约束）却没有重新生成锁文件，poetry install 就拒绝按这个过期的锁文件安装（Poetry 1.8 起由警告变为错误）。",
    "poetry.lock stores a hash of pyproject.toml's dependency sections from when it was generated; pyproject.toml changed afterwards (dependencies added, removed or re-constrained) without regenerating the lock file, so poetry install refuses to install from the stale lock (an error since Poetry 1.8, a warning before).",
  ),
  causes: [
    t("修改了 pyproject.toml 的依赖后没有运行 poetry lock 并提交新的 poetry.lock", "pyproject.toml's dependencies were edited without running poetry lock and committing the new poetry.lock"),
    t("仓库里的 poetry.lock 是用另一个版本的 Poetry 生成的，或合并分支时只合了其中一个文件", "the committed poetry.lock came from another Poetry version, or a merge took only one of the two files"),
  ],
  solutions: [
    {
      title: t("重新生成锁文件（不升级已锁定的版本）", "Regenerate the lock file without upgrading locked versions"),
      steps: [
        t("按消息给出的命令操作：Poetry 1.x 用 poetry lock --no-update；Poetry 2.x 的 poetry lock 默认就保留已锁定的版本。然后用 poetry check --lock 验证，并提交 poetry.lock。", "Run what the message prints: poetry lock --no-update on Poetry 1.x; on Poetry 2.x plain poetry lock keeps locked versions by default. Verify with poetry check --lock and commit poetry.lock."),
      ],
      code: () => block("bash", ["poetry --version", "poetry lock --no-update  # Poetry 1.x; on Poetry 2.x: poetry lock", "poetry check --lock"]),
    },
    {
      title: t("在 CI 里提前发现", "Catch it earlier in CI"),
      steps: [t("在 CI 或 pre-commit 中运行 poetry check --lock，锁文件过期时直接失败。", "Run poetry check --lock in CI or pre-commit so a stale lock file fails early.")],
    },
  ],
  docs: ["https://github.com/nborrmann/diff-poetry-lock/pull/10", "https://github.com/ni/ni-apis-python/pull/6", "https://github.com/python-poetry/poetry/issues/1406"],
  samples: [
    {
      text: "Error: pyproject.toml changed significantly since poetry.lock was last generated. Run `poetry lock [--no-update]` to fix the lock file.",
      source: "https://github.com/nborrmann/diff-poetry-lock/pull/10",
    },
  ],
});
