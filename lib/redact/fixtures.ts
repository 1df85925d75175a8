/**
 * Test corpus for the redactor: realistic pastes that hold secrets (synthetic values in the
 * real formats), and look-alikes that must come through byte for byte.
 * Secret values are generated from a fixed seed so the file holds no key-shaped literals
 * that a secret scanner would flag, and every run sees the same values.
 */
import type { SecretKind } from "./schema";

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const UPPER_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const HEX = "0123456789abcdef";
const B64 = `${ALNUM}+/`;
const URLSAFE = `${ALNUM}-_`;

/** Deterministic random string: `fake("name", ALNUM, 32)`. Always holds a letter and a digit. */
function fake(seed: string, alphabet: string, length: number): string {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619);
  const next = () => {
    h = (h + 0x6d2b79f5) | 0;
    let t = Math.imul(h ^ (h >>> 15), 1 | h);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  let out = "";
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(next() * alphabet.length)];
  const digit = alphabet.match(/\d/)?.[0];
  const letter = alphabet.match(/[A-Za-z]/)?.[0];
  if (digit && !/\d/.test(out)) out = digit + out.slice(1);
  if (letter && !/[A-Za-z]/.test(out)) out = out.slice(0, -1) + letter;
  return out;
}

/** A secret in a fixture; `shown` is the public prefix the mask may keep. */
export type PlantedSecret = { value: string; kind: SecretKind; shown?: string };
export type SecretFixture = { name: string; text: string; secrets: PlantedSecret[] };

const k = {
  openaiProject: `sk-proj-${fake("openai-project", URLSAFE, 156)}`,
  openaiService: `sk-svcacct-${fake("openai-svc", URLSAFE, 120)}`,
  openaiLegacy: `sk-${fake("legacy-a", ALNUM, 20)}T3BlbkFJ${fake("legacy-b", ALNUM, 20)}`,
  anthropic: `sk-ant-api03-${fake("anthropic", URLSAFE, 93)}AA`,
  anthropicAdmin: `sk-ant-admin01-${fake("anthropic-admin", URLSAFE, 93)}AA`,
  google: `AIza${fake("google", URLSAFE, 35)}`,
  googleOauth: `ya29.${fake("google-oauth", URLSAFE, 150)}`,
  azureHex: fake("azure-hex", HEX, 32),
  azureHex2: fake("azure-hex-2", HEX, 32),
  azureAccount: `${fake("azure-account", B64, 86)}==`,
  azureSig: `${fake("azure-sig", ALNUM, 40)}%3D`,
  deepseek: `sk-${fake("deepseek", HEX, 32)}`,
  relay: `sk-${fake("relay", ALNUM, 48)}`,
  relay2: `sk-${fake("relay-2", ALNUM, 48)}`,
  awsAccess: `AKIA${fake("aws-access", UPPER_DIGITS, 16)}`,
  awsSession: `ASIA${fake("aws-session", UPPER_DIGITS, 16)}`,
  awsSecret: fake("aws-secret", B64, 40),
  awsSecret2: fake("aws-secret-2", B64, 40),
  ghp: `ghp_${fake("ghp", ALNUM, 36)}`,
  gho: `gho_${fake("gho", ALNUM, 36)}`,
  ghs: `ghs_${fake("ghs", ALNUM, 36)}`,
  githubPat: `github_pat_${fake("pat-a", ALNUM, 22)}_${fake("pat-b", ALNUM, 59)}`,
  gitlab: `glpat-${fake("gitlab", URLSAFE, 20)}`,
  slackBot: `xoxb-${fake("slack-1", "0123456789", 11)}-${fake("slack-2", "0123456789", 13)}-${fake("slack-3", ALNUM, 24)}`,
  slackUser: `xoxp-${fake("slack-4", "0123456789", 11)}-${fake("slack-5", "0123456789", 12)}-${fake("slack-6", "0123456789", 13)}-${fake("slack-7", HEX, 32)}`,
  slackHook: `T${fake("hook-1", UPPER_DIGITS, 10)}/B${fake("hook-2", UPPER_DIGITS, 10)}/${fake("hook-3", ALNUM, 24)}`,
  stripeLive: `sk_live_${fake("stripe-live", ALNUM, 99)}`,
  stripeRestricted: `rk_test_${fake("stripe-rk", ALNUM, 99)}`,
  stripeWebhook: `whsec_${fake("stripe-wh", ALNUM, 32)}`,
  hf: `hf_${fake("hf", ALNUM, 34)}`,
  bearer: fake("bearer", ALNUM, 40),
  bearer2: fake("bearer-2", `${ALNUM}._-`, 64),
  basic: btoa("deploy:Qz7-wind-Harbor-42"),
  xApiKey: fake("x-api-key", ALNUM, 40),
  jwt: `eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJ${fake("jwt-payload", URLSAFE, 120)}.${fake("jwt-sig", URLSAFE, 86)}`,
  jwt2: `eyJhbGciOiJIUzI1NiJ9.eyJ${fake("jwt2-payload", URLSAFE, 60)}.${fake("jwt2-sig", URLSAFE, 43)}`,
  pgPassword: "Vq8#rT2!mZ5p",
  mysqlPassword: "Lm4$Kx9wPq2z",
  mongoPassword: fake("mongo", ALNUM, 16),
  redisPassword: "r3d1s-Wqz8Kp",
  amqpPassword: "Gq7Lw2Zx9Rp4",
  httpsPassword: "Fz6Yt3Nw8Hq1",
  envPassword: "Tr0ub4dor&3x-Vk",
  jsonPassword: "c0rrect-H0rse-Bttry",
  kwargPassword: "Wn5@Lp8#Qz2",
  yamlPassword: "Yq3Mz8Vw1Kx6",
  odbcPassword: "Hx5!Rw9Qk3Lm",
  pgEnvPassword: "Pz1Rk7Wq4Xm",
  camelPassword: "Dq6Vz2Lw8Kp",
  environPassword: "Mk9Qx3Wz7Lp",
  apiKeyQuery: fake("api-key-query", ALNUM, 32),
  apiKeyJson: fake("api-key-json", ALNUM, 40),
  accessToken: fake("access-token", URLSAFE, 43),
  clientSecret: fake("client-secret", `${ALNUM}~._-`, 40),
  secretQuery: fake("secret-query", ALNUM, 24),
  cookieSession: fake("cookie-session", ALNUM, 32),
  cookieCsrf: fake("cookie-csrf", ALNUM, 32),
  setCookie: fake("set-cookie", HEX, 40),
  rsaBody: fake("rsa", B64, 64),
  opensshBody: fake("openssh", B64, 70),
  gcpKeyBody: fake("gcp", B64, 64),
  curlPassword: "Zx8-Cv7-Bn6",
  echoedKey: fake("echoed", ALNUM, 40),
  dockerAuth: btoa("ci-bot:Rw8Lq3Zx7Vn2"),
  groq: `gsk_${fake("groq", ALNUM, 52)}`,
  mistralKey: fake("mistral", ALNUM, 32),
  camelKey: fake("camel-key", ALNUM, 40),
  fooApiKey: fake("foo-api-key", ALNUM, 40),
  smtpPass: "Kq8Lw3Zx7Vn2",
  dbPwd: "Rd5Mx8Wq2Lp",
  mysqlFlag: "S3cr3t!Pw-7",
  mysqlLong: "My5ql-Lw8Qz",
  dockerLogin: "Dk7Lw2Zx9Rp4",
  keytool: "Ks7Wq2Lm9Xv",
  zhDbPassword: "Hx5Rw9Qk3Lm",
  zhKey: fake("zh-key", ALNUM, 32),
  zhToken: fake("zh-token", ALNUM, 40),
  zhMailCode: fake("zh-mail", "abcdefghijklmnopqrstuvwxyz", 16),
  zhPassphrase: "Pa55w0rd-Kq",
  zhSecretKey: fake("zh-secret-key", ALNUM, 24),
  zhAuthCode: "Qw3Er5Ty7Ui",
  zhApiKey: fake("zh-api-key", ALNUM, 36),
  zhBareToken: fake("zh-bare-token", ALNUM, 28),
  telegram: `${fake("tg-id", "0123456789", 10)}:AA${fake("tg-token", URLSAFE, 33)}`,
  sendgrid: `SG.${fake("sg-1", URLSAFE, 22)}.${fake("sg-2", URLSAFE, 43)}`,
  discord: `${btoa("1187654321098765432").replace(/=+$/, "")}.${fake("discord-2", URLSAFE, 6)}.${fake("discord-3", URLSAFE, 38)}`,
  discordHook: fake("discord-hook", URLSAFE, 68),
  amzSignature: fake("amz-sig", HEX, 64),
  amzSessionToken: fake("amz-session", URLSAFE, 120),
  googSignature: fake("goog-sig", HEX, 256),
  cloudfrontSignature: `${fake("cf-sig", `${ALNUM}~`, 160)}_`,
  ossSignature: `${fake("oss-sig", ALNUM, 24)}%2B%3D`,
  aliyunId: `LTAI${fake("aliyun-id", ALNUM, 20)}`,
  aliyunSecret: fake("aliyun-secret", ALNUM, 30),
  wecomKey: "5b2c9e1d-84f3-4a6e-9c07-2d1f8e3b6a94",
  feishuHook: "8e0f1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b",
  zhipu: `${fake("zhipu-1", HEX, 32)}.${fake("zhipu-2", ALNUM, 16)}`,
  corpSecret: fake("corp-secret", URLSAFE, 43),
  basicCurl: btoa("deploy:Zx8-Cv7-Bn6-Lk5"),
  powershellKey: `sk-proj-${fake("powershell", URLSAFE, 120)}`,
  mavenPassword: "Mv8Lq2Zx7Wn4",
  xmlApiKey: fake("xml-api-key", ALNUM, 32),
  appSettingsPassword: "Sm7Tp-Lw2Zx9",
  netrcPassword: "Nt7Rc-Lw2Zx",
  oraclePassword: "T1ger-Qx8Lm",
  sevenZip: "Zx8Cv7Bn6Lk",
  ldapPassword: "Ld4p-Pw9Qz",
  sqlcmdPassword: "Hx5!Sq9Lm2",
  proxyPassword: "Pr0xy-Pw9Zq",
  zhIsPassword: "Wq7Zx2Lm9Kp",
};

export const secretFixtures: SecretFixture[] = [
  {
    name: "OpenAI project key in a Python traceback",
    text: `Traceback (most recent call last):\n  File "/srv/app/chat.py", line 14, in <module>\n    resp = client.chat.completions.create(model="gpt-4o-mini", messages=msgs)\nopenai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: ${k.openaiProject}. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}`,
    secrets: [{ value: k.openaiProject, kind: "openai_key", shown: "sk-proj-" }],
  },
  {
    name: "OpenAI service-account key in docker logs",
    text: `app-1  | 2025-03-02T10:11:12Z INFO starting worker with OPENAI_API_KEY=${k.openaiService} OPENAI_BASE_URL=https://api.openai.com/v1\napp-1  | 2025-03-02T10:11:13Z ERROR 401 Unauthorized`,
    secrets: [{ value: k.openaiService, kind: "openai_key", shown: "sk-svcacct-" }],
  },
  {
    name: "legacy OpenAI key in openai 0.x error",
    text: `openai.error.AuthenticationError: Incorrect API key provided: ${k.openaiLegacy}. You can find your API key at https://platform.openai.com/account/api-keys.`,
    secrets: [{ value: k.openaiLegacy, kind: "openai_key", shown: "sk-" }],
  },
  {
    name: "Anthropic key in a curl command",
    text: `$ curl https://api.anthropic.com/v1/messages \\\n    -H "x-api-key: ${k.anthropic}" \\\n    -H "anthropic-version: 2023-06-01" \\\n    -d '{"model": "claude-3-5-sonnet-20241022", "max_tokens": 1024}'\n{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"},"request_id":"req_011CTkdZQpX8nQ4n4kVvQ7Eb"}`,
    secrets: [{ value: k.anthropic, kind: "anthropic_key", shown: "sk-ant-" }],
  },
  {
    name: "Anthropic admin key in a .env dump",
    text: `# .env\nANTHROPIC_ADMIN_KEY=${k.anthropicAdmin}\nLOG_LEVEL=debug`,
    secrets: [{ value: k.anthropicAdmin, kind: "anthropic_key", shown: "sk-ant-" }],
  },
  {
    name: "Google API key in a Gemini URL",
    text: `google.api_core.exceptions.BadRequest: 400 POST https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-pro:generateContent?%24alt=json%3Benum-encoding%3Dint&key=${k.google}: API key not valid. Please pass a valid API key.`,
    secrets: [{ value: k.google, kind: "google_key", shown: "AIza" }],
  },
  {
    name: "Google OAuth token in a Python dict of headers",
    text: `google.auth.exceptions.RefreshError: ('invalid_grant: Bad Request', {'error': 'invalid_grant'})\nheaders={'authorization': 'Bearer ${k.googleOauth}', 'x-goog-user-project': 'acme-prod'}`,
    secrets: [{ value: k.googleOauth, kind: "google_oauth_token", shown: "ya29." }],
  },
  {
    name: "Azure OpenAI api-key header in a Python dict",
    text: `openai.AuthenticationError: Error code: 401 - {'statusCode': 401, 'message': 'Unauthorized. Access token is missing, invalid, audience is incorrect (https://cognitiveservices.azure.com), or have expired.'}\nrequest headers: {'api-key': '${k.azureHex}', 'Content-Type': 'application/json'}`,
    secrets: [{ value: k.azureHex, kind: "azure_key" }],
  },
  {
    name: "AZURE_OPENAI_API_KEY in an env dump",
    text: `AZURE_OPENAI_ENDPOINT=https://acme-eastus.openai.azure.com/\nAZURE_OPENAI_API_KEY=${k.azureHex2}\nAZURE_OPENAI_API_VERSION=2024-06-01`,
    secrets: [{ value: k.azureHex2, kind: "azure_key" }],
  },
  {
    name: "Azure storage connection string",
    text: `azure.core.exceptions.ClientAuthenticationError: Server failed to authenticate the request.\nAZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=acmestore;AccountKey=${k.azureAccount};EndpointSuffix=core.windows.net"`,
    secrets: [{ value: k.azureAccount, kind: "azure_key" }],
  },
  {
    name: "Azure SAS URL",
    text: `<?xml version="1.0" encoding="utf-8"?><Error><Code>AuthenticationFailed</Code><Message>Signature did not match. String to sign used was r</Message></Error>\nGET https://acmestore.blob.core.windows.net/exports/data.csv?sp=r&st=2025-01-01T00:00:00Z&se=2025-01-02T00:00:00Z&spr=https&sv=2022-11-02&sr=b&sig=${k.azureSig}`,
    secrets: [{ value: k.azureSig, kind: "azure_sas" }],
  },
  {
    name: "DeepSeek key passed to the OpenAI client",
    text: `>>> client = OpenAI(api_key="${k.deepseek}", base_url="https://api.deepseek.com")\n>>> client.chat.completions.create(model="deepseek-chat", messages=[])\nopenai.AuthenticationError: Error code: 401 - {'error': {'message': 'Authentication Fails, Your api key: ****${k.deepseek.slice(-4)} is invalid', 'type': 'authentication_error'}}`,
    secrets: [{ value: k.deepseek, kind: "deepseek_key", shown: "sk-" }],
  },
  {
    name: "new-api relay token in a gateway log",
    text: `[ERR] 2026/08/03 - 03:48:06 | 20260803034806377477680QybwOw5s | relay error (channel #11, status code: 401): 该令牌状态不可用 token=${k.relay} (request id: 20260803034806377477680QybwOw5s)`,
    secrets: [{ value: k.relay, kind: "relay_key", shown: "sk-" }],
  },
  {
    name: "one-api token in a JSON error body",
    text: `{"error":{"message":"无效的令牌 ${k.relay2} (request id: 20251231141907730597702a9EzKd3G)","type":"one_api_error","param":"","code":"invalid_token"}}`,
    secrets: [{ value: k.relay2, kind: "relay_key", shown: "sk-" }],
  },
  {
    name: "AWS credentials file",
    text: `botocore.exceptions.ClientError: An error occurred (SignatureDoesNotMatch) when calling the ListBuckets operation\n$ cat ~/.aws/credentials\n[default]\naws_access_key_id = ${k.awsAccess}\naws_secret_access_key = ${k.awsSecret}\nregion = us-east-1`,
    secrets: [
      { value: k.awsAccess, kind: "aws_access_key", shown: "AKIA" },
      { value: k.awsSecret, kind: "aws_secret" },
    ],
  },
  {
    name: "AWS STS credentials as JSON",
    text: `{"Credentials": {"AccessKeyId": "${k.awsSession}", "SecretAccessKey": "${k.awsSecret2}", "Expiration": "2025-01-01T00:00:00Z"}}`,
    secrets: [
      { value: k.awsSession, kind: "aws_access_key", shown: "ASIA" },
      { value: k.awsSecret2, kind: "aws_secret" },
    ],
  },
  {
    name: "GitHub token in a git remote URL",
    text: `$ git push origin main\nremote: Permission to acme/app.git denied to ci-bot.\nfatal: unable to access 'https://ci-bot:${k.ghp}@github.com/acme/app.git/': The requested URL returned error: 403`,
    secrets: [{ value: k.ghp, kind: "github_token", shown: "ghp_" }],
  },
  {
    name: "GitHub fine-grained token in env",
    text: `Error: HttpError: Bad credentials - https://docs.github.com/rest\n  env:\n    GITHUB_TOKEN: ${k.githubPat}`,
    secrets: [{ value: k.githubPat, kind: "github_token", shown: "github_pat_" }],
  },
  {
    name: "GitHub OAuth token in an Authorization header",
    text: `> GET /user HTTP/2\n> Host: api.github.com\n> Authorization: token ${k.gho}\n< HTTP/2 401`,
    secrets: [{ value: k.gho, kind: "github_token", shown: "gho_" }],
  },
  {
    name: "GitHub app token in an Actions log",
    text: `##[debug]Evaluating: secrets.GITHUB_TOKEN\n##[debug]Result: '${k.ghs}'\nError: Resource not accessible by integration`,
    secrets: [{ value: k.ghs, kind: "github_token", shown: "ghs_" }],
  },
  {
    name: "GitLab token in a curl header",
    text: `curl --header "PRIVATE-TOKEN: ${k.gitlab}" "https://gitlab.example.com/api/v4/projects"\n{"message":"401 Unauthorized"}`,
    secrets: [{ value: k.gitlab, kind: "gitlab_token", shown: "glpat-" }],
  },
  {
    name: "Slack bot token in slack_sdk error",
    text: `slack_sdk.errors.SlackApiError: The request to the Slack API failed. (url: https://www.slack.com/api/chat.postMessage)\nThe server responded with: {'ok': False, 'error': 'invalid_auth'}\nclient = WebClient(token="${k.slackBot}")`,
    secrets: [{ value: k.slackBot, kind: "slack_token", shown: "xoxb-" }],
  },
  {
    name: "Slack user token in env",
    text: `SLACK_USER_TOKEN=${k.slackUser}\nError: An API error occurred: token_revoked`,
    secrets: [{ value: k.slackUser, kind: "slack_token", shown: "xoxp-" }],
  },
  {
    name: "Slack webhook URL",
    text: `requests.exceptions.HTTPError: 404 Client Error: Not Found for url: https://hooks.slack.com/services/${k.slackHook}`,
    secrets: [{ value: k.slackHook, kind: "slack_webhook" }],
  },
  {
    name: "Stripe live key",
    text: `stripe.error.AuthenticationError: Request req_8fJ2kLm9QpWx: Invalid API Key provided: ${k.stripeLive}`,
    secrets: [{ value: k.stripeLive, kind: "stripe_key", shown: "sk_live_" }],
  },
  {
    name: "Stripe restricted key",
    text: `StripeAuthenticationError: The provided key '${k.stripeRestricted}' does not have the required permissions for this endpoint`,
    secrets: [{ value: k.stripeRestricted, kind: "stripe_key", shown: "rk_test_" }],
  },
  {
    name: "Stripe webhook secret",
    text: `stripe.error.SignatureVerificationError: No signatures found matching the expected signature for payload\nendpoint_secret = '${k.stripeWebhook}'`,
    secrets: [{ value: k.stripeWebhook, kind: "stripe_key", shown: "whsec_" }],
  },
  {
    name: "Hugging Face token",
    text: `huggingface_hub.errors.GatedRepoError: 403 Client Error. Cannot access gated repo for url https://huggingface.co/meta-llama/Llama-3.1-8B/resolve/main/config.json.\n$ huggingface-cli login --token ${k.hf}`,
    secrets: [{ value: k.hf, kind: "huggingface_token", shown: "hf_" }],
  },
  {
    name: "opaque bearer token in a raw request dump",
    text: `POST /v1/chat/completions HTTP/1.1\r\nHost: relay.example.com\r\nAuthorization: Bearer ${k.bearer}\r\nContent-Type: application/json\r\n\r\nHTTP/1.1 401 Unauthorized`,
    secrets: [{ value: k.bearer, kind: "bearer_token" }],
  },
  {
    name: "bearer token in a Node fetch error",
    text: `FetchError: request to https://relay.example.com/v1/models failed, reason: 401\n    headers: { Authorization: "Bearer ${k.bearer2}", "Content-Type": "application/json" }`,
    secrets: [{ value: k.bearer2, kind: "bearer_token" }],
  },
  {
    name: "Basic auth in curl -v output",
    text: `* Connected to registry.example.com (10.1.2.3) port 443\n> GET /v2/_catalog HTTP/1.1\n> Authorization: Basic ${k.basic}\n> User-Agent: curl/8.5.0\n< HTTP/1.1 401 Unauthorized`,
    secrets: [{ value: k.basic, kind: "basic_auth" }],
  },
  {
    name: "x-api-key of an unknown provider in a JSON log",
    text: `{"level":"error","msg":"upstream 401","request":{"url":"https://api.example.ai/v1/generate","headers":{"x-api-key":"${k.xApiKey}","accept":"application/json"}}}`,
    secrets: [{ value: k.xApiKey, kind: "api_key" }],
  },
  {
    name: "JWT in an Authorization header",
    text: `jose.exceptions.ExpiredSignatureError: Signature has expired.\nAuthorization: Bearer ${k.jwt}`,
    secrets: [{ value: k.jwt, kind: "jwt", shown: "eyJ" }],
  },
  {
    name: "JWT id_token in an OAuth JSON response",
    text: `{"access_token": "${k.jwt2}", "token_type": "Bearer", "expires_in": 3600}`,
    secrets: [{ value: k.jwt2, kind: "jwt", shown: "eyJ" }],
  },
  {
    name: "Postgres URL in a SQLAlchemy error",
    text: `sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "db.internal" (10.0.0.5), port 5432 failed: FATAL:  password authentication failed for user "app"\nDATABASE_URL=postgresql+psycopg2://app:${k.pgPassword}@db.internal:5432/app`,
    secrets: [{ value: k.pgPassword, kind: "url_password" }],
  },
  {
    name: "MySQL URL in a Prisma error",
    text: `Error: P1000: Authentication failed against database server at \`localhost\`, the provided database credentials for \`root\` are not valid.\n  datasource db { url = "mysql://root:${k.mysqlPassword}@localhost:3306/shop" }`,
    secrets: [{ value: k.mysqlPassword, kind: "url_password" }],
  },
  {
    name: "MongoDB SRV URL in a pymongo error",
    text: `pymongo.errors.OperationFailure: bad auth : Authentication failed., full error: {'ok': 0, 'errmsg': 'bad auth : Authentication failed.', 'code': 8000, 'codeName': 'AtlasError'}\nMONGO_URI='mongodb+srv://reporting:${k.mongoPassword}@cluster0.ab1cd.mongodb.net/?retryWrites=true&w=majority'`,
    secrets: [{ value: k.mongoPassword, kind: "url_password" }],
  },
  {
    name: "Redis URL with only a password in docker compose logs",
    text: `worker-1  | redis.exceptions.AuthenticationError: invalid username-password pair or user is disabled.\nworker-1  | broker: redis://:${k.redisPassword}@redis:6379/0`,
    secrets: [{ value: k.redisPassword, kind: "url_password" }],
  },
  {
    name: "AMQP URL in a Celery log",
    text: `[2025-01-01 10:00:00,000: ERROR/MainProcess] consumer: Cannot connect to amqp://celery:${k.amqpPassword}@rabbitmq:5672//: [Errno 111] Connection refused.`,
    secrets: [{ value: k.amqpPassword, kind: "url_password" }],
  },
  {
    name: "HTTPS index URL with a password in a pip error",
    text: `ERROR: Could not find a version that satisfies the requirement acme-core==2.3.1 (from versions: none)\nLooking in indexes: https://deploy:${k.httpsPassword}@pypi.acme.internal/simple`,
    secrets: [{ value: k.httpsPassword, kind: "url_password" }],
  },
  {
    name: "DB_PASSWORD in an env file",
    text: `$ cat .env\nDB_HOST=postgres\nDB_USER=app\nDB_PASSWORD=${k.envPassword}\nDB_PORT=5432`,
    secrets: [{ value: k.envPassword, kind: "password" }],
  },
  {
    name: "password in a JSON request body",
    text: `POST /api/login 500\nbody: {"username": "ops@example.com", "password": "${k.jsonPassword}", "remember": true}\nTypeError: Cannot read properties of undefined (reading 'id')`,
    secrets: [{ value: k.jsonPassword, kind: "password" }],
  },
  {
    name: "password keyword argument in a traceback",
    text: `  File "/srv/app/db.py", line 9, in connect\n    conn = pymysql.connect(host="db", user="report", password="${k.kwargPassword}", database="sales")\npymysql.err.OperationalError: (1045, "Access denied for user 'report'@'10.0.0.7' (using password: YES)")`,
    secrets: [{ value: k.kwargPassword, kind: "password" }],
  },
  {
    name: "password in docker-compose YAML",
    text: `services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: ${k.yamlPassword}\nERROR: for db  Cannot start service db: driver failed programming external connectivity`,
    secrets: [{ value: k.yamlPassword, kind: "password" }],
  },
  {
    name: "Pwd in an ODBC connection string",
    text: `pyodbc.InterfaceError: ('28000', "[28000] [Microsoft][ODBC Driver 18 for SQL Server][SQL Server]Login failed for user 'sa'. (18456)")\nconn_str = "Driver={ODBC Driver 18 for SQL Server};Server=tcp:sql.internal,1433;Uid=sa;Pwd=${k.odbcPassword};Encrypt=yes"`,
    secrets: [{ value: k.odbcPassword, kind: "password" }],
  },
  {
    name: "PGPASSWORD on a command line",
    text: `$ PGPASSWORD=${k.pgEnvPassword} psql -h db.internal -U app\npsql: error: connection to server at "db.internal" (10.0.0.5), port 5432 failed: FATAL:  password authentication failed for user "app"`,
    secrets: [{ value: k.pgEnvPassword, kind: "password" }],
  },
  {
    name: "camelCase dbPassword in a JS config",
    text: `SequelizeConnectionError: Access denied for user 'app'@'172.18.0.3' (using password: YES)\n    at config.js:4 { dbUser: "app", dbPassword: "${k.camelPassword}" }`,
    secrets: [{ value: k.camelPassword, kind: "password" }],
  },
  {
    name: "os.environ assignment of a password",
    text: `>>> os.environ["DB_PASSWORD"] = "${k.environPassword}"\n>>> engine.connect()\nsqlalchemy.exc.OperationalError: could not connect to server`,
    secrets: [{ value: k.environPassword, kind: "password" }],
  },
  {
    name: "api_key in a query string",
    text: `requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://api.weather.example.com/v1/forecast?city=Berlin&api_key=${k.apiKeyQuery}&units=metric`,
    secrets: [{ value: k.apiKeyQuery, kind: "api_key" }],
  },
  {
    name: "api_key in a JSON config",
    text: `Error: Invalid config\n{"provider": "custom", "api_key": "${k.apiKeyJson}", "model": "llama-3.1-70b"}`,
    secrets: [{ value: k.apiKeyJson, kind: "api_key" }],
  },
  {
    name: "access_token in a redirect URL",
    text: `Navigation failed: https://app.example.com/callback#state=xyz&access_token=${k.accessToken}&token_type=Bearer&expires_in=3599`,
    secrets: [{ value: k.accessToken, kind: "token" }],
  },
  {
    name: "client_secret in an OAuth error",
    text: `oauthlib.oauth2.rfc6749.errors.InvalidClientError: (invalid_client) Client authentication failed.\nbody: grant_type=client_credentials&client_id=reporting&client_secret=${k.clientSecret}`,
    secrets: [{ value: k.clientSecret, kind: "secret" }],
  },
  {
    name: "secret in a query string",
    text: `GET /hooks/deploy?secret=${k.secretQuery}&ref=main 403 Forbidden`,
    secrets: [{ value: k.secretQuery, kind: "secret" }],
  },
  {
    name: "Cookie header in curl -v output",
    text: `> GET /dashboard HTTP/1.1\n> Host: app.example.com\n> Cookie: sessionid=${k.cookieSession}; csrftoken=${k.cookieCsrf}\n>\n< HTTP/1.1 302 Found`,
    secrets: [
      { value: k.cookieSession, kind: "cookie" },
      { value: k.cookieCsrf, kind: "cookie" },
    ],
  },
  {
    name: "Set-Cookie header in a response dump",
    text: `HTTP/1.1 500 Internal Server Error\nSet-Cookie: connect.sid=s%3A${k.setCookie}; Path=/; HttpOnly\nContent-Type: text/html`,
    secrets: [{ value: k.setCookie, kind: "cookie" }],
  },
  {
    name: "RSA private key in a paramiko error",
    text: `paramiko.ssh_exception.SSHException: Invalid key\n-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,${fake("dek", HEX, 32).toUpperCase()}\n\n${k.rsaBody}\n${fake("rsa-2", B64, 64)}\n-----END RSA PRIVATE KEY-----`,
    secrets: [{ value: k.rsaBody, kind: "private_key" }],
  },
  {
    name: "OpenSSH private key in a docker build log",
    text: `#12 [builder 4/7] RUN echo "$SSH_KEY" > /root/.ssh/id_ed25519\n#12 0.311 -----BEGIN OPENSSH PRIVATE KEY-----\n#12 0.311 ${k.opensshBody}\n#12 0.311 -----END OPENSSH PRIVATE KEY-----\n#12 ERROR: process "/bin/sh -c git clone git@github.com:acme/private.git" did not complete successfully: exit code: 128`,
    secrets: [{ value: k.opensshBody, kind: "private_key" }],
  },
  {
    name: "service-account private key inside a JSON string",
    text: `{"type": "service_account", "project_id": "acme-prod", "private_key": "-----BEGIN PRIVATE KEY-----\\n${k.gcpKeyBody}\\n-----END PRIVATE KEY-----\\n", "client_email": "svc@acme-prod.iam.gserviceaccount.com"}`,
    secrets: [{ value: k.gcpKeyBody, kind: "private_key" }],
  },
  {
    name: "curl -u user:password",
    text: `$ curl -u admin:${k.curlPassword} -X POST https://jenkins.example.com/job/deploy/build\n<html><head><title>Error 403 No valid crumb was included in the request</title></head></html>`,
    secrets: [{ value: k.curlPassword, kind: "basic_auth" }],
  },
  {
    name: "key echoed by a relay",
    text: `openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: ${k.echoedKey}. You can obtain an API key from the console.', 'type': 'invalid_request_error'}}`,
    secrets: [{ value: k.echoedKey, kind: "api_key" }],
  },
  {
    name: "Docker registry auth in config.json",
    text: `Error response from daemon: Get "https://registry.example.com/v2/": unauthorized: authentication required\n~/.docker/config.json: {"auths": {"registry.example.com": {"auth": "${k.dockerAuth}"}}}`,
    secrets: [{ value: k.dockerAuth, kind: "token" }],
  },
  {
    name: "key after an escaped newline inside a JSON string",
    text: JSON.stringify({ log: `boot ok\nexport OPENAI_API_KEY\n${k.openaiProject}\nfailed` }),
    secrets: [{ value: k.openaiProject, kind: "openai_key", shown: "sk-proj-" }],
  },
  {
    name: "credentials inside a JSON string inside JSON",
    text: JSON.stringify({ event: "config_loaded", payload: JSON.stringify({ api_key: k.apiKeyJson, password: k.jsonPassword }) }),
    secrets: [
      { value: k.apiKeyJson, kind: "api_key" },
      { value: k.jsonPassword, kind: "password" },
    ],
  },
  {
    name: "Linux home directory in a traceback",
    text: `Traceback (most recent call last):\n  File "/home/jmarlowe/projects/bot/main.py", line 7, in <module>\n    import torch\nModuleNotFoundError: No module named 'torch'`,
    secrets: [{ value: "jmarlowe", kind: "home_path" }],
  },
  {
    name: "macOS home directory in an npm error",
    text: `npm ERR! code EACCES\nnpm ERR! path /Users/kwinterbottom/Documents/site/node_modules\nnpm ERR! A complete log of this run can be found in: /Users/kwinterbottom/.npm/_logs/2024-05-01T10_00_00_000Z-debug-0.log`,
    secrets: [{ value: "kwinterbottom", kind: "home_path" }],
  },
  {
    name: "Windows home directory with a space",
    text: `Traceback (most recent call last):\n  File "C:\\Users\\Priya Raghunathan\\Desktop\\scraper\\run.py", line 3, in <module>\nPermissionError: [Errno 13] Permission denied: 'C:\\Users\\Priya Raghunathan\\AppData\\Local\\Temp\\out.csv'`,
    secrets: [{ value: "Raghunathan", kind: "home_path" }],
  },
  {
    name: "escaped Windows home directory in JSON",
    text: `{"error": "ENOENT: no such file or directory, open 'C:\\\\Users\\\\tvandermeer\\\\AppData\\\\Roaming\\\\app\\\\config.json'"}`,
    secrets: [{ value: "tvandermeer", kind: "home_path" }],
  },
  {
    name: "Groq key under a GROQ_KEY name",
    text: `groq.AuthenticationError: Error code: 401 - {'error': {'message': 'Invalid API Key', 'type': 'invalid_request_error', 'code': 'invalid_api_key'}}\n$ env | grep GROQ\nGROQ_KEY=${k.groq}`,
    secrets: [{ value: k.groq, kind: "api_key", shown: "gsk_" }],
  },
  {
    name: "MISTRAL_KEY of no known shape in a .env",
    text: `# .env\nMISTRAL_KEY=${k.mistralKey}\nMISTRAL_MODEL=mistral-large-latest\nmistralai.exceptions.MistralAPIException: Status: 401. Message: Unauthorized`,
    secrets: [{ value: k.mistralKey, kind: "api_key" }],
  },
  {
    name: "camelCase groqKey in a JS config",
    text: `Error: 401 Invalid API Key\n    at new Groq (node_modules/groq-sdk/index.js:52:13)\nconst config = { groqKey: "${k.camelKey}", model: "llama-3.1-70b-versatile" };`,
    secrets: [{ value: k.camelKey, kind: "api_key" }],
  },
  {
    name: "export FOO_API_KEY in a shell",
    text: `$ export FOO_API_KEY="${k.fooApiKey}"\n$ foo-cli run\nError: 403 Forbidden: invalid api key`,
    secrets: [{ value: k.fooApiKey, kind: "api_key" }],
  },
  {
    name: "PowerShell $env: assignment",
    text: `PS C:\\> $env:OPENAI_API_KEY = "${k.powershellKey}"\nopenai.AuthenticationError: Error code: 401`,
    secrets: [{ value: k.powershellKey, kind: "openai_key", shown: "sk-proj-" }],
  },
  {
    name: "SMTP_PASS and DB_PWD in docker compose",
    text: `services:\n  app:\n    environment:\n      - SMTP_PASS=${k.smtpPass}\n      - DB_PWD=${k.dbPwd}\nsmtplib.SMTPAuthenticationError: (535, b'Error: authentication failed')`,
    secrets: [
      { value: k.smtpPass, kind: "password" },
      { value: k.dbPwd, kind: "password" },
    ],
  },
  {
    name: "mysql -p with the password glued on",
    text: `$ mysql -h 10.0.0.5 -uroot -p${k.mysqlFlag} shop < dump.sql\nmysql: [Warning] Using a password on the command line interface can be insecure.\nERROR 1045 (28000): Access denied for user 'root'@'10.0.0.7' (using password: YES)`,
    secrets: [{ value: k.mysqlFlag, kind: "password" }],
  },
  {
    name: "mysqldump --password=",
    text: `$ mysqldump -u backup --password=${k.mysqlLong} --single-transaction shop > shop.sql\nmysqldump: Got error: 1045: Access denied for user 'backup'@'localhost' (using password: YES) when trying to connect`,
    secrets: [{ value: k.mysqlLong, kind: "password" }],
  },
  {
    name: "docker login -p",
    text: `$ docker login -u ci-bot -p ${k.dockerLogin} registry.example.com\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\nError response from daemon: Get "https://registry.example.com/v2/": unauthorized: incorrect username or password`,
    secrets: [{ value: k.dockerLogin, kind: "password" }],
  },
  {
    name: "keytool -storepass",
    text: `keytool error: java.io.IOException: keystore password was incorrect\n$ keytool -importcert -alias ca -file ca.pem -keystore truststore.jks -storepass ${k.keytool} -noprompt`,
    secrets: [{ value: k.keytool, kind: "password" }],
  },
  {
    name: "数据库密码 with a full-width colon and spaces",
    text: `连接数据库失败：Access denied for user 'app'@'10.0.0.7'\n配置：数据库地址 10.0.0.5，数据库密码 ： ${k.zhDbPassword}，请检查`,
    secrets: [{ value: k.zhDbPassword, kind: "password" }],
  },
  {
    name: "密钥= in a Chinese config note",
    text: `调用接口返回 401 未授权\n密钥=${k.zhKey}\n请问是哪里配置错了？`,
    secrets: [{ value: k.zhKey, kind: "api_key" }],
  },
  {
    name: "访问令牌: in a Chinese bug report",
    text: `调用 /v1/chat/completions 报错 401：无效的令牌\n访问令牌: ${k.zhToken}`,
    secrets: [{ value: k.zhToken, kind: "token" }],
  },
  {
    name: "邮箱授权码 for SMTP",
    text: `smtplib.SMTPAuthenticationError: (535, b'Login Fail. Please enter your authorization code to login.')\n邮箱：ops@qq.com\n邮箱授权码：${k.zhMailCode}`,
    secrets: [{ value: k.zhMailCode, kind: "password" }],
  },
  {
    name: "口令 and 授权码 labels",
    text: `登录失败\n用户：admin\n口令：${k.zhPassphrase}\n授权码: ${k.zhAuthCode}`,
    secrets: [
      { value: k.zhPassphrase, kind: "password" },
      { value: k.zhAuthCode, kind: "password" },
    ],
  },
  {
    name: "秘钥, API Key and 令牌 labels",
    text: `秘钥 = ${k.zhSecretKey}\nAPI Key：${k.zhApiKey}\n令牌：${k.zhBareToken}\n以上配置调用时报 403`,
    secrets: [
      { value: k.zhSecretKey, kind: "api_key" },
      { value: k.zhApiKey, kind: "api_key" },
      { value: k.zhBareToken, kind: "token" },
    ],
  },
  {
    name: "Telegram bot token in a Bot API URL path",
    text: `telegram.error.InvalidToken: Invalid token\nrequests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.telegram.org/bot${k.telegram}/getUpdates?offset=0&timeout=30`,
    secrets: [{ value: k.telegram, kind: "token" }],
  },
  {
    name: "SendGrid key",
    text: `python_http_client.exceptions.UnauthorizedError: HTTP Error 401: Unauthorized\nb'{"errors":[{"message":"The provided authorization grant is invalid, expired, or revoked","field":null,"help":null}]}'\nsg = SendGridAPIClient("${k.sendgrid}")`,
    secrets: [{ value: k.sendgrid, kind: "api_key", shown: "SG." }],
  },
  {
    name: "Discord bot token",
    text: `discord.errors.LoginFailure: Improper token has been passed.\nThe above exception was the direct cause of the following exception:\n  File "bot.py", line 40, in <module>\n    client.run("${k.discord}")`,
    secrets: [{ value: k.discord, kind: "token" }],
  },
  {
    name: "Discord webhook URL",
    text: `discord.errors.NotFound: 404 Not Found (error code: 10015): Unknown Webhook\nPOST https://discord.com/api/webhooks/1187654321098765432/${k.discordHook}`,
    secrets: [{ value: k.discordHook, kind: "token" }],
  },
  {
    name: "S3 presigned URL",
    text: `<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>\nGET https://acme.s3.us-east-1.amazonaws.com/exports/q1.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20250101T000000Z&X-Amz-Expires=3600&X-Amz-Security-Token=${k.amzSessionToken}&X-Amz-SignedHeaders=host&X-Amz-Signature=${k.amzSignature}`,
    secrets: [
      { value: k.amzSignature, kind: "url_signature" },
      { value: k.amzSessionToken, kind: "token" },
    ],
  },
  {
    name: "GCS signed URL",
    text: `google.api_core.exceptions.Forbidden: 403 GET https://storage.googleapis.com/acme-exports/q1.csv?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=exporter%40acme.iam.gserviceaccount.com%2F20250101%2Fauto%2Fstorage%2Fgoog4_request&X-Goog-Date=20250101T000000Z&X-Goog-Expires=900&X-Goog-SignedHeaders=host&X-Goog-Signature=${k.googSignature}`,
    secrets: [{ value: k.googSignature, kind: "url_signature" }],
  },
  {
    name: "CloudFront signed URL",
    text: `curl: (22) The requested URL returned error: 403\nhttps://d111111abcdef8.cloudfront.net/videos/intro.mp4?Expires=1735689600&Signature=${k.cloudfrontSignature}&Key-Pair-Id=K2JCJMDEHXQW5F`,
    secrets: [{ value: k.cloudfrontSignature, kind: "url_signature" }],
  },
  {
    name: "Alibaba OSS signed URL",
    text: `oss2.exceptions.AccessDenied: {'status': 403, 'code': 'SignatureDoesNotMatch'}\nhttps://acme.oss-cn-hangzhou.aliyuncs.com/a.jpg?OSSAccessKeyId=${k.aliyunId}&Expires=1735689600&Signature=${k.ossSignature}`,
    secrets: [
      { value: k.aliyunId, kind: "api_key", shown: "LTAI" },
      { value: k.ossSignature, kind: "url_signature" },
    ],
  },
  {
    name: "Alibaba AccessKey pair as JSON",
    text: `aliyunsdkcore.acs_exception.exceptions.ServerException: HTTP Status: 400 Error:SignatureDoesNotMatch\n{"AccessKeyId": "${k.aliyunId}", "AccessKeySecret": "${k.aliyunSecret}"}`,
    secrets: [
      { value: k.aliyunId, kind: "api_key", shown: "LTAI" },
      { value: k.aliyunSecret, kind: "secret" },
    ],
  },
  {
    name: "WeCom webhook key (a UUID) in a query string",
    text: `{"errcode":93000,"errmsg":"invalid webhook url, hint: [1735689600_1_abc], from ip: 10.0.0.7"}\ncurl "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${k.wecomKey}" -H "Content-Type: application/json" -d @msg.json`,
    secrets: [{ value: k.wecomKey, kind: "api_key" }],
  },
  {
    name: "Feishu bot hook (a UUID) in a URL path",
    text: `{"code":19001,"msg":"param invalid: incoming webhook access token invalid"}\nPOST https://open.feishu.cn/open-apis/bot/v2/hook/${k.feishuHook}`,
    secrets: [{ value: k.feishuHook, kind: "token" }],
  },
  {
    name: "WeCom corpsecret in a query string",
    text: `{"errcode":40001,"errmsg":"invalid credential"}\nGET https://qyapi.weixin.qq.com/cgi-bin/gettoken?corpid=ww1234567890abcdef&corpsecret=${k.corpSecret}`,
    secrets: [{ value: k.corpSecret, kind: "secret" }],
  },
  {
    name: "Zhipu key (hex id . secret)",
    text: `zhipuai.core._errors.APIAuthenticationError: Error code: 401, with error text {"error":{"code":"1000","message":"身份验证失败。"}}\nclient = ZhipuAI(api_key="${k.zhipu}")`,
    secrets: [{ value: k.zhipu, kind: "token" }],
  },
  {
    name: "Basic credentials in a curl -H header",
    text: `$ curl -s -H "Authorization: Basic ${k.basicCurl}" https://nexus.example.com/service/rest/v1/repositories\n{"status":401,"message":"Unauthorized"}`,
    secrets: [{ value: k.basicCurl, kind: "basic_auth" }],
  },
  {
    name: "Maven settings.xml and an XML apiKey element",
    text: `[ERROR] Failed to deploy artifacts: Could not transfer artifact com.acme:app:jar:1.0 from/to nexus: status code: 401, reason phrase: Unauthorized\n<server>\n  <id>nexus</id>\n  <username>deploy</username>\n  <password>${k.mavenPassword}</password>\n</server>\n<apiKey>${k.xmlApiKey}</apiKey>`,
    secrets: [
      { value: k.mavenPassword, kind: "password" },
      { value: k.xmlApiKey, kind: "api_key" },
    ],
  },
  {
    name: ".NET appSettings key/value",
    text: `System.Net.Mail.SmtpException: The SMTP server requires a secure connection or the client was not authenticated.\n<appSettings>\n  <add key="SmtpHost" value="smtp.office365.com" />\n  <add key="SmtpPassword" value="${k.appSettingsPassword}" />\n</appSettings>`,
    secrets: [{ value: k.appSettingsPassword, kind: "secret" }],
  },
  {
    name: ".netrc entry",
    text: `fatal: Authentication failed for 'https://git.example.com/acme/app.git/'\n$ cat ~/.netrc\nmachine git.example.com login ci-bot password ${k.netrcPassword}`,
    secrets: [{ value: k.netrcPassword, kind: "password" }],
  },
  {
    name: "sqlplus user/password@db",
    text: `$ sqlplus -S app/${k.oraclePassword}@db.internal:1521/ORCL\nERROR:\nORA-01017: invalid username/password; logon denied`,
    secrets: [{ value: k.oraclePassword, kind: "password" }],
  },
  {
    name: "7z -p and ldapsearch -w and sqlcmd -P",
    text: `$ 7z x backup.7z -p${k.sevenZip}\nERROR: Wrong password : backup.sql\n$ ldapsearch -x -H ldap://ldap.internal -D cn=admin,dc=acme,dc=com -w ${k.ldapPassword} -b dc=acme,dc=com\nldap_bind: Invalid credentials (49)\n$ sqlcmd -S tcp:sql.internal,1433 -U sa -P ${k.sqlcmdPassword} -Q "SELECT 1"`,
    secrets: [
      { value: k.sevenZip, kind: "password" },
      { value: k.ldapPassword, kind: "password" },
      { value: k.sqlcmdPassword, kind: "password" },
    ],
  },
  {
    name: "curl --proxy-user",
    text: `$ curl --proxy-user ops:${k.proxyPassword} -x http://proxy.internal:3128 https://pypi.org/simple/\ncurl: (56) Received HTTP code 407 from proxy after CONNECT`,
    secrets: [{ value: k.proxyPassword, kind: "basic_auth" }],
  },
  {
    name: "密码为： in a Chinese note",
    text: `服务器 10.0.0.5 登录失败\n账号为：root\n密码为：${k.zhIsPassword}`,
    secrets: [{ value: k.zhIsPassword, kind: "password" }],
  },
];

/** Text that looks a little like a secret but is not one: it must come through unchanged. */
export const lookAlikes: Array<{ name: string; text: string }> = [
  { name: "new-api request id", text: `{"error":{"message":"当前分组上游负载已饱和，请稍后再试 (request id: 20251231141907730597702a9EzKd3G)","type":"new_api_error"}}` },
  { name: "Anthropic request id", text: `{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"},"request_id":"req_011CTkdZQpX8nQ4n4kVvQ7Eb"}` },
  { name: "chat completion id", text: `{"id":"chatcmpl-9xYzAbCdEfGhIjKlMnOpQrStUv12","object":"chat.completion","model":"gpt-4o-mini-2024-07-18","usage":{"prompt_tokens":12,"completion_tokens":0,"total_tokens":12}}` },
  { name: "UUID request id", text: "Please include the request ID 394a40f7-7222-4168-9fc5-b61bb7cd76f3 in your message." },
  { name: "git commit hashes", text: "HEAD is now at 1a2b3c4 fix: retry on 429\nerror: cannot lock ref 'refs/heads/main': is at 9f8e7d6c5b4a39281706f5e4d3c2b1a0fedcba98 but expected 0123456789abcdef0123456789abcdef01234567" },
  { name: "model names", text: "The model `claude-3-5-sonnet-20241022` does not exist; try gpt-4o-mini, deepseek-chat, deepseek-reasoner, gemini-1.5-pro-002 or text-embedding-3-large." },
  { name: "words with sk- inside", text: "git update-index --skip-worktree config.yml; task-runner --risk-level high; ask-gpt-assistant-v2; desk-booking-service-prod" },
  { name: "sk- placeholder", text: `openai.api_key = "sk-xxxx"  # replace with your key` },
  { name: "long sk- placeholder", text: `OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx` },
  { name: "ordinary words", text: "Invalid Token. The token has expired; a new password or secret is required. Token: expired" },
  { name: "token counts", text: "max_tokens=4096 tokens=123 token_type=bearer prompt_tokens: 123\nx-ratelimit-remaining-tokens: 39000\nx-ratelimit-reset-tokens: 6ms" },
  { name: "Postgres password error", text: `psql: error: connection to server on socket "/var/run/postgresql/.s.PGSQL.5432" failed: FATAL:  password authentication failed for user "postgres"` },
  { name: "MySQL using password", text: "ERROR 1045 (28000): Access denied for user 'root'@'localhost' (using password: YES)" },
  { name: "password validation message", text: "ValidationError: password: Ensure this field has at least 8 characters." },
  { name: "paths outside home", text: `  File "/usr/lib/python3.11/site-packages/requests/adapters.py", line 519, in send\n    at Object.<anonymous> (/srv/app/index.js:10:5)\n  C:\\Program Files\\nodejs\\node.exe /opt/app/run.sh /var/www/html/index.php` },
  { name: "public Windows profile", text: "Access to the path 'C:\\Users\\Public\\Documents\\log.txt' is denied." },
  { name: "URLs without credentials", text: "POST https://api.openai.com/v1/chat/completions failed; fallback http://localhost:8080/v1 and postgres://db.internal:5432/app; clone git@github.com:acme/app.git or https://ci@git.example.com/app.git" },
  { name: "URL route named home", text: "404 Not Found: https://example.com/home/dashboard?tab=settings" },
  { name: "base64 image data", text: `Error: Invalid image: data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg== is too small` },
  { name: "YOUR_API_KEY in a header", text: `headers = {\n    "Authorization": "Bearer YOUR_VALID_API_KEY",  # 替换为有效的API密钥\n    "Content-Type": "application/json"\n}` },
  { name: "angle-bracket placeholder", text: `curl https://api.example.com/v1/models -H "Authorization: Bearer <your-key>" -H "x-api-key: <your-key>"` },
  { name: "environment variable references", text: `api_key=$OPENAI_API_KEY\ntoken: \${GITHUB_TOKEN}\npassword: \${{ secrets.DB_PASSWORD }}\nAuthorization: Bearer $TOKEN` },
  { name: "os.environ lookup", text: `    client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])\n  File "<frozen os>", line 714, in __getitem__\nKeyError: 'OPENAI_API_KEY'` },
  { name: "getenv and process.env", text: `api_key=os.getenv("OPENAI_API_KEY")\nconst client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });\npassword = getpass()` },
  { name: "variables passed along", text: "client = OpenAI(api_key=api_key, base_url=base_url)\nconn = connect(user=user, password=db_password)" },
  { name: "masked keys from providers", text: `Incorrect API key provided: sk-proj-********************abcd. [sk-zoj***Vj8] Token amount has been exhausted. Your api key: ****abcd is invalid` },
  { name: "type annotations", text: "class Settings(BaseSettings):\n    api_key: str = None\n    password: SecretStr\n    token: Optional[str] = None" },
  { name: "null values in JSON", text: `{"api_key": null, "password": "", "token": null, "auth": false, "secret": 0}` },
  { name: "sha256 hashes in a pip error", text: "ERROR: THESE PACKAGES DO NOT MATCH THE HASHES FROM THE REQUIREMENTS FILE.\n    numpy from https://files.pythonhosted.org/packages/numpy-1.26.4.whl:\n        Expected sha256 2f5b5b5f1b9a0a4a4e0c6f1e2b8d3c4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e\n             Got        7c1e0f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6" },
  { name: "npm integrity", text: "npm ERR! sha512-Vq8mN2pL9vR4tY8wK3zB6cD1fG5hJ0sAuE9iO2pQ4rT7yU1wE3rT5yU8iO0pA2sD4fG6hJ8kL0zX2cV4bN6mQ== integrity checksum failed" },
  { name: "docker image digest", text: "Error response from daemon: manifest for nginx@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31 not found" },
  { name: "relay trace ids", text: "[GIN] 2026/08/03 - 03:48:06 | 8030343471706474138268d9d6vNX4K9gb | 401 | 1.2ms | 10.0.0.1 | POST /v1/chat/completions" },
  { name: "api_key client option message", text: "openai.OpenAIError: The api_key client option must be set either by passing api_key to the client or by setting the OPENAI_API_KEY environment variable" },
  { name: "Kubernetes secretKeyRef", text: "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db-credentials\n        key: password" },
  { name: "Java token class", text: "java.lang.NullPointerException: Cannot invoke \"String.length()\" because \"token\" is null\n\tat com.example.auth.TokenService.refresh(TokenService.java:42)" },
  { name: "single base64 JSON segment", text: "Malformed JWT: eyJhbGciOiJIUzI1NiJ9 has only one segment" },
  { name: "hf_hub_download", text: "huggingface_hub.utils._errors.EntryNotFoundError: hf_hub_download failed for config.json; see hf_transfer docs" },
  { name: "docs-style key placeholders", text: "GOOGLE_API_KEY=AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\nGITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nAWS_ACCESS_KEY_ID=AKIAXXXXXXXXXXXXXXXX" },
  { name: "public key material", text: "-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ\n-----END CERTIFICATE-----\n-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo\n-----END PUBLIC KEY-----\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 deploy@ci" },
  { name: "missing Authorization header", text: "Error: Authorization header is missing. Expected 'Authorization: Bearer' followed by a token; Bearer token is invalid or expired" },
  { name: "docker user and group ids", text: "docker run -u 1000:1000 -v $PWD:/app node:20 npm test" },
  { name: "password reset settings", text: "password_reset_token_expiry=3600 passwords do not match; def login(username, password): ..." },
  { name: "cookie prose", text: `Cookie “session” has been rejected because it is in a cross-site context and its “SameSite” is “Lax” or “Strict”. Set-Cookie header ignored.` },
  { name: "OpenAI error codes", text: `{'error': {'message': 'Invalid authentication', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}` },
  { name: "short numeric token", text: "WARN token=123 rejected; retry_token=7 in 30s" },
  { name: "token counts in a usage block", text: `{"usage": {"prompt_tokens": 12, "completion_tokens": 40, "total_tokens": 52, "cached_tokens": 0}}\nmax_tokens=4096 num_tokens=10 tokens_per_min=9000 max_token=8192` },
  { name: "tokenizer settings", text: "tokenizer_config: pad_token=<pad> eos_token=</s> bos_token_id=1 next_page_token=CiAKGjBpNDd2Nmp2Zml2cXRwYjBpOXA0YTkwNnYyZBIIb" },
  { name: "KEY_ERROR and keyboard", text: "KEY_ERROR=1 keyboard=us-intl KeyError: 'OPENAI_API_KEY' monkey=Zq1Xw2Ce3Vr4 MONKEY=Zq1Xw2Ce3Vr4 hotKey=ctrlShift7" },
  { name: "database and cache keys", text: "primary_key=user_id sort_key=createdAt#2024 partition_key=tenant-12345678 cache_key=user:123:profile:v2 idempotency_key=394a40f7-7222-4168-9fc5-b61bb7cd76f3" },
  { name: "S3 object key", text: `botocore.errorfactory.NoSuchKey: An error occurred (NoSuchKey) when calling the GetObject operation: The specified key does not exist.\nKey: uploads/2024/01/a1b2c3d4e5.png\n{"Bucket": "acme", "key": "uploads/2024/01/a1b2c3d4e5.png"}` },
  { name: "public keys and key files", text: "public_key=ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl\nssh_key=~/.ssh/id_rsa" },
  { name: "WebSocket handshake and idempotency headers", text: "GET /ws HTTP/1.1\r\nUpgrade: websocket\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nIdempotency-Key: 394a40f7-7222-4168-9fc5-b61bb7cd76f3\r\nX-Request-Id: c0ffee00-1d2e-4f3a-8b9c-7d6e5f4a3b2c\r\n\r\nHTTP/1.1 400 Bad Request" },
  { name: "bare keys that name things", text: `"key": "uploads/2024/01/a1b2c3d4e5.png"\n{"key": "394a40f7-7222-4168-9fc5-b61bb7cd76f3"}\nkey: 9f8e7d6c5b4a39281706f5e4d3c2b1a0fedcba98\nKey: ProjectSettings_v2_Final\n<li key="item-1234abcd-XYZ9">\nfor key := range m { key = strings.TrimSpace(key) }` },
  { name: "React key warning", text: `Warning: Each child in a list should have a unique "key" prop. key=item-1234abcd` },
  { name: ".NET PublicKeyToken", text: "Could not load file or assembly 'Newtonsoft.Json, Version=13.0.0.0, Culture=neutral, PublicKeyToken=30ad4fe6b2a6aeed' or one of its dependencies." },
  { name: "API key phrase as a value", text: "Error: The OPENAI_API_KEY environment variable is missing or empty; either provide it, or instantiate the OpenAI client with an apiKey option, like new OpenAI({ apiKey: 'My API Key' })." },
  { name: "Chinese token prose", text: "令牌无效 无效的令牌 令牌状态不可用 该令牌额度已用尽 未提供令牌 令牌已过期\n密码错误，请重试 用户名或密码不正确\n密钥无效或已过期" },
  { name: "Chinese relay message with a request id", text: `{"error":{"message":"该令牌额度已用尽 !token.UnlimitedQuota && token.RemainQuota = -1234 (request id: 20251231141907730597702a9EzKd3G)","type":"new_api_error"}}` },
  { name: "Chinese label followed by prose", text: `{"error":{"message":"令牌: 已禁用","type":"one_api_error"}}\n密码：请输入 8 位以上\n授权码：已过期，请重新获取` },
  { name: "API Key prose", text: "API Key: must be set before calling the client" },
  { name: "test runner PASS lines", text: "--- PASS: TestLogin (0.00s)\nPASS: tests/test_auth\nPASS\nok  example.com/auth 0.012s\nTests: 1 failed, 2 passed, 3 total\nBYPASS=1 pass: true" },
  { name: "password flags without a value", text: "psql --no-password -h db app_db\nansible-playbook --ask-pass site.yml\ndocker login --password-stdin -u ci registry.example.com\nmysql -u root -p\nmysql -u root -p -h db shop\nmysql -P 3306 -h db --protocol=tcp" },
  { name: "words ending in sign", text: "design=modern assign=team-2024-abcdefghijklmn X-Amz-SignedHeaders=host;x-amz-date signature_version=s3v4\nSignature did not match. signature: invalid" },
  { name: "ids in URL paths", text: "https://api.github.com/repos/acme/app/hooks/9f8e7d6c5b4a39281706f5e4d3c2b1a0fedcba98\nGET /api/v1/keys/394a40f7-7222-4168-9fc5-b61bb7cd76f3 404\nhttps://api.github.com/repos/acme/app/keys/12345" },
  { name: "dotted module paths and file names", text: `File "/usr/lib/python3/dist-packages/transformers.models.llama.modeling_llama.py"\nDownloading model.safetensors.index.json model-00001-of-00004.safetensors\nip-10-0-12-34.ec2.internal d111111abcdef8.cloudfront.net\nversion 1.26.4+cu121.post20240101 abcdef1234567890abcdef1234567890.tar.gz\n\tat com.example.service.PaymentProcessorServiceImplementation2024.process(PaymentProcessorServiceImplementation2024.java:42)` },
  { name: "npm config and prefixes in prose", text: "npm_config_cache=/tmp/.npm npm_package_version=1.2.3 fw_update_2024_01_pkg gsk_placeholder_value\nLTAI is the prefix of an Alibaba key" },
  { name: "S3 XML error with a key and ids", text: "<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><Key>uploads/2024/a1b2c3d4e5f6.png</Key><RequestId>4442587FB7D0A2F9</RequestId><HostId>vlR7PnpV2Ce81l0PRw6jlUpck7Jo5ZsQjryTjKlc5aLWGVHPZLj5NeC6qMa0emYBDXOo6QBU0Wo=</HostId></Error>" },
  { name: "comparisons and generics", text: "if (password > 5) { List<Token> tokens; Map<String,Token> m; }\n<input type=\"password\"> <token>expired</token> <key>uploads/a.png</key>" },
  { name: "non-secret appSettings", text: `<add key="CacheKey" value="users:all:v2" /> <add key="Theme" value="dark" /> <add key="PasswordMinLength" value="12" />` },
  { name: "Oracle and pip commands without a password", text: "sqlplus / as sysdba\nsqlplus -S /nolog\npip install -U pip setuptools\nzip -r out.zip . -x \"*.git*\"" },
  { name: "Chinese password prose with 为 and 是", text: "密码为空 密码是 8 位以上 口令为必填项" },
  { name: "already redacted text", text: "OPENAI_API_KEY=sk-proj-…f3Xa\nDB_PASSWORD=[REDACTED:password]\nAuthorization: Bearer …Ga5E\n  File \"~/project/app.py\", line 1" },
];
