// One upload limit (lib/platform/limits.ts, same formula): room for an IMPORT_MAX_BYTES document
// twice over plus 1 MB, so an oversized document reaches the importer's clear message instead of
// Next's generic body-limit error. Read when the server starts (`next start` loads this file).
const importMax = Number(process.env.IMPORT_MAX_BYTES) > 0 ? Number(process.env.IMPORT_MAX_BYTES) : 5 * 1024 * 1024;
const bodyLimit = 2 * importMax + 1024 * 1024;

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules, not bundled.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "proper-lockfile",
    "wikiparser-node",
    "pino",
  ],
  poweredByHeader: false,
  typedRoutes: false,
  // Document uploads go through a server action; the proxy must not cut their bodies short either.
  experimental: { serverActions: { bodySizeLimit: bodyLimit }, proxyClientMaxBodySize: bodyLimit },
  // Sent on every response; the Content-Security-Policy with its per-request nonce is set in proxy.ts.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default nextConfig;
