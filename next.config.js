/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "proper-lockfile", "wikiparser-node"],
  poweredByHeader: false,
  typedRoutes: false,
  // Document uploads go through a server action; the importer enforces its own limit (IMPORT_MAX_BYTES, 5 MB).
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
};

export default nextConfig;
