"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * A value only the browser knows (a cookie, localStorage, the reader's time zone), read after
 * hydration: the server and the first client render use `serverValue`, so markup matches.
 * `read` must return a primitive (or the same object) for unchanged state.
 */
export function useClientValue<T>(read: () => T, serverValue: T): T {
  return useSyncExternalStore(noSubscription, read, () => serverValue);
}
