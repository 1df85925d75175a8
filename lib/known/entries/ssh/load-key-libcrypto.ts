import { block, defineKnownError, ic, shq, t } from "../../define";

export default defineKnownError({
  id: "ssh.load-key-libcrypto",
  category: "tool.git",
  match: [/(?:Load key|Error loading key) "(?<key>[^"\n]{1,300})": (?<why>error in libcrypto|invalid format)/],
  title: (c) => t(`ssh 读不懂私钥 ${c.g.key}（${c.g.why}）`, `ssh cannot parse the private key ${c.g.key} (${c.g.why})`),
  summary: (c) => {
    const key = c.g.key ?? "";
    const pub = key.endsWith(".pub");
    const stdin = key === "(stdin)";
    const ppk = key.endsWith(".ppk");
    return t(
      `${ic(key)} 不是 OpenSSH 能解析的私钥。${pub ? "它是 .pub 公钥：IdentityFile 或 -i 必须指向不带 .pub 的私钥文件。" : ppk ? ".ppk 是 PuTTY 格式，需要先用 puttygen 导出为 OpenSSH 格式。" : stdin ? "密钥是从标准输入（CI 的密钥变量）读入的，最常见的是内容在粘贴时被破坏：缺少结尾换行、换行变成了 \\r\\n，或 BEGIN/END 行被合并成一行。" : "最常见的原因是文件内容在复制粘贴或 CI 变量中被破坏（缺少结尾换行、Windows 的 \\r\\n 换行、多余空格），或者这根本不是私钥文件。"}`,
      `${ic(key)} is not a private key OpenSSH can parse. ${pub ? "It is the .pub public key: IdentityFile or -i must name the private key file, without .pub." : ppk ? ".ppk is PuTTY's format; export it to OpenSSH format with puttygen first." : stdin ? "The key came from standard input (a CI secret), and most often its content was damaged on the way: no trailing newline, \\r\\n line endings, or the BEGIN/END lines joined into one." : "Most often the content was damaged by copy-paste or a CI variable (no trailing newline, Windows \\r\\n line endings, stray spaces), or the file is not a private key at all."}`,
    );
  },
  causes: [
    t("IdentityFile / -i 指向了 .pub 公钥", "IdentityFile / -i points at the .pub public key"),
    t("私钥经过复制粘贴或 CI 变量后缺少结尾换行，或带上了 \\r\\n", "the key lost its trailing newline or gained \\r\\n through copy-paste or a CI variable"),
    t("文件是 PuTTY（.ppk）等其他格式", "the file is another format such as PuTTY (.ppk)"),
  ],
  solutions: [
    {
      title: t("确认文件确实是完整的 OpenSSH 私钥", "Check that the file really is a whole OpenSSH private key"),
      steps: [t("第一行应是 -----BEGIN OPENSSH PRIVATE KEY-----（或 RSA/EC PRIVATE KEY），最后一行是对应的 END 行并以换行结尾；ssh-keygen -y 能从私钥推出公钥就说明格式没问题。", "The first line should be -----BEGIN OPENSSH PRIVATE KEY----- (or RSA/EC PRIVATE KEY) and the last the matching END line followed by a newline; if ssh-keygen -y can derive the public key, the format is fine.")],
      code: (c) => {
        const key = c.g.key && c.g.key !== "(stdin)" ? c.g.key.replace(/\.pub$/, "") : "~/.ssh/id_ed25519";
        const path = key.startsWith("~/") ? `~/${shq(key.slice(2))}` : shq(key);
        return block("bash", [`head -1 ${path}; tail -1 ${path}`, `sed -i 's/\\r$//' ${path}   # drop Windows line endings`, `ssh-keygen -y -f ${path}`]);
      },
    },
    {
      title: t("在 CI 里加载密钥时保留换行", "Keep newlines when loading the key in CI"),
      steps: [t("把密钥变量原样写入文件并去掉 \\r，再交给 ssh-add；PuTTY 密钥先用 puttygen 转换。", "Write the secret to a file verbatim, strip \\r, then ssh-add it; convert PuTTY keys with puttygen first.")],
      code: () => block("bash", ['printf "%s\\n" "$SSH_PRIVATE_KEY" | tr -d "\\r" > ~/.ssh/id_ci', "chmod 600 ~/.ssh/id_ci && ssh-add ~/.ssh/id_ci", "# PuTTY: puttygen key.ppk -O private-openssh -o id_rsa"]),
    },
  ],
  docs: ["https://man.openbsd.org/ssh-keygen", "https://github.com/openssl/openssl/issues/13443", "https://github.com/openssh/openssh-portable/pull/564"],
  samples: [
    { text: 'debug1: Trying private key: ./id_rsa\nLoad key "./id_rsa": error in libcrypto\ndebug2: we did not send a packet, disable method', source: "https://github.com/openssl/openssl/issues/20054" },
    { text: 'ssh X\nLoad key "~/.ssh/id_ecdsa.pub": error in libcrypto\nuser@1.2.3.4: Permission denied (publickey).', source: "https://github.com/openssl/openssl/issues/18279" },
  ],
});
