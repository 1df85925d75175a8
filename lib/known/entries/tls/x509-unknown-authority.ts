import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "tls.x509-unknown-authority",
  category: "network.tls",
  match: [/(?:Get|Post|Put|Head) "(?<url>https:\/\/[^"\s]{1,300})": (?:tls: failed to verify certificate: )?x509: certificate signed by unknown authority/, "x509: certificate signed by unknown authority"],
  title: t("Go 程序不信任服务器证书的签发者（x509: unknown authority）", "A Go program does not trust the server certificate's issuer (x509: unknown authority)"),
  summary: (c) =>
    t(
      `Go 的 TLS 在系统根证书（以及程序额外配置的 CA）中找不到签发${c.g.url ? ` ${ic(c.g.url)} ` : "服务器"}证书的 CA。kubectl、docker、Helm、Terraform、go 命令等 Go 工具都会这样报错；常见于自签名/私有 CA 的服务和公司 HTTPS 拦截代理。`,
      `Go's TLS cannot find the CA that issued the certificate of ${c.g.url ? ic(c.g.url) : "the server"} among the system roots (or the CAs the program was given). kubectl, docker, Helm, Terraform and the go command all report it this way; common with self-signed or private-CA services and corporate HTTPS-inspecting proxies.`,
    ),
  causes: [
    t("kubeconfig 里的 certificate-authority-data 与集群实际的 CA 不一致（集群重建、复制了旧配置）", "the kubeconfig's certificate-authority-data does not match the cluster's real CA (cluster rebuilt, old config copied)"),
    t("私有镜像仓库/内部服务使用私有 CA，而本机系统信任中没有它", "a private registry or internal service uses a private CA the system does not trust"),
    t("公司代理做 HTTPS 拦截，其根证书没装进系统（容器镜像里尤其常见）", "a corporate proxy intercepts HTTPS and its root is not installed (especially inside container images)"),
  ],
  solutions: [
    {
      title: t("把正确的 CA 加入系统信任或工具配置", "Add the right CA to the system trust or the tool's configuration"),
      steps: [
        t("Linux 上把 CA 放到 /usr/local/share/ca-certificates/ 后执行 update-ca-certificates（Go 读取系统根证书，也认 SSL_CERT_FILE）；Docker 私有仓库的 CA 放在 /etc/docker/certs.d/<仓库主机>/ca.crt。", "On Linux put the CA in /usr/local/share/ca-certificates/ and run update-ca-certificates (Go reads the system roots and honours SSL_CERT_FILE); for a Docker private registry place it at /etc/docker/certs.d/<registry-host>/ca.crt."),
        t("kubectl：重新获取集群的 kubeconfig，使 certificate-authority-data 与集群一致；不要长期使用 insecure-skip-tls-verify。", "kubectl: fetch the cluster's kubeconfig again so certificate-authority-data matches; do not rely on insecure-skip-tls-verify."),
      ],
    },
    {
      title: t("确认服务器出示的证书链", "Inspect the chain the server presents"),
      steps: [t("openssl s_client -connect 主机:端口 -showcerts 查看签发者；与 kubeconfig 中的 CA 或系统信任的 CA 对比，找出缺的是哪一张。", "Run openssl s_client -connect host:port -showcerts to see the issuer; compare it with the CA in the kubeconfig or the system trust to find which one is missing.")],
    },
  ],
  docs: ["https://gitlab.com/gitlab-org/gitlab-runner/-/issues/2702", "https://github.com/vmware-tanzu/octant/issues/969"],
  samples: [{ text: 'I1120 18:51:00.149234     396 helpers.go:235] Connection error: Get https://10.208.14.30:6443/api?timeout=32s: x509: certificate signed by unknown authority\nUnable to connect to the server: x509: certificate signed by unknown authority', source: "https://pastebin.com/jgyfGYan" }],
});
