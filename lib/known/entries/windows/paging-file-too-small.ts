import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "windows.paging-file-too-small",
  category: "resource.memory",
  match: [
    /\[WinError 1455\] (?:The paging file is too small for this operation to complete|页面文件太小，无法完成操作)。?\.?(?:\s{0,4}Error loading "(?<dll>[^"\n]{1,300})")?/,
    /The paging file is too small for this operation to complete\.?\s{0,4}\(os error 1455\)/,
  ],
  title: t("Windows 虚拟内存（页面文件）不够用（WinError 1455）", "Windows ran out of virtual memory: the paging file is too small (WinError 1455)"),
  summary: (c) =>
    t(
      `Windows 的“提交内存”上限 = 物理内存 + 页面文件。这次加载${c.g.dll ? ` ${ic(c.g.dll.split("\\").pop() ?? c.g.dll)}` : "程序或 DLL"}时已经到了上限。PyTorch 在 Windows 上最常见：DataLoader 的每个 worker 都是新进程，各自再加载一遍体积很大的 CUDA DLL，num_workers 一多就会耗尽。`,
      `Windows caps committed memory at physical RAM plus the paging file, and loading ${c.g.dll ? ic(c.g.dll.split("\\").pop() ?? c.g.dll) : "the program or DLL"} hit that cap. This is most common with PyTorch on Windows: each DataLoader worker is a new process that loads the large CUDA DLLs again, so a high num_workers runs the commit limit out.`,
    ),
  causes: [
    t("页面文件被关掉、设得很小，或所在磁盘快满了", "the paging file is disabled, set small, or its drive is nearly full"),
    t("多进程（DataLoader num_workers、multiprocessing）每个子进程都加载了整套 CUDA/torch DLL", "several processes (DataLoader num_workers, multiprocessing) each load the whole CUDA/torch DLL set"),
    t("模型或数据本身就超过了物理内存加页面文件的总量", "the model or data genuinely needs more than RAM plus paging file"),
  ],
  solutions: [
    {
      title: t("把页面文件调大（或交给系统管理）", "Enlarge the paging file (or let Windows manage it)"),
      steps: [
        t("系统属性 → 高级 → 性能“设置” → 高级 → 虚拟内存“更改”：选有足够空闲空间的磁盘，勾选“系统管理的大小”或自定义较大的值，然后重启。", "System Properties → Advanced → Performance Settings → Advanced → Virtual memory Change: pick a drive with free space, choose System managed size or a larger custom size, then reboot."),
        t("下面的命令可以先看看当前页面文件的大小和占用。", "The command below shows the current paging file size and usage first."),
      ],
      code: () => block("powershell", ["Get-CimInstance Win32_PageFileUsage | Select-Object Name, AllocatedBaseSize, CurrentUsage, PeakUsage"]),
    },
    {
      title: t("减少同时加载 DLL 的进程数", "Load the DLLs in fewer processes"),
      steps: [t("把 DataLoader 的 num_workers 调小（先试 0 或 2），或减少并行进程；关掉其他占内存的程序后再运行。", "Lower the DataLoader num_workers (try 0 or 2) or run fewer parallel processes; close other memory-heavy programs and retry.")],
      code: () => block("python", ["loader = torch.utils.data.DataLoader(dataset, batch_size=batch_size, num_workers=0)"]),
    },
  ],
  docs: ["https://learn.microsoft.com/en-us/troubleshoot/windows-client/performance/introduction-to-the-page-file", "https://github.com/pytorch/pytorch/issues/59904", "https://github.com/Comfy-Org/ComfyUI/issues/8065"],
  samples: [
    { text: 'OSError: [WinError 1455] The paging file is too small for this operation to complete. Error loading "C:\\Users\\phill\\AppData\\Local\\Programs\\Python\\Python310\\lib\\site-packages\\torch\\lib\\cudnn_adv_infer64_8.dll" or one of its dependencies.', source: "https://github.com/prophesier/diff-svc/issues/24" },
    { text: 'OSError: [WinError 1455] 页面文件太小，无法完成操作。 Error loading "D:\\Bert-VITS2-Integration-Package\\venv\\lib\\site-packages\\torch\\lib\\cublas64_11.dll" or one of its dependencies.', source: "https://github.com/YYuX-1145/Bert-VITS2-Integration-package/issues/5" },
  ],
});
