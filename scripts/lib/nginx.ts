import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const NGINX = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((file) => fs.existsSync(file)) ?? null;

/** Whether Debian's nginx is installed (CI installs it; see .ci/run). */
export const nginxAvailable = NGINX !== null;

/**
 * nginx in front of errdoc instances (multi-instance e2e, bench), as the README's example:
 * round robin, X-Forwarded-For appended, no buffering (server-sent events), and the next
 * instance tried when one is down. Its own prefix folder; never the system service.
 */
export class Nginx {
  private child: ChildProcess | null = null;
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), "errdoc-nginx-"));
  output = "";

  constructor(
    readonly port: number,
    readonly upstreams: number[],
  ) {}

  get baseUrl() {
    return `http://127.0.0.1:${this.port}`;
  }

  config(): string {
    const d = this.dir;
    return `worker_processes 1;
pid ${d}/nginx.pid;
error_log ${d}/error.log warn;
events { worker_connections 2048; }
http {
  access_log off;
  client_body_temp_path ${d}/body;
  proxy_temp_path ${d}/proxy;
  fastcgi_temp_path ${d}/fastcgi;
  uwsgi_temp_path ${d}/uwsgi;
  scgi_temp_path ${d}/scgi;
  upstream errdoc {
${this.upstreams.map((port) => `    server 127.0.0.1:${port} max_fails=1 fail_timeout=2s;`).join("\n")}
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${this.port};
    client_max_body_size 2m;
    location / {
      proxy_pass http://errdoc;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_buffering off;
      proxy_read_timeout 300s;
      proxy_next_upstream error timeout;
    }
  }
}
`;
  }

  async start(): Promise<void> {
    if (!NGINX) throw new Error("nginx is not installed (apt-get install nginx)");
    fs.chmodSync(this.dir, 0o777);
    const conf = path.join(this.dir, "nginx.conf");
    fs.writeFileSync(conf, this.config());
    const check = spawnSync(NGINX, ["-p", this.dir, "-c", conf, "-t"], { encoding: "utf8" });
    if (check.status !== 0) throw new Error(`nginx config: ${check.stderr}`);
    this.child = spawn(NGINX, ["-p", this.dir, "-c", conf, "-g", "daemon off;"], { stdio: ["ignore", "pipe", "pipe"] });
    this.child.stdout?.on("data", (chunk) => (this.output += chunk));
    this.child.stderr?.on("data", (chunk) => (this.output += chunk));
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      try {
        await fetch(`${this.baseUrl}/api/health`);
        return;
      } catch {
        if (this.child.exitCode !== null) throw new Error(`nginx exited: ${this.output}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    throw new Error(`nginx did not start: ${this.output}`);
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGQUIT");
      await exited;
    }
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
