import { describe, expect, it } from "vitest";
import { classifyError } from "./index";
import { classificationSchema, type Category, type Classification } from "./schema";

/**
 * Blind batches: pastes written in the wording of LLM-app tools (Ollama, vLLM, Dify, Open WebUI,
 * LobeChat, NextChat, RAGFlow, LangChain, AutoGen, CrewAI, Cline/Continue, Azure, Vertex, Bedrock,
 * SiliconFlow, DeepSeek, DashScope) and the installers around them. Each label was decided from
 * taxonomy.md before the classifier was run; cases whose label is debatable were left out.
 */
interface Case {
  category: Category;
  text: string;
  expect?: Partial<Classification>;
}

const batch1Cases: Case[] = [
  { category: "resource.memory", text: "Error: model requires more system memory (16.2 GiB) than is available (7.8 GiB)" },
  { category: "network.address_in_use", text: "Error: listen tcp 127.0.0.1:11434: bind: address already in use" },
  { category: "model.not_found", text: "pulling manifest \nError: pull model manifest: file does not exist" },
  { category: "network.connection", text: "Error: could not connect to ollama app, is it running?" },
  { category: "resource.memory", text: "ValueError: No available memory for the cache blocks. Try increasing `gpu_memory_utilization` when initializing the engine." },
  { category: "request.context_length", text: "openai.BadRequestError: Error code: 400 - {'object': 'error', 'message': \"This model's maximum context length is 32768 tokens. However, you requested 33000 tokens (1000 in the messages, 32000 in the completion). Please reduce the length of the messages or completion.\", 'type': 'BadRequestError', 'param': None, 'code': 400}", expect: { httpStatus: 400 } },
  { category: "model.not_found", text: "openai.NotFoundError: Error code: 404 - {'object': 'error', 'message': 'The model `llama3` does not exist.', 'type': 'NotFoundError', 'param': None, 'code': 404}", expect: { httpStatus: 404 } },
  { category: "resource.memory", text: "torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB. GPU 0 has a total capacity of 23.64 GiB of which 1.02 GiB is free. Including non-PyTorch memory, this process has 22.60 GiB memory in use." },
  { category: "dependency.missing", text: "Cannot import /root/ComfyUI/custom_nodes/ComfyUI-Impact-Pack module for custom nodes: No module named 'segment_anything'" },
  { category: "fs.not_found", text: "OSError: models/TheBloke_Llama-2-7B-GPTQ does not appear to have a file named config.json. Checkout 'https://huggingface.co/models/TheBloke_Llama-2-7B-GPTQ/None' for available files." },
  { category: "network.connection", text: "OSError: We couldn't connect to 'https://huggingface.co' to load this file, couldn't find it in the cached files and it looks like bert-base-uncased is not the path to a directory containing a file named config.json.\nCheckout your internet connection or see how to run the library in offline mode at 'https://huggingface.co/docs/transformers/installation#offline-mode'." },
  { category: "auth.invalid_credentials", text: "Run failed: [models] Error: PluginInvokeError: {\"args\":{},\"error_type\":\"InvokeAuthorizationError\",\"message\":\"Incorrect API key provided: sk-abc***xyz. You can find your API key at https://platform.openai.com/account/api-keys.\"}" },
  { category: "endpoint.not_found", text: "[openai_api_compatible] Error: API request failed with status code 404: {\"detail\":\"Not Found\"}", expect: { httpStatus: 404 } },
  { category: "request.context_length", text: "Query or prefix prompt is too long, you can reduce the prefix prompt, or shrink the max token, or switch to a llm with a larger token limit size." },
  { category: "rate_limit", text: "[tongyi] Rate Limit Error, Requests rate limit exceeded, please try again later." },
  { category: "database", text: "dify-api-1  | sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at \"db\" (172.18.0.3), port 5432 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?" },
  { category: "upstream.unavailable", text: "Ollama: 500, message='Internal Server Error', url=URL('http://host.docker.internal:11434/api/chat')", expect: { httpStatus: 500 } },
  { category: "network.connection", text: "Open WebUI: Server Connection Error" },
  { category: "database", text: "sqlite3.OperationalError: database is locked" },
  { category: "auth.invalid_credentials", text: "ERROR [open_webui.routers.openai] 401, message='Unauthorized', url=URL('https://api.openai.com/v1/chat/completions')", expect: { httpStatus: 401 } },
  { category: "auth.invalid_credentials", text: "{\"error\":{\"message\":\"Incorrect API key provided: sk-proj-***. You can find your API key at https://platform.openai.com/account/api-keys.\",\"type\":\"invalid_request_error\"},\"errorType\":\"InvalidProviderAPIKey\",\"provider\":\"openai\"}", expect: { provider: "openai" } },
  { category: "network.connection", text: "{\"error\":{\"code\":\"ECONNREFUSED\",\"errno\":-111,\"syscall\":\"connect\",\"address\":\"127.0.0.1\",\"port\":11434},\"errorType\":\"OllamaServiceUnavailable\",\"provider\":\"ollama\"}" },
  { category: "model.not_found", text: "{\"error\":{\"message\":\"The model `gpt-4-32k` does not exist or you do not have access to it.\",\"type\":\"invalid_request_error\",\"code\":\"model_not_found\"},\"endpoint\":\"https://api.openai.com/v1\",\"provider\":\"openai\"}" },
  { category: "network.connection", text: "{\"cause\":{\"errno\":-3008,\"code\":\"ENOTFOUND\",\"syscall\":\"getaddrinfo\",\"hostname\":\"api.openai.com\"},\"error\":true,\"message\":\"fetch failed\"}" },
  { category: "network.timeout", text: "{\"cause\":{\"name\":\"ConnectTimeoutError\",\"code\":\"UND_ERR_CONNECT_TIMEOUT\",\"message\":\"Connect Timeout Error\"},\"error\":true,\"message\":\"fetch failed\"}" },
  { category: "auth.invalid_credentials", text: "ERROR: Fail to access model(deepseek-chat).**ERROR**: Error code: 401 - {'error': {'message': 'Authentication Fails (no such user)', 'type': 'authentication_error', 'param': None, 'code': 'invalid_request_error'}}", expect: { httpStatus: 401 } },
  { category: "model.not_found", text: "**ERROR**: model \"qwen2:7b\" not found, try pulling it first" },
  { category: "auth.invalid_credentials", text: "模型连接失败：Error code: 401 - {'error': {'message': 'Invalid token', 'type': 'invalid_request_error'}}", expect: { httpStatus: 401 } },
  { category: "code.name", text: "AttributeError: 'ChatGLMTokenizer' object has no attribute 'tokenizer'" },
  { category: "code.value", text: "ValueError: Loading THUDM/chatglm3-6b requires you to execute the configuration file in that repo on your local machine. Make sure you have read the code there to avoid malicious use, then set the option `trust_remote_code=True` to remove this error." },
  { category: "auth.invalid_credentials", text: "{\"code\":\"InvalidApiKey\",\"message\":\"Invalid API-key provided.\",\"request_id\":\"9c1d3b4e-2f7a-9a8b-b1c2-d3e4f5a6b7c8\"}", expect: { requestId: "9c1d3b4e-2f7a-9a8b-b1c2-d3e4f5a6b7c8" } },
  { category: "billing.quota_exceeded", text: "{\"code\":\"Arrearage\",\"message\":\"Access denied, please make sure your account is in good standing.\",\"request_id\":\"5b0c1a2d-3e4f-9c8b-a7d6-e5f4a3b2c1d0\"}" },
  { category: "request.context_length", text: "Error code: 400 - {'error': {'message': 'Invalid max_tokens value, the valid range of max_tokens is [1, 8192]', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_request_error'}}", expect: { httpStatus: 400 } },
  { category: "request.invalid", text: "Error code: 400 - {'error': {'message': 'deepseek-reasoner does not support successive user or assistant messages (messages[1] and messages[2] in your input). You should interleave the user/assistant messages in the message sequence.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_request_error'}}" },
  { category: "request.invalid", text: "Error code: 400 - {'error': {'message': 'Missing `reasoning_content` field in the assistant message at message index 2. For more information, please refer to https://api-docs.deepseek.com/guides/thinking_mode#tool-calls', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_request_error'}}" },
  { category: "model.not_found", text: "{\"code\":20012,\"message\":\"Model does not exist. Please check it carefully.\",\"data\":null}" },
  { category: "upstream.unavailable", text: "{\"code\":50603,\"message\":\"System is too busy now. Please try again later.\",\"data\":null}" },
  { category: "model.not_found", text: "{\"error\":{\"message\":\"google/gemini-2.0-flash-exp:free is not a valid model ID\",\"code\":400},\"user_id\":\"user_2mAbCdEfGhIjK\"}" },
  { category: "auth.invalid_credentials", text: "Error code: 401 - {'statusCode': 401, 'message': 'Unauthorized. Access token is missing, invalid, audience is incorrect (https://cognitiveservices.azure.com), or have expired.'}", expect: { httpStatus: 401 } },
  { category: "rate_limit", text: "openai.RateLimitError: Error code: 429 - {'error': {'code': '429', 'message': 'Requests to the ChatCompletions_Create Operation under Azure OpenAI API version 2024-02-15-preview have exceeded token rate limit of your current OpenAI S0 pricing tier. Please retry after 6 seconds. Please go here: https://aka.ms/oai/quotaincrease if you would like to further increase the default rate limit.'}}", expect: { httpStatus: 429 } },
  { category: "endpoint.not_found", text: "openai.NotFoundError: Error code: 404 - {'error': {'code': '404', 'message': 'Resource not found'}}", expect: { httpStatus: 404 } },
  { category: "endpoint.not_found", text: "openai.BadRequestError: Error code: 400 - {'error': {'code': 'OperationNotSupported', 'message': 'The chatCompletion operation does not work with the specified model, text-embedding-ada-002. Please choose different model and try again. You can learn more about which models can be used with each operation here: https://go.microsoft.com/fwlink/?linkid=2197993.'}}" },
  { category: "auth.forbidden", text: "google.api_core.exceptions.PermissionDenied: 403 Permission 'aiplatform.endpoints.predict' denied on resource '//aiplatform.googleapis.com/projects/my-proj/locations/us-central1/publishers/google/models/gemini-1.5-pro' (or it may not exist).", expect: { httpStatus: 403 } },
  { category: "model.not_found", text: "google.api_core.exceptions.NotFound: 404 Publisher Model `projects/my-proj/locations/us-central1/publishers/google/models/gemini-pro-vision` not found." },
  { category: "rate_limit", text: "google.api_core.exceptions.ResourceExhausted: 429 Quota exceeded for aiplatform.googleapis.com/generate_content_requests_per_minute_per_project_per_base_model with base model: gemini-1.5-pro. Please submit a quota increase request. https://cloud.google.com/vertex-ai/docs/generative-ai/quotas-genai.", expect: { httpStatus: 429 } },
  { category: "rate_limit", text: "botocore.errorfactory.ThrottlingException: An error occurred (ThrottlingException) when calling the InvokeModel operation (reached max retries: 4): Too many requests, please wait before trying again. You have sent too many requests.  Wait before trying again." },
  { category: "auth.invalid_credentials", text: "botocore.exceptions.NoCredentialsError: Unable to locate credentials" },
  { category: "request.context_length", text: "botocore.errorfactory.ValidationException: An error occurred (ValidationException) when calling the Converse operation: Input is too long for requested model." },
  { category: "dependency.missing", text: "ValueError: Could not import faiss python package. Please install it with `pip install faiss-gpu` (for CUDA supported GPU) or `pip install faiss-cpu` (depending on Python version)." },
  { category: "dependency.missing", text: "ImportError: Could not import tiktoken python package. This is needed in order to for OpenAIEmbeddings. Please install it with `pip install tiktoken`." },
  { category: "model.not_found", text: "ValueError: Unknown model 'gpt-4o-2024-11-20'. Please provide a valid OpenAI model name in: gpt-4, gpt-4-32k, gpt-4-1106-preview, gpt-4-0125-preview, gpt-3.5-turbo" },
  { category: "request.invalid", text: "openai.BadRequestError: Error code: 400 - {'error': {'message': \"Invalid 'messages[2].name': string does not match pattern. Expected a string that matches the pattern '^[a-zA-Z0-9_-]+$'.\", 'type': 'invalid_request_error', 'param': 'messages[2].name', 'code': 'invalid_value'}}", expect: { errorType: "invalid_value" } },
  { category: "tool.container", text: "RuntimeError: Code execution is set to be run in docker (default behaviour) but docker is not running.\nThe options available are:\n- Make sure docker is running (advised approach for code execution)\n- Set \"use_docker\": False in code_execution_config\n- Set AUTOGEN_USE_DOCKER to \"0/False/no\" in your environment variables" },
  { category: "auth.invalid_credentials", text: "litellm.exceptions.AuthenticationError: litellm.AuthenticationError: AnthropicException - {\"type\":\"error\",\"error\":{\"type\":\"authentication_error\",\"message\":\"invalid x-api-key\"}}" },
  { category: "rate_limit", text: "litellm.RateLimitError: litellm.RateLimitError: VertexAIException - {\n  \"error\": {\n    \"code\": 429,\n    \"message\": \"Resource exhausted. Please try again later. Please refer to https://cloud.google.com/vertex-ai/generative-ai/docs/error-code-429 for more details.\",\n    \"status\": \"RESOURCE_EXHAUSTED\"\n  }\n}" },
  { category: "network.connection", text: "litellm.exceptions.APIConnectionError: litellm.APIConnectionError: OllamaException - [Errno 111] Connection refused" },
  { category: "request.invalid", text: "400 {\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":\"messages.1.content.0.image.source.base64.data: At least one of the image dimensions exceed max allowed size: 8000 pixels\"}}" },
  { category: "model.not_found", text: "Error: HTTP 404 Not Found from http://localhost:11434/api/chat\n\n{\"error\":\"model \\\"codellama:7b\\\" not found, try pulling it first\"}" },
  { category: "resource.memory", text: "Error: llama runner process has terminated: error loading model: unable to allocate CUDA0 buffer" },
  { category: "upstream.unavailable", text: "{\"error\":{\"code\":503,\"message\":\"The model is overloaded. Please try again later.\",\"status\":\"UNAVAILABLE\"}}", expect: { httpStatus: 503 } },
  { category: "request.context_length", text: "{\"error\":{\"code\":400,\"message\":\"The input token count (1204587) exceeds the maximum number of tokens allowed (1048576).\",\"status\":\"INVALID_ARGUMENT\"}}" },
  { category: "auth.invalid_credentials", text: "[GoogleGenerativeAI Error]: Error fetching from https://generativelanguage.googleapis.com/v1beta/models/gemini-pro:generateContent: [400 Bad Request] API key expired. Please renew the API key. [{\"@type\":\"type.googleapis.com/google.rpc.ErrorInfo\",\"reason\":\"API_KEY_INVALID\",\"domain\":\"googleapis.com\"}]", expect: { provider: "gemini" } },
  { category: "model.not_found", text: "{\"error\":{\"code\":404,\"message\":\"models/gemini-1.0-pro is not found for API version v1beta, or is not supported for generateContent. Call ListModels to see the list of available models and their supported methods.\",\"status\":\"NOT_FOUND\"}}" },
  { category: "request.invalid", text: "anthropic.BadRequestError: Error code: 400 - {'type': 'error', 'error': {'type': 'invalid_request_error', 'message': 'messages: text content blocks must be non-empty'}}" },
  { category: "request.context_length", text: "Error code: 400 - {'type': 'error', 'error': {'type': 'invalid_request_error', 'message': 'max_tokens: 64000 > 8192, which is the maximum allowed number of output tokens for claude-3-5-sonnet-20241022'}}" },
  { category: "dependency.install", text: "ERROR: Could not build wheels for llama-cpp-python, which is required to install pyproject.toml-based projects" },
  { category: "dependency.install", text: "      error: Microsoft Visual C++ 14.0 or greater is required. Get it with \"Microsoft C++ Build Tools\": https://visualstudio.microsoft.com/visual-cpp-build-tools/\n      [end of output]\n  ERROR: Failed building wheel for chroma-hnswlib" },
  { category: "fs.permission", text: "ERROR: Could not install packages due to an OSError: [Errno 13] Permission denied: '/usr/local/lib/python3.10/dist-packages/numpy-1.26.4.dist-info'\nConsider using the `--user` option or check the permissions." },
  { category: "network.timeout", text: "WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ReadTimeoutError(\"HTTPSConnectionPool(host='pypi.org', port=443): Read timed out. (read timeout=15)\")': /simple/torch/\nERROR: Could not find a version that satisfies the requirement torch (from versions: none)\nERROR: No matching distribution found for torch" },
  { category: "dependency.install", text: "error: externally-managed-environment\n\n× This environment is externally managed\n╰─> To install Python packages system-wide, try apt install\n    python3-xyz, where xyz is the package you are trying to\n    install." },
  { category: "dependency.install", text: "PackagesNotFoundError: The following packages are not available from current channels:\n\n  - faiss-gpu\n\nCurrent channels:\n\n  - https://repo.anaconda.com/pkgs/main/osx-arm64" },
  { category: "network.timeout", text: "npm ERR! code ETIMEDOUT\nnpm ERR! errno ETIMEDOUT\nnpm ERR! network request to https://registry.npmjs.org/next failed, reason: connect ETIMEDOUT 104.16.3.35:443" },
  { category: "dependency.install", text: " ERR_PNPM_OUTDATED_LOCKFILE  Cannot install with \"frozen-lockfile\" because pnpm-lock.yaml is not up to date with package.json" },
  { category: "fs.permission", text: "npm ERR! code EACCES\nnpm ERR! syscall mkdir\nnpm ERR! path /usr/local/lib/node_modules/pnpm\nnpm ERR! errno -13\nnpm ERR! Error: EACCES: permission denied, mkdir '/usr/local/lib/node_modules/pnpm'" },
  { category: "dependency.install", text: "gyp ERR! find Python\ngyp ERR! find Python Python is not set from command line or npm configuration\ngyp ERR! stack Error: Could not find any Python installation to use" },
  { category: "tool.container", text: "docker: Error response from daemon: could not select device driver \"\" with capabilities: [[gpu]]." },
  { category: "network.address_in_use", text: "Error response from daemon: driver failed programming external connectivity on endpoint open-webui (3f2a): Bind for 0.0.0.0:3000 failed: port is already allocated" },
  { category: "network.timeout", text: "Error response from daemon: Get \"https://registry-1.docker.io/v2/\": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)" },
  { category: "tool.container", text: "Back-off restarting failed container vllm in pod vllm-7d9f8b6c5-x2k4p_default(1a2b3c4d)" },
  { category: "dependency.missing", text: "OSError: libcudart.so.12: cannot open shared object file: No such file or directory" },
  { category: "dependency.missing", text: "ImportError: libGL.so.1: cannot open shared object file: No such file or directory" },
  { category: "data.parse", text: "safetensors_rust.SafetensorError: Error while deserializing header: HeaderTooLarge" },
  { category: "network.connection", text: "java.net.SocketException: Connection reset\n\tat java.base/sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:328)" },
  { category: "auth.invalid_credentials", text: "org.springframework.ai.retry.NonTransientAiException: 401 - {\n    \"error\": {\n        \"message\": \"Incorrect API key provided: sk-xxx. You can find your API key at https://platform.openai.com/account/api-keys.\",\n        \"type\": \"invalid_request_error\",\n        \"param\": null,\n        \"code\": \"invalid_api_key\"\n    }\n}" },
  { category: "code.null_reference", text: "panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x1a2b3c4]\n\ngoroutine 42 [running]:\none-api/relay/adaptor/openai.StreamHandler(0xc000123456)" },
  { category: "database", text: "[FATAL] 2024/05/01 - 10:00:00 | failed to initialize database: Error 1045 (28000): Access denied for user 'root'@'172.18.0.3' (using password: YES)" },
  { category: "database", text: "psql: error: connection to server at \"localhost\" (127.0.0.1), port 5432 failed: FATAL:  password authentication failed for user \"postgres\"" },
  { category: "rate_limit", text: "请求失败，状态码：429，错误信息：{\"error\":{\"message\":\"当前模型请求过多，请稍后重试\",\"type\":\"rate_limit_error\"}}", expect: { httpStatus: 429 } },
  { category: "network.timeout", text: "调用大模型接口失败：Connection timed out" },
  { category: "billing.quota_exceeded", text: "API 请求失败：余额不足，请前往控制台充值" },
  { category: "resource.memory", text: "OSError: [WinError 1455] 页面文件太小，无法完成操作。 Error loading \"C:\\Users\\dev\\miniconda3\\lib\\site-packages\\torch\\lib\\cudnn_cnn_infer64_8.dll\" or one of its dependencies." },
  { category: "dependency.missing", text: "ImportError: This modeling file requires the following packages that were not found in your environment: flash_attn. Run `pip install flash_attn`" },
  { category: "code.null_reference", text: "TypeError: Cannot read properties of undefined (reading 'choices')\n    at OpenAIStream (/app/.next/server/chunks/123.js:1:2345)" },
  { category: "data.parse", text: "Error: Failed to parse stream string. No separator found." },
  { category: "rate_limit", text: "AI_RetryError: Failed after 3 attempts. Last error: Too Many Requests" },
  { category: "auth.invalid_credentials", text: "AI_LoadAPIKeyError: OpenAI API key is missing. Pass it using the 'apiKey' parameter or the OPENAI_API_KEY environment variable." },
  { category: "model.not_found", text: "AI_NoSuchModelError: No such languageModel: gpt-5-mini" },
  { category: "data.parse", text: "UnicodeEncodeError: 'gbk' codec can't encode character '\\u2022' in position 0: illegal multibyte sequence" },
  { category: "data.parse", text: "TypeError: Object of type ndarray is not JSON serializable" },
  { category: "dependency.install", text: "ERROR: Failed building wheel for flash-attn\nFailed to build flash-attn\nERROR: Could not build wheels for flash-attn, which is required to install pyproject.toml-based projects" },
];

describe("classifyError on blind batches", () => {
  it.each([...batch1Cases].map((c) => [c.category, c.text.slice(0, 70).replace(/\s+/g, " "), c] as const))(
    "%s ← %s",
    (_category, _label, c) => {
      const got = classifyError(c.text);
      expect(classificationSchema.parse(got)).toEqual(got);
      expect(got.category).toBe(c.category);
      if (c.expect) expect(got).toMatchObject(c.expect);
    },
  );
});
