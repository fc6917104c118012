import type { Metadata } from "next";
import { openApiDocument } from "@/lib/api/openapi";
import { requestPublicOrigin } from "@/lib/platform/request-origin";

export const metadata: Metadata = { title: "API reference" };
export const dynamic = "force-dynamic";

type Operation = {
  summary: string;
  parameters?: { name: string; in: string; required?: boolean }[];
  requestBody?: { content: Record<string, { schema: unknown }> };
};

/** The API reference, rendered from the same OpenAPI document the API serves. */
export default async function ApiReference() {
  const doc = openApiDocument(await requestPublicOrigin());
  return (
    <main className="mx-auto max-w-4xl p-8">
      <h1 className="text-3xl font-semibold">{doc.info.title}</h1>
      <p className="mt-2 text-stone-700">{doc.info.description}</p>
      <p className="mt-2 text-sm">
        Base URL <code>{doc.servers[0].url}</code> · machine-readable:{" "}
        <a href="/api/v1/openapi.json" className="underline">
          openapi.json
        </a>{" "}
        (OpenAPI {doc.openapi}). Send <code>Authorization: Bearer &lt;token&gt;</code> with a token from your workspace
        settings; errors are RFC 9457
        <code> application/problem+json</code>; lists page with <code>cursor</code>; claim updates honour{" "}
        <code>If-Match</code>.
      </p>
      {Object.entries(doc.paths).map(([path, ops]) => (
        <section key={path} className="mt-6" aria-label={path}>
          <h2 className="font-mono text-lg">{path}</h2>
          {Object.entries(ops as Record<string, Operation>).map(([method, op]) => (
            <div key={method} className="mt-2 rounded border border-stone-300 bg-white p-3 text-sm">
              <p>
                <span className="mr-2 rounded bg-stone-800 px-1.5 py-0.5 font-mono text-xs text-white uppercase">
                  {method}
                </span>
                {op.summary}
              </p>
              {op.parameters && op.parameters.length > 0 && (
                <p className="mt-1 text-stone-700">
                  Parameters:{" "}
                  {op.parameters.map((p) => `${p.name} (${p.in}${p.required ? ", required" : ""})`).join(", ")}
                </p>
              )}
              {op.requestBody && (
                <details className="mt-1">
                  <summary>Request body</summary>
                  <pre className="overflow-x-auto text-xs">
                    {JSON.stringify(op.requestBody.content["application/json"].schema, null, 2)}
                  </pre>
                </details>
              )}
            </div>
          ))}
        </section>
      ))}
    </main>
  );
}
