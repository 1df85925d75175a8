"use client";

import type { RefObject } from "react";

const examples = [
  {
    label: "401 Invalid Token",
    text: "AuthenticationError: Error code: 401 - {'error': {'code': '', 'message': '无效的令牌 (request id: 20260219100814161456584b503l5fK)', 'type': 'new_api_error'}}",
  },
  {
    label: "403 Forbidden",
    text: "requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://www.dmxapi.cn/v1/chat/completions",
  },
  {
    label: "ModuleNotFoundError",
    text: 'Traceback (most recent call last):\n  File "app.py", line 3, in <module>\n    import cv2\nModuleNotFoundError: No module named \'cv2\'',
  },
  {
    label: "Cannot read properties of undefined",
    text: "TypeError: Cannot read properties of undefined (reading 'map')\n    at ProductList (src/components/ProductList.tsx:12:23)",
  },
  {
    label: "EADDRINUSE",
    text: "Error: listen EADDRINUSE: address already in use :::3000\n    at Server.setupListenHandle [as _listen2] (node:net:1817:16)",
  },
];

export function ExampleButtons({ heading, textRef }: { heading: string; textRef: RefObject<HTMLTextAreaElement | null> }) {
  return (
    <div className="flex flex-wrap items-center gap-2 pt-2">
      <span className="text-xs font-medium text-zinc-500">{heading}</span>
      {examples.map((example) => (
        <button
          key={example.label}
          type="button"
          onClick={() => {
            const box = textRef.current;
            if (!box) return;
            box.value = example.text;
            box.focus();
          }}
          className="rounded-full border border-zinc-300 bg-white px-3 py-1 font-mono text-xs text-zinc-700 hover:border-brand-400 hover:text-brand-700 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-300 dark:hover:text-brand-400"
        >
          {example.label}
        </button>
      ))}
    </div>
  );
}
