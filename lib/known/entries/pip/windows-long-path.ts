import { defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "pip.windows-long-path",
  category: "dependency.install",
  match: [/HINT: This error might have occurred since this system does not have Windows Long Path support enabled/],
  title: t("文件路径超过了 Windows 默认的 260 字符上限", "A file path exceeds Windows' default 260-character limit"),
  summary: t(
    "报错里的“No such file or directory”并不是真的缺文件：要写入的路径太长，超过了 Windows 默认的 MAX_PATH（260 个字符）。包里有很深的目录或很长的文件名，再加上本来就很长的安装位置（例如 Microsoft Store 版 Python 的 LocalCache\\local-packages 目录、或 pip 在 Temp 下的构建目录），就会超限。",
    "The \"No such file or directory\" is not a missing file: the path being written is longer than Windows' default MAX_PATH (260 characters). Deeply nested folders or long file names in the package, on top of an already long install location (the Microsoft Store Python's LocalCache\\local-packages folder, or pip's build folder under Temp), push it over.",
  ),
  causes: [
    t("Windows 没有开启长路径支持（注册表 LongPathsEnabled 为 0）", "Windows long path support is off (the LongPathsEnabled registry value is 0)"),
    t("Python 或虚拟环境装在层级很深的目录里（如 Microsoft Store 版 Python）", "Python or the virtual environment lives in a deeply nested folder (the Microsoft Store Python, for example)"),
  ],
  solutions: [
    {
      title: t("开启 Windows 长路径支持", "Enable Windows long path support"),
      steps: [
        t(
          "按 pip 提示链接中的微软文档，以管理员身份把注册表 HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\FileSystem 下的 LongPathsEnabled 设为 1（或用组策略“启用 Win32 长路径”），然后打开新的终端重试。",
          "Following the Microsoft documentation pip's hint links to, set LongPathsEnabled to 1 under HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\FileSystem as an administrator (or enable the \"Win32 long paths\" group policy), then retry from a new terminal.",
        ),
      ],
    },
    {
      title: t("或者缩短路径", "Or shorten the paths"),
      steps: [t("从 python.org 安装 Python 到较短的目录，并把虚拟环境建在短路径下（如 C:\\venv），不要用 Microsoft Store 版 Python 的默认用户安装位置。", "Install Python from python.org into a short folder and create the virtual environment on a short path (C:\\venv, say) instead of the Microsoft Store Python's default user-install location.")],
    },
  ],
  docs: ["https://pip.pypa.io/warnings/enable-long-paths", "https://learn.microsoft.com/en-us/windows/win32/fileio/maximum-file-path-limitation?tabs=registry#registry-setting-to-enable-long-paths", "https://github.com/pypa/pip/issues/10045"],
  samples: [
    {
      text: "ERROR: Could not install packages due to an OSError: [Errno 2] No such file or directory: 'C:\\\\Users\\\\yoges\\\\AppData\\\\Local\\\\Packages\\\\PythonSoftwareFoundation.Python.3.13_qbz5n2kfra8p0\\\\LocalCache\\\\local-packages\\\\Python313\\\\site-packages\\\\stixpy\\\\net\\\\tests\\\\data\\\\L1\\\\2022\\\\01\\\\01\\\\SCI\\\\solo_L1_stix-sci-xray-cpd_20220101T003000-20220101T013000_V01U_2201010007-54548.fits'\nHINT: This error might have occurred since this system does not have Windows Long Path support enabled. You can find information on how to enable this at https://pip.pypa.io/warnings/enable-long-paths.",
      source: "https://github.com/TCDSolar/stixpy/issues/208",
    },
  ],
});
