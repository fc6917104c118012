// What app/ exposes: every exported method of an API route file and every exported async
// function of a server-action module ("use server", or any actions.ts), as matrix keys.
import fs from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];

function files(dir: string): string[] {
  return (fs.readdirSync(path.join(ROOT, dir), { recursive: true }) as string[]).map((f) =>
    path.join(dir, f).split(path.sep).join("/"),
  );
}

/** `GET /api/v1/workspaces/[slug]/claims` for each exported method of app/api/**\/route.ts. */
export function discoverRoutes(): string[] {
  const keys: string[] = [];
  for (const file of files("app/api").filter((f) => f.endsWith("/route.ts"))) {
    const src = fs.readFileSync(path.join(ROOT, file), "utf8");
    const route = "/" + file.replace(/^app\//, "").replace(/\/route\.ts$/, "");
    const named = [...src.matchAll(/export\s+(?:const|let|(?:async\s+)?function)\s+([A-Z]+)\b/g)].map((m) => m[1]);
    const reexported = [...src.matchAll(/export\s*\{([^}]*)\}/g)].flatMap((m) =>
      m[1].split(",").map((s) =>
        s
          .trim()
          .split(/\s+as\s+/)
          .pop()!,
      ),
    );
    for (const method of METHODS) if ([...named, ...reexported].includes(method)) keys.push(`${method} ${route}`);
  }
  return keys;
}

/** `actions/claims.ts#name` for each exported server action (a "use server" module or any
 * actions.ts, in actions/ or — where none should be — in app/). */
export function discoverActions(): string[] {
  const keys: string[] = [];
  for (const file of [...files("actions"), ...files("app")].filter((f) => /\.tsx?$/.test(f))) {
    const src = fs.readFileSync(path.join(ROOT, file), "utf8");
    const isActions = /^\s*(?:\/\/[^\n]*\n\s*)*["']use server["']/.test(src) || file.endsWith("/actions.ts");
    if (!isActions) continue;
    for (const m of src.matchAll(
      /export\s+(?:async\s+function\s+(\w+)|const\s+(\w+)\s*=\s*(?:async\b|defineAction\())/g,
    ))
      keys.push(`${file}#${m[1] ?? m[2]}`);
  }
  return keys;
}

/** The route file behind an API key, and the params its path gives. */
export function routeFor(key: string, urlPath: string) {
  const [method, route] = key.split(" ");
  const pattern = route.split("/");
  const actual = urlPath.split("?")[0].split("/");
  const params: Record<string, string> = {};
  pattern.forEach((seg, i) => {
    const m = seg.match(/^\[(\w+)\]$/);
    if (m) params[m[1]] = decodeURIComponent(actual[i]);
  });
  return { method, file: path.join(ROOT, "app", route, "route.ts"), params };
}
