import { defineKnownError, ic, t } from "../../define";

export default defineKnownError({
  id: "ark.model-not-open",
  category: "model.not_found",
  match: [/\bModelNotOpen\b/, /has not activated the model (?<model>[\w.:\/-]{1,100})/],
  title: (c) => t(`火山方舟账户未开通模型${c.g.model ? ` ${ic(c.g.model)}` : ""}`, `Volcengine Ark account has not activated the model${c.g.model ? ` ${ic(c.g.model)}` : ""}`),
  summary: t("方舟要求先在控制台开通模型服务，才能通过 API 调用该模型；这个账户还没有开通它。", "Ark requires the model service to be activated in the console before the API can call it; this account has not activated it."),
  causes: [t("模型服务未在方舟控制台开通", "the model service was not activated in the Ark console")],
  solutions: [{ title: t("在方舟控制台开通模型", "Activate the model in the Ark console"), steps: [t("在方舟控制台的开通管理中开通该模型服务，然后重试。", "Activate the model service under activation management in the Ark console, then retry.")] },
    { title: t("或者改用已开通的模型", "Or use a model that is already activated"), steps: [t("在开通管理里查看已开通的模型，把 model 改成其中一个。", "Check the activated models under activation management and switch model to one of them.")] },
  ],
  docs: ["https://volcengine.com/docs/82379/1299023"],
  samples: [{ text: "404 NotFound ModelNotOpen Your account %s has not activated the model %s. Please activate the model service", source: "https://volcengine.com/docs/82379/1299023" }],
});
