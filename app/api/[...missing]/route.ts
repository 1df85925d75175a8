import { json } from "@/lib/http/json";

function notFound(request: Request) {
  const { pathname } = new URL(request.url);
  return json({ error: { code: "not_found", message: `No API route ${request.method} ${pathname}.` } }, { status: 404 });
}

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
