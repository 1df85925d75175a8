import { describe, expect, it } from "vitest";
import { classifyError } from "@/lib/classifier";
import { buildRuleReport } from "@/lib/report";
import { composerFor, mavenFor, nodeSpecifier, npmPackageFor, pipPackageFor, typesPackageFor } from "./packages";
import { allText, codeOf } from "./test/helpers";

describe("pipPackageFor", () => {
  it.each([
    ["cv2", "opencv-python"],
    ["yaml", "PyYAML"],
    ["PIL", "Pillow"],
    ["PIL.Image", "Pillow"],
    ["sklearn", "scikit-learn"],
    ["sklearn.model_selection", "scikit-learn"],
    ["bs4", "beautifulsoup4"],
    ["dotenv", "python-dotenv"],
    ["Crypto", "pycryptodome"],
    ["Crypto.Cipher", "pycryptodome"],
    ["docx", "python-docx"],
    ["fitz", "PyMuPDF"],
    ["jwt", "PyJWT"],
    ["MySQLdb", "mysqlclient"],
    ["google.protobuf", "protobuf"],
    ["google.protobuf.json_format", "protobuf"],
    ["google.generativeai", "google-generativeai"],
    ["google.cloud.storage", "google-cloud-storage"],
    ["attr", "attrs"],
    ["serial", "pyserial"],
    ["skimage", "scikit-image"],
    ["win32api", "pywin32"],
    ["requests", "requests"],
    ["openai", "openai"],
    ["torch.nn", "torch"],
    ["sentence_transformers", "sentence-transformers"],
    ["langchain_openai.chat_models", "langchain-openai"],
  ])("%s → %s", (module, pkg) => {
    expect(pipPackageFor(module)).toBe(pkg);
  });
});

describe("npm specifiers", () => {
  it.each([
    ["express", "express"],
    ["lodash/merge", "lodash"],
    ["@scope/pkg", "@scope/pkg"],
    ["@scope/pkg/sub/path", "@scope/pkg"],
    ["@ai-sdk/openai-compatible", "@ai-sdk/openai-compatible"],
  ])("%s → npm install %s", (spec, pkg) => {
    expect(npmPackageFor(spec)).toBe(pkg);
  });

  it.each(["./foo", "../lib/util.js", "/app/dist/index.js", "C:\\app\\index.js", "file:///app/x.mjs"])("%s is a path, not a package", (spec) => {
    expect(nodeSpecifier(spec).kind).toBe("relative");
    expect(npmPackageFor(spec)).toBeNull();
  });

  it("node built-ins are not packages", () => {
    expect(nodeSpecifier("node:fs")).toEqual({ kind: "builtin", name: "fs" });
    expect(nodeSpecifier("path").kind).toBe("builtin");
  });

  it("types packages for scoped names", () => {
    expect(typesPackageFor("express")).toBe("@types/express");
    expect(typesPackageFor("@babel/core")).toBe("@types/babel__core");
  });
});

describe("other ecosystems", () => {
  it("maps Java classes to Maven artifacts", () => {
    expect(mavenFor("org.apache.http.conn.ssl.TrustStrategy")).toMatchObject({ group: "org.apache.httpcomponents", artifact: "httpclient" });
    expect(mavenFor("com.mysql.cj.jdbc.Driver")).toMatchObject({ artifact: "mysql-connector-j" });
    expect(mavenFor("com.example.Nothing")).toBeNull();
  });

  it("maps PHP classes to Composer packages", () => {
    expect(composerFor("PHPMailer\\PHPMailer\\PHPMailer")).toBe("phpmailer/phpmailer");
    expect(composerFor("GuzzleHttp\\Client")).toBe("guzzlehttp/guzzle");
  });
});

function report(text: string, language: "zh" | "en" = "en") {
  return buildRuleReport({ text, classification: classifyError(text), language });
}

describe("dependency reports use the mapped names", () => {
  it.each([
    ["cv2", "opencv-python"],
    ["yaml", "PyYAML"],
    ["sklearn.ensemble", "scikit-learn"],
    ["google.protobuf", "protobuf"],
  ])("No module named '%s' → pip install %s", (module, pkg) => {
    const text = `Traceback (most recent call last):\n  File "app.py", line 1, in <module>\n    import ${module}\nModuleNotFoundError: No module named '${module}'`;
    for (const lang of ["zh", "en"] as const) {
      const r = report(text, lang);
      expect(r.title).toContain(pkg);
      expect(codeOf(r)).toContain(`python -m pip install ${pkg}`);
      expect(codeOf(r)).not.toMatch(new RegExp(`pip install ${module.replace(".", "\\.")}\\b`));
    }
  });

  it("Cannot find module 'express' → npm install express", () => {
    const r = report("Error: Cannot find module 'express'\nRequire stack:\n- /app/server.js\n    at Module._resolveFilename (node:internal/modules/cjs/loader:1145:15)");
    expect(codeOf(r)).toContain("npm install express");
  });

  it("a scoped subpath installs the scoped package", () => {
    const r = report("Error [ERR_MODULE_NOT_FOUND]: Cannot find package '@scope/pkg/sub' imported from /app/index.js\n    at packageResolve (node:internal/modules/esm/resolve:854:9)");
    expect(codeOf(r)).toContain("npm install @scope/pkg");
    expect(codeOf(r)).not.toContain("npm install @scope/pkg/sub");
  });

  it("a relative path is a wrong path, not a package", () => {
    const text = "Error: Cannot find module './utils/helper'\nRequire stack:\n- /app/index.js\n    at Module._resolveFilename (node:internal/modules/cjs/loader:1145:15)";
    for (const lang of ["zh", "en"] as const) {
      const r = report(text, lang);
      expect(codeOf(r)).not.toContain("npm install ./utils");
      expect(allText(r)).toMatch(lang === "zh" ? /文件路径/ : /file path/);
    }
  });

  it("a missing command names how to install it", () => {
    const r = report("bash: node: command not found", "en");
    expect(allText(r)).toContain("nvm install --lts");
    const zh = report("'python' 不是内部或外部命令，也不是可运行的程序或批处理文件。", "zh");
    expect(allText(zh)).toContain("Add python.exe to PATH");
  });

  it("a missing Java class gets its Maven coordinates", () => {
    const r = report("java.lang.ClassNotFoundException: org.apache.http.conn.ssl.TrustStrategy");
    expect(codeOf(r)).toContain("<artifactId>httpclient</artifactId>");
  });
});
