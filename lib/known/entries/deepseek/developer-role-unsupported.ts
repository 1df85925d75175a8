import { block, defineKnownError, t } from "../../define";

export default defineKnownError({
  id: "deepseek.developer-role-unsupported",
  category: "request.invalid",
  // The serde wording of an OpenAI-compatible server that has no `developer` role (DeepSeek's API is the common one).
  match: [/unknown variant `developer`, expected one of `system`/],
  title: t("服务端不认识 developer 角色，只接受 system/user/assistant/tool", "The server does not know the developer role; it takes only system/user/assistant/tool"),
  summary: t(
    "请求的 messages 里有 role 为 developer 的消息。developer 是 OpenAI 为新模型引入的角色名（取代 system 的指令消息）；这个服务端（常见的是 DeepSeek 的 API）只接受 system、user、assistant、tool 等角色，反序列化请求体时就失败了。",
    "The request's messages contain one with role developer. developer is the role OpenAI introduced for its newer models (instruction messages in place of system); this server (DeepSeek's API is the common case) accepts only system, user, assistant, tool and similar roles, so it fails while deserialising the body.",
  ),
  causes: [
    t("客户端（SDK 适配层、Agent 框架、编辑器插件）按 OpenAI 新模型的习惯把系统提示作为 developer 消息发送", "the client (an SDK adapter, an agent framework, an editor plugin) sends the system prompt as a developer message, as it does for OpenAI's newer models"),
    t("走 Responses 协议的工具（如 Codex 类客户端）把 developer 消息原样转发到只支持 Chat Completions 角色的服务端", "a Responses-protocol tool (Codex-style clients) forwards developer messages unchanged to a server that only has the Chat Completions roles"),
  ],
  solutions: [
    {
      title: t("把 developer 消息改成 system 消息", "Send the developer message as a system message"),
      steps: [
        t("在客户端或框架里找“developer 消息 / supportsDeveloperRole / developerMessageSettings”一类的选项，对这个服务商关闭或设为 system。", "In the client or framework, look for an option such as developer messages / supportsDeveloperRole / developerMessageSettings and turn it off or set it to system for this provider."),
        t("自己拼请求时，发送前把 role 为 developer 的消息改成 role 为 system。", "If you build the request yourself, rewrite role developer to role system before sending."),
      ],
      code: () =>
        block("python", [
          "messages = [",
          '    {"role": "developer", "content": "You are a helpful assistant."},',
          '    {"role": "user", "content": "Hello"},',
          "]",
          'messages = [{**m, "role": "system"} if m["role"] == "developer" else m for m in messages]',
          "print(messages)",
        ]),
    },
    {
      title: t("升级客户端", "Upgrade the client"),
      steps: [t("多数框架已按服务商区分是否支持 developer 角色（例如 pi 把 DeepSeek 列为不支持的服务商）；升级到包含该修复的版本。", "Many frameworks now decide per provider whether the developer role is supported (pi, for instance, lists DeepSeek as not supporting it); upgrade to a version with that fix.")],
    },
  ],
  docs: ["https://github.com/eclipse-theia/theia/issues/15144", "https://github.com/earendil-works/pi/issues/1048", "https://github.com/EKKOLearnAI/hermes-studio/issues/1926"],
  samples: [
    { text: "3. Error message: 422 Failed to deserialize the JSON body into the target type: messages[0].role: unknown variant `developer`, expected one of `system`, `user`, `assistant`, `tool` at line 5 column 25", source: "https://github.com/eclipse-theia/theia/issues/15144" },
    { text: "{\"error\":{\"message\":\"Failed to deserialize the JSON body into the target type: messages[1].role: unknown variant `developer`, expected one of `system`, `user`, `assistant`, `tool`, `latest_reminder` at line 1 column 30930\",\"type\":\"invalid_request_error\",\"param\":null,\"code\":\"invalid_request_error\"}}", source: "https://github.com/BenedictKing/ccx/issues/149" },
  ],
});
