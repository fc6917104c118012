import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The layering rules of docs/ARCHITECTURE.md, enforced.
const PRISMA_CLIENT = {
  group: ["@/lib/db/generated", "@/lib/db/generated/*", "@prisma/client", "@prisma/client/*"],
  message: "Query through lib/<domain>: app/ and bin/ call lib functions, never Prisma.",
};
const NEXT_INTERNALS = {
  group: ["next/dist/*"],
  message:
    "Next's internals change without notice: use next/server, next/headers, next/navigation (tests: docs/ARCHITECTURE.md, how tests reach the app).",
};
const DB_QUERY = {
  // `db.claim.findMany(…)`, `d.prisma.source.update(…)`, `db.$queryRaw…`: a query outside lib/.
  selector:
    "CallExpression[callee.type='MemberExpression'][callee.object.type='MemberExpression'][callee.property.name=/^(findMany|findFirst|findFirstOrThrow|findUnique|findUniqueOrThrow|create|createMany|update|updateMany|upsert|delete|deleteMany|count|aggregate|groupBy)$/]",
  message:
    "No Prisma queries in app/ or bin/: add or reuse a lib/<domain> function (docs/ARCHITECTURE.md, the one-path rule).",
};
const RAW_QUERY = {
  selector: "MemberExpression[property.name=/^\\$(queryRaw|queryRawUnsafe|executeRaw|executeRawUnsafe|transaction)$/]",
  message: DB_QUERY.message,
};
const DESK = [
  "@/actions/*",
  "@/lib/auth/session",
  "@/app/(desk)/*",
  ...["claims", "comments", "desk", "documents", "evidence", "review", "settings", "sources"].map(
    (d) => `@/components/${d}/*`,
  ),
];

const config = [
  ...next,
  ...nextTs,
  {
    ignores: [
      "lib/db/generated/**",
      ".cache/**",
      ".next/**",
      ".data/**",
      "node_modules/**",
      "playwright-report/**",
      "test-results/**",
      "bench/out/**",
      "next-env.d.ts",
    ],
  },
  { rules: { "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }] } },
  {
    files: ["components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/app/*", "**/app/*"],
              message: "Components get server actions from actions/<area>.ts (or props), never from app/.",
            },
            NEXT_INTERNALS,
          ],
        },
      ],
    },
  },
  {
    files: ["app/**", "bin/**"],
    ignores: ["app/(public)/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [PRISMA_CLIENT, NEXT_INTERNALS] }],
      "no-restricted-syntax": ["error", DB_QUERY, RAW_QUERY],
    },
  },
  {
    files: ["app/(public)/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            PRISMA_CLIENT,
            NEXT_INTERNALS,
            { group: DESK, message: "Public pages use lib/publishing and components/public, never desk modules." },
          ],
        },
      ],
      "no-restricted-syntax": ["error", DB_QUERY, RAW_QUERY],
    },
  },
  {
    files: ["lib/**", "actions/**", "tests/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [NEXT_INTERNALS] }] },
  },
];
export default config;
