import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "python.ssl-local-issuer-certificate",
  category: "network.tls",
  // The bracketed OpenSSL reason and _ssl.c are how Python's ssl module prints it.
  match: [/\[SSL: CERTIFICATE_VERIFY_FAILED\] certificate verify failed: unable to get local issuer certificate(?: \(_ssl\.c:\d{1,5}\))?/],
  title: t("Python 找不到可信的根证书来验证 HTTPS 证书", "Python cannot find a trusted root certificate to verify the HTTPS certificate"),
  summary: (c) => {
    const mac = c.f.has(/Python\.framework|\/Applications\/Python|macOS|darwin/i);
    return t(
      `Python 的 ssl 模块使用 OpenSSL 的证书库验证服务器证书链，但没能找到签发它的根证书。${mac ? "这里是 macOS：python.org 安装包自带的 OpenSSL 不使用系统钥匙串，安装后需要运行一次 “Install Certificates.command” 才有根证书。" : "常见于 macOS 上 python.org 安装的 Python 没有运行 “Install Certificates.command”，或公司网络的 HTTPS 代理用自己的根证书重新签发了证书。"}`,
      `Python's ssl module verifies the server's chain against OpenSSL's certificate store and could not find the issuing root. ${mac ? "This is macOS: the OpenSSL bundled with the python.org installer does not use the system keychain, and has no roots until \"Install Certificates.command\" has been run once." : "Typically a python.org Python on macOS where \"Install Certificates.command\" was never run, or a corporate HTTPS proxy that re-signs traffic with its own root certificate."}`,
    );
  },
  causes: [
    t("macOS 上从 python.org 安装的 Python 没有运行 Install Certificates.command（它会安装 certifi 并把它链接为 OpenSSL 的证书文件）", "a python.org Python on macOS whose Install Certificates.command was never run (it installs certifi and links it as OpenSSL's CA file)"),
    t("公司网络/安全软件的 HTTPS 代理用私有根证书拦截流量，而 Python 的证书库里没有这个根证书", "a corporate network or security software intercepts HTTPS with a private root certificate that Python's store does not contain"),
    t("虚拟环境或 requests 使用的 certifi 版本过旧", "an outdated certifi in the virtual environment or used by requests"),
  ],
  solutions: [
    {
      title: t("macOS（python.org 安装包）：运行 Install Certificates.command", "macOS (python.org installer): run Install Certificates.command"),
      steps: [t("在“应用程序 → Python 3.x”文件夹里双击它，或在终端运行；路径中的版本号换成你安装的版本。", "Double-click it in Applications → Python 3.x, or run it from a terminal; use the version you installed in the path.")],
      code: () => block("bash", ['ls "/Applications/" | grep -i "^Python 3"', 'open "/Applications/Python 3.12/Install Certificates.command"  # adjust 3.12 to your version']),
    },
    {
      title: t("公司代理：把公司根证书交给 Python", "Corporate proxy: give Python the company root certificate"),
      steps: [t("向 IT 获取根证书（PEM），让你的 HTTP 客户端信任包含它的证书包；不要用关闭证书校验来“解决”。", "Get the root certificate (PEM) from IT and make your HTTP client trust a bundle that includes it; do not \"fix\" it by disabling verification.")],
    },
    {
      title: t("更新 certifi", "Update certifi"),
      steps: [t("在出错的环境里升级 certifi，并确认它的证书文件路径。", "Upgrade certifi in the failing environment and check where its CA file lives.")],
      code: () => block("bash", ["python -m pip install --upgrade certifi", 'python -c "import certifi, ssl; print(certifi.where()); print(ssl.get_default_verify_paths())"']),
    },
  ],
  docs: ["https://github.com/python/cpython/issues/80525", "https://github.com/asreview/synergy-dataset/issues/100", "https://github.com/linode/linode-cli/issues/193", "https://raw.githubusercontent.com/certifi/python-certifi/master/README.rst"],
  samples: [
    {
      text: "I received an ssl.SSLCertVerificationError: `[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1129)` error when trying to run the `synergy_dataset get` on macOS Ventura Version 13.6.6.",
      source: "https://github.com/asreview/synergy-dataset/issues/100",
    },
  ],
});
