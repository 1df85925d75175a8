import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "torch.dataloader-shm-bus-error",
  category: "unknown",
  match: [
    /DataLoader worker \(pid \d{1,10}\) is killed by signal: Bus error/,
    "Unexpected bus error encountered in worker. This might be caused by insufficient shared memory (shm)",
  ],
  title: t("DataLoader 的工作进程共享内存（/dev/shm）不够用", "The DataLoader workers ran out of shared memory (/dev/shm)"),
  summary: t(
    "num_workers > 0 时，DataLoader 的子进程通过共享内存（/dev/shm）把批数据交给主进程。共享内存段写满时，子进程收到 SIGBUS（总线错误）被杀死。最常见于 Docker / Kubernetes 容器：容器默认的 /dev/shm 只有 64 MB。",
    "With num_workers > 0, DataLoader worker processes hand batches to the main process through shared memory (/dev/shm). When that segment fills up, a worker gets SIGBUS (bus error) and dies. It is most common in Docker / Kubernetes containers, whose default /dev/shm is only 64 MB.",
  ),
  causes: [
    t("在默认配置的 Docker 容器里训练（/dev/shm 只有 64 MB）", "training in a Docker container with default settings (/dev/shm is only 64 MB)"),
    t("num_workers、batch size 或单个样本较大，同时在途的批数据超出了共享内存", "many workers, large batches or large samples keep more data in flight than shared memory holds"),
  ],
  solutions: [
    {
      title: t("给容器更大的共享内存", "Give the container more shared memory"),
      steps: [
        t(
          "PyTorch 官方说明：容器默认的共享内存段不够多进程数据加载使用，运行容器时加 --ipc=host 或 --shm-size。先用 df -h /dev/shm 看当前大小。",
          "PyTorch's own README: a container's default shared memory segment is not enough for multi-process data loading; start the container with --ipc=host or --shm-size. Check the current size with df -h /dev/shm first.",
        ),
      ],
      code: () => block("bash", ["df -h /dev/shm", "docker run --gpus all --ipc=host -it pytorch/pytorch bash", "docker run --gpus all --shm-size=8g -it pytorch/pytorch bash"]),
    },
    {
      title: t("暂时无法改容器：减少 num_workers 或 batch size", "If you cannot change the container: lower num_workers or the batch size"),
      steps: [t("num_workers=0 在主进程里加载数据，不经过共享内存，但会更慢；先确认是否就是这个原因。", "num_workers=0 loads data in the main process without shared memory, just slower; it is a quick way to confirm the cause.")],
    },
  ],
  docs: ["https://github.com/pytorch/pytorch#docker-image", "https://github.com/pytorch/pytorch/issues/5040", "https://github.com/moby/moby/issues/29492"],
  samples: [
    {
      text: "RuntimeError: DataLoader worker (pid 46794) is killed by signal: Bus error. It is possible that dataloader's workers are out of shared memory. Please try to raise your shared memory limit.",
      source: "https://github.com/hkchengrex/STCN/issues/132",
    },
    {
      text: "ERROR: Unexpected bus error encountered in worker. This might be caused by insufficient shared memory (shm).\nERROR: Unexpected bus error encountered in worker. This might be caused by insufficient shared memory (shm).\nRuntimeError: DataLoader worker (pid 325) is killed by signal: Bus error.",
      source: "https://github.com/msr-fiddle/pipedream/issues/28",
    },
  ],
});
