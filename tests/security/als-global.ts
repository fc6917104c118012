// Next's server runtime provides AsyncLocalStorage as a global before its stores load; so do we.
import { AsyncLocalStorage } from "node:async_hooks";

(globalThis as { AsyncLocalStorage?: unknown }).AsyncLocalStorage ??= AsyncLocalStorage;
