import "server-only";
// A switch for the e2e suite to make a desk page fail on the server, so the desk's error page is
// tried as a person meets it. Honoured only when the server was started with FAULT_INJECTION=1
// (playwright.config.ts does); in any other server the cookie does nothing.
import { cookies } from "next/headers";

export const FAULT_COOKIE = "corroborate-fault";

export async function injectedFault(where: "desk"): Promise<void> {
  if (process.env.FAULT_INJECTION !== "1") return;
  if ((await cookies()).get(FAULT_COOKIE)?.value === where)
    throw new Error(`injected ${where} fault (FAULT_INJECTION)`);
}
