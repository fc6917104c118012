#!/usr/bin/env node
// `npx corroborate …`: runs the compiled CLI (scripts/build-cli.mjs, built by `postinstall`) in
// this process. A missing build, or a source file newer than it, is compiled first (about a
// second), so a fresh clone or an edited lib/ module always runs current code. Where nothing can
// be compiled (no esbuild, read-only checkout), bin/cli.ts runs under tsx as before; the
// react-server condition there lets lib/ modules that import "server-only" load outside Next.js.
import { spawnSync } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import path from "node:path";
import { buildCli, currentBuild } from "../scripts/build-cli.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

async function compiled() {
  const build = currentBuild();
  if (build) return build.entry;
  try {
    return (await buildCli()).entry;
  } catch (err) {
    if (process.env.CORROBORATE_DEBUG)
      console.error(`corroborate: compiling the CLI failed (${err.message}); using tsx`);
    return null;
  }
}

const entry = await compiled();
if (entry) {
  await import(pathToFileURL(entry).href);
} else {
  const result = spawnSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", path.join(root, "bin/cli.ts"), ...process.argv.slice(2)],
    {
      stdio: "inherit",
      cwd: process.cwd(),
      env: { ...process.env, TSX_TSCONFIG_PATH: path.join(root, "tsconfig.json") },
    },
  );
  process.exit(result.status ?? 1);
}
