import { block, defineKnownError, ic, shq, t } from "../../define";

export default defineKnownError({
  id: "ssh.unprotected-private-key",
  category: "fs.permission",
  priority: 1,
  match: [/Permissions (?<mode>0\d{3}) for '(?<file>[^'\n]{1,300})' are too open/, "UNPROTECTED PRIVATE KEY FILE"],
  title: (c) => (c.g.file ? t(`私钥 ${ic(c.g.file)} 的权限过宽（${c.g.mode ?? ""}），ssh 拒绝使用`, `The private key ${ic(c.g.file)} is too open (${c.g.mode ?? ""}); ssh ignores it`) : t("私钥文件权限过宽，ssh 拒绝使用", "The private key file is too open; ssh ignores it")),
  summary: t(
    "OpenSSH 要求私钥文件只能被所有者读写；组或其他用户可读（如 0644、0664、0755）时它会忽略这把密钥，之后的认证通常以 Permission denied (publickey) 失败。",
    "OpenSSH requires a private key to be readable and writable only by its owner; if group or others can read it (0644, 0664, 0755…) it ignores the key, and authentication then usually fails with Permission denied (publickey).",
  ),
  causes: [t("密钥是复制/解压/从 Windows 或挂载卷拷贝来的，权限被设为默认的 0644", "the key was copied, extracted, or taken from Windows or a mounted volume and got the default 0644"), t("CI/容器里写入密钥文件时没有设置 600", "CI or a container wrote the key file without setting 600")],
  solutions: [
    {
      title: t("把私钥权限改为 600（目录 700）", "Set the key to 600 (and the directory to 700)"),
      steps: [t("只有所有者可读写即可；注意改的是运行 ssh 的那台机器上的文件。Windows/WSL 挂载的 NTFS 目录可能无法保存 Unix 权限，把密钥放到 Linux 文件系统里的 ~/.ssh。", "Owner read/write only; change the file on the machine that runs ssh. NTFS mounts under WSL may not keep Unix permissions; keep the key in ~/.ssh on the Linux file system.")],
      code: (c) => block("bash", ["chmod 700 ~/.ssh", `chmod 600 ${c.g.file ? shq(c.g.file) : "~/.ssh/id_ed25519"}`]),
    },
    {
      title: t("在 CI/容器里写入密钥时直接设置权限", "Set the permissions when CI or a container writes the key"),
      steps: [t("写入密钥文件后立即 chmod 600（或用 install -m 600），Kubernetes 挂载 Secret 时设置 defaultMode: 0600。", "chmod 600 right after writing the key (or use install -m 600); when mounting a Secret in Kubernetes set defaultMode: 0600.")],
    },
  ],
  docs: ["https://github.com/craftcms/nitro/issues/154", "https://github.com/kubernetes/git-sync/issues/215"],
  samples: [{ text: "@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\n@         WARNING: UNPROTECTED PRIVATE KEY FILE!          @\n@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\nPermissions 0644 for '/root/.ssh/id_rsa' are too open.\nIt is required that your private key files are NOT accessible by others.\nThis private key will be ignored.", source: "https://github.com/jobtome-labs/ci-templates/pull/49" }],
});
