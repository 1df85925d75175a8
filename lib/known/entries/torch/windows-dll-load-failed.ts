import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "torch.windows-dll-load-failed",
  category: "dependency.missing",
  match: [/\[WinError (?<code>126|127|1114)\][^\n]{0,200}Error loading "(?<dll>[^"\n]{1,300}?\\torch\\lib\\(?<name>[\w.-]{1,60}\.dll))" or one of its dependencies/],
  title: (c) => t(`Windows 无法加载 PyTorch 的 ${c.g.name}（或它依赖的 DLL）`, `Windows cannot load PyTorch's ${c.g.name} (or a DLL it depends on)`),
  summary: (c) =>
    t(
      `${c.g.name} 本身通常就在 torch\\lib 目录里，缺的是它依赖的系统运行库。${c.g.name === "fbgemm.dll" ? "PyTorch 2.4.0 的 Windows 轮子里 fbgemm.dll 依赖 OpenMP 运行库 libomp140.x86_64.dll，它来自较新的 Microsoft Visual C++ 运行库 / 生成工具，旧系统上没有。" : "常见是 Microsoft Visual C++ 运行库缺失或过旧，或 PyTorch 安装不完整。"}`,
      `${c.g.name} itself is usually present in torch\\lib; what is missing is a system runtime it depends on. ${c.g.name === "fbgemm.dll" ? "In PyTorch 2.4.0's Windows wheels fbgemm.dll depends on the OpenMP runtime libomp140.x86_64.dll, which comes with recent Microsoft Visual C++ runtimes / build tools and is absent on older systems." : "Usually the Microsoft Visual C++ runtime is missing or outdated, or the PyTorch install is incomplete."}`,
    ),
  causes: [
    t("Microsoft Visual C++ 运行库缺失或过旧", "the Microsoft Visual C++ runtime is missing or outdated"),
    t("PyTorch 安装不完整或与其他版本混装", "the PyTorch install is incomplete or mixed with another version"),
  ],
  solutions: [
    {
      title: t("安装最新的 Microsoft Visual C++ 运行库 / 生成工具，再重启终端", "Install the latest Microsoft Visual C++ runtime / build tools, then restart the terminal"),
      steps: [
        t(
          "从微软官网安装最新的 Visual C++ 可再发行组件（x64）；仍不行时安装 Build Tools 中的 MSVC v143 组件（PyTorch 问题讨论里验证过的做法）。不要从第三方 DLL 下载站点下载单个 DLL。",
          "Install the latest Visual C++ Redistributable (x64) from Microsoft; if that is not enough, install the MSVC v143 component of the Build Tools (verified in the PyTorch issue discussion). Do not fetch single DLLs from third-party DLL download sites.",
        ),
      ],
    },
    {
      title: t("按官网命令重新安装 PyTorch", "Reinstall PyTorch with the official command"),
      steps: [t("先 pip uninstall torch，再用 pytorch.org 上与 CUDA 匹配的命令重装（Windows 上直接 pip install torch 得到的是 CPU 版）；升级到更新的版本也可能绕开该版本的打包问题。", "pip uninstall torch, then reinstall with the pytorch.org command matching your CUDA (a plain pip install torch on Windows gives the CPU build); a newer release may also avoid that version's packaging problem.")],
    },
  ],
  docs: ["https://github.com/pytorch/pytorch/issues/131662", "https://github.com/pytorch/pytorch/issues/129568"],
  samples: [
    {
      text: 'File "C:\\Users\\Omar\\.conda\\envs\\omost\\lib\\site-packages\\torch\\__init__.py", line 148, in <module>\n    raise err\nOSError: [WinError 126] The specified module could not be found. Error loading "C:\\Users\\Omar\\.conda\\envs\\omost\\lib\\site-packages\\torch\\lib\\fbgemm.dll" or one of its dependencies.',
      source: "https://github.com/lllyasviel/Omost/issues/113",
    },
  ],
});
