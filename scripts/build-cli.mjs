// Compiles the CLI (bin/cli.ts and the lib/ modules it reaches) ahead of time into
// .cache/cli/<build>/, so `corroborate …` starts as plain JavaScript instead of transpiling
// TypeScript on every call (README.md "Command line"). Run by `postinstall`; bin/corroborate.mjs
// calls it again when a source file is newer than the build. npm packages stay external (loaded
// from node_modules as usual); command modules become chunks of their own, so a command loads
// only the packages it uses.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const CACHE = path.join(ROOT, ".cache/cli");
/** Names the current build: { dir, entry, inputs: [relative paths], builtAt (ms) }. */
export const MANIFEST = path.join(CACHE, "current.json");

/** The manifest when every input is older than the build, else null (missing, or a source changed). */
export function currentBuild() {
  let manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(MANIFEST, "utf8"));
  } catch {
    return null;
  }
  const entry = path.join(CACHE, manifest.dir, manifest.entry);
  if (!fs.existsSync(entry)) return null;
  for (const input of manifest.inputs) {
    let mtime;
    try {
      mtime = fs.statSync(path.join(ROOT, input)).mtimeMs;
    } catch {
      return null; // an input was removed or renamed
    }
    if (mtime > manifest.builtAt) return null;
  }
  return { ...manifest, entry };
}

// lib/ modules start with `import "server-only"` (which throws outside React's server condition):
// in the CLI there is no client bundle to keep them out of, so the marker compiles to nothing.
const serverOnly = {
  name: "server-only",
  setup(build) {
    build.onResolve({ filter: /^server-only$/ }, () => ({ path: "server-only", namespace: "empty" }));
    build.onLoad({ filter: /.*/, namespace: "empty" }, () => ({ contents: "", loader: "js" }));
  },
};

// Worker threads (lib/platform/source-worker.ts) name their entry as `new URL("./x-worker.ts",
// import.meta.url)`: each becomes an entry of its own beside the chunks, and the URL is rewritten
// to the compiled file's name, which the chunk's import.meta.url then resolves.
const WORKERS = { "parse-worker": "lib/documents/parse-worker.ts", "extract-worker": "lib/capture/extract-worker.ts" };
const workerUrls = {
  name: "worker-urls",
  setup(build) {
    build.onLoad({ filter: /[\\/]lib[\\/].*\.ts$/ }, async (args) => {
      const source = await fs.promises.readFile(args.path, "utf8");
      if (!source.includes("import.meta.url")) return undefined;
      const contents = source.replace(/new URL\("\.\/([\w-]+)\.ts", import\.meta\.url\)/g, (all, name) =>
        name in WORKERS ? `new URL("./${name}.mjs", import.meta.url)` : all,
      );
      return { contents, loader: "ts" };
    });
  },
};

// Packages compiled into the chunks rather than loaded from node_modules: zod is ~100 small ES
// modules that every command loads, and Node resolves, reads and compiles each one on every call
// (Node 20 has no compile cache). Packages that find files beside their own code at run time
// (PGlite's WASM, Prisma's query compiler, pino's transports) stay external.
const BUNDLED = new Set(["zod", "diff-match-patch", "approx-string-match"]);
const externals = {
  name: "externals",
  setup(build) {
    build.onResolve({ filter: /^(?:[a-z]|@[a-z])/ }, (args) => {
      if (args.path.startsWith("node:")) return { external: true };
      const name = args.path.startsWith("@") ? args.path.split("/").slice(0, 2).join("/") : args.path.split("/")[0];
      return BUNDLED.has(name) ? undefined : { external: true };
    });
  },
};

/** esbuild options for compiling entries (paths from the root) into `outdir` as the CLI ships:
 * the bench compiles its export child with them too, so it measures this code, not tsx's. */
export function compileOptions(entryPoints, outdir) {
  return {
    absWorkingDir: ROOT,
    entryPoints,
    outdir,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    conditions: ["react-server"],
    tsconfig: path.join(ROOT, "tsconfig.json"),
    plugins: [serverOnly, workerUrls, externals],
    // Tells lib/platform/source-worker.ts that workers are compiled files, not TypeScript for tsx.
    define: { "process.env.CORROBORATE_COMPILED": '"1"' },
    metafile: true,
    logLevel: "error",
    outExtension: { ".js": ".mjs" },
  };
}

/** Builds into a fresh directory and then switches the manifest to it (atomic rename), so a CLI
 * started meanwhile, or a second build running at once, never sees half a build. */
export async function buildCli() {
  const esbuild = await import("esbuild");
  const builtAt = Date.now();
  const dir = `b${builtAt}-${process.pid}`;
  const outdir = path.join(CACHE, dir);
  const result = await esbuild.build(compileOptions({ cli: "bin/cli.ts", ...WORKERS }, outdir));
  const inputs = Object.keys(result.metafile.inputs).filter((p) => !p.includes(":"));
  const manifest = { dir, entry: "cli.mjs", inputs, builtAt };
  const tmp = `${MANIFEST}.${process.pid}`;
  fs.writeFileSync(tmp, JSON.stringify(manifest));
  fs.renameSync(tmp, MANIFEST);
  // Older builds go once they are a minute old (a CLI started just before the switch may still load one).
  for (const old of fs.readdirSync(CACHE)) {
    const m = /^b(\d+)-\d+$/.exec(old);
    if (m && old !== dir && Number(m[1]) < builtAt - 60_000)
      fs.rmSync(path.join(CACHE, old), { recursive: true, force: true });
  }
  return { ...manifest, entry: path.join(outdir, "cli.mjs") };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // The Dockerfile's `npm ci` runs postinstall before the sources are copied in; it builds later.
  if (!fs.existsSync(path.join(ROOT, "bin/cli.ts"))) process.exit(0);
  const t0 = Date.now();
  const b = await buildCli();
  console.log(
    `corroborate CLI compiled to ${path.relative(ROOT, b.entry)} (${b.inputs.length} files, ${Date.now() - t0} ms)`,
  );
}
