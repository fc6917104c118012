/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "proper-lockfile", "wikiparser-node"],
  poweredByHeader: false,
  typedRoutes: false,
  // Document uploads go through a server action; the importer enforces its own limit (IMPORT_MAX_BYTES, 5 MB).
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
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
