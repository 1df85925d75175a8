import { block, defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "k8s.rbac-forbidden",
  category: "tool.container",
  match: [
    /(?<![\w.-])(?<resource>[\w.-]{1,120})(?: \\?"[\w.:-]{1,253}\\?")? is forbidden: User \\?"(?<user>[\w:.@-]{1,200})\\?" cannot (?<verb>[a-z]{2,20}) (?:resource \\?"(?<res>[\w.-]{1,120})\\?" in API group \\?"(?<group>[\w.-]{0,120})\\?" )?(?:[\w.-]{1,120} )?(?<scope>at the cluster scope|in the namespace \\?"(?<ns>[\w.-]{1,63})\\?")/,
  ],
  title: (c) => t(`${c.g.user} 没有权限 ${c.g.verb} ${c.g.res ?? c.g.resource}（RBAC）`, `${c.g.user} is not allowed to ${c.g.verb} ${c.g.res ?? c.g.resource} (RBAC)`),
  summary: (c) => {
    const sa = /^system:serviceaccount:([\w.-]{1,63}):([\w.-]{1,253})$/.exec(c.g.user ?? "");
    const where = c.g.ns ? t(`命名空间 ${ic(c.g.ns)} 里`, `in namespace ${ic(c.g.ns)}`) : t("整个集群范围内", "at cluster scope");
    return t(
      `API server 认出了调用者，但 RBAC 没有任何 Role/ClusterRole 绑定允许它对 ${ic(c.g.res ?? c.g.resource ?? "")} 执行 ${ic(c.g.verb ?? "")}（${where.zh}）。${sa ? `调用者是命名空间 ${ic(sa[1] ?? "")} 的 ServiceAccount ${ic(sa[2] ?? "")}${sa[2] === "default" ? "——用的是 default 账号，常见原因是 Pod 没有设置 serviceAccountName，或 Helm chart 的 rbac 没有创建" : ""}。` : ""}${c.g.scope === "at the cluster scope" ? "“at the cluster scope”表示它在跨命名空间列出资源，这需要 ClusterRole + ClusterRoleBinding，只在某个命名空间里的 Role 不够。" : ""}`,
      `The API server knows who is calling, but no RBAC Role/ClusterRole binding lets it ${ic(c.g.verb ?? "")} ${ic(c.g.res ?? c.g.resource ?? "")} ${where.en}. ${sa ? `The caller is ServiceAccount ${ic(sa[2] ?? "")} in namespace ${ic(sa[1] ?? "")}${sa[2] === "default" ? ": the default account, which usually means the pod sets no serviceAccountName or the Helm chart's RBAC was not created" : ""}. ` : ""}${c.g.scope === "at the cluster scope" ? "'At the cluster scope' means it lists across all namespaces, which needs a ClusterRole plus ClusterRoleBinding; a namespaced Role is not enough." : ""}`,
    );
  },
  causes: [
    t("没有部署（或没有启用）应用需要的 Role/ClusterRole 和 RoleBinding", "the Role/ClusterRole and binding the application needs were never deployed (or disabled)"),
    t("Pod 用的是 default ServiceAccount，而权限绑定在另一个 ServiceAccount 上", "the pod runs as the default ServiceAccount while the binding names another one"),
    t("绑定的命名空间或 apiGroups/resources 写错了（例如 policy 写成 policies）", "the binding targets the wrong namespace, or apiGroups/resources are misspelled (policies instead of policy)"),
  ],
  solutions: [
    {
      title: t("确认缺的是哪项权限", "Confirm exactly which permission is missing"),
      steps: [t("用 kubectl auth can-i 以这个身份检查，再看现有的绑定。", "Ask kubectl auth can-i as that identity, then look at the existing bindings.")],
      code: (c) => {
        const res = c.g.res ? (c.g.group ? `${c.g.res}.${c.g.group}` : c.g.res) : (c.g.resource ?? "pods");
        const nsFlag = c.g.ns ? ` -n ${c.g.ns}` : " -A";
        const who = c.g.user ?? "system:serviceaccount:NAMESPACE:NAME";
        const short = who.split(":").pop() ?? who;
        return block("bash", [`kubectl auth can-i ${c.g.verb ?? "list"} ${res}${nsFlag} --as=${who}`, `kubectl get rolebindings,clusterrolebindings -A -o wide | grep -w ${short}`]);
      },
    },
    {
      title: t("授予所需的最小权限", "Grant the minimum permission it needs"),
      steps: [t("为这个 ServiceAccount 创建 Role（命名空间内）或 ClusterRole（跨命名空间）并绑定；优先使用应用自带的 RBAC 清单或 Helm 的 rbac.create，并确认 Pod 的 serviceAccountName 指向被绑定的账号。", "Create a Role (namespaced) or ClusterRole (cluster-wide) and bind it to the ServiceAccount; prefer the application's own RBAC manifests or Helm rbac.create, and make sure the pod's serviceAccountName is the bound account.")],
      code: (c) => {
        const sa = /^system:serviceaccount:([\w.-]{1,63}):([\w.-]{1,253})$/.exec(c.g.user ?? "");
        const ns = sa?.[1] ?? "NAMESPACE";
        const name = sa?.[2] ?? "SERVICE_ACCOUNT";
        const full = c.g.res ? (c.g.group ? `${c.g.res}.${c.g.group}` : c.g.res) : (c.g.resource ?? "pods");
        const base = full.split(".")[0];
        const verbs = c.g.verb && !["get", "list", "watch"].includes(c.g.verb) ? `get,list,watch,${c.g.verb}` : "get,list,watch";
        return c.g.ns
          ? block("bash", [`kubectl create role ${base}-access --verb=${verbs} --resource=${full} -n ${c.g.ns}`, `kubectl create rolebinding ${base}-access --role=${base}-access --serviceaccount=${ns}:${name} -n ${c.g.ns}`])
          : block("bash", [`kubectl create clusterrole ${base}-access --verb=${verbs} --resource=${full}`, `kubectl create clusterrolebinding ${base}-access --clusterrole=${base}-access --serviceaccount=${ns}:${name}`]);
      },
    },
  ],
  docs: ["https://kubernetes.io/docs/reference/access-authn-authz/rbac/", "https://github.com/lwolf/kube-cleanup-operator/issues/81", "https://github.com/vmware-archive/kubewatch/issues/95"],
  samples: [
    { text: 'time="2019-11-25T16:30:34Z" level=error msg="namespaces is forbidden: User \\"system:serviceaccount:kube-system:pdb-controller\\" cannot list resource \\"namespaces\\" in API group \\"\\" at the cluster scope"', source: "https://github.com/mikkeloscar/pdb-controller/issues/31" },
    { text: 'Failed to list *v1.ConfigMap: configmaps is forbidden: User "system:serviceaccount:capi-system:default" cannot list resource "configmaps" in API group "" at the cluster scope', source: "https://github.com/kubernetes-sigs/cluster-api/issues/1600" },
    { text: 'E0727 18:09:24.891173       1 leaderelection.go:306] error retrieving resource lock autoneg-system/controller-leader-election-helper: configmaps "controller-leader-election-helper" is forbidden: User "system:serviceaccount:autoneg-system:autoneg" cannot get resource "configmaps" in API group "" in the namespace "autoneg-system"', source: "https://github.com/GoogleCloudPlatform/gke-autoneg-controller/issues/64" },
  ],
});
