"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { updateDocumentMetadataAction } from "@/actions/documents";

export interface DocumentMetadataFields {
  title: string;
  originalUrl: string | null;
  author: string | null;
  publisher: string | null;
  datePublished: string | null;
  language: string | null;
  licence: string | null;
}

const LABELS: [keyof DocumentMetadataFields, string, string?][] = [
  ["title", "Title"],
  ["originalUrl", "Original URL", "https://…"],
  ["author", "Author"],
  ["publisher", "Publisher"],
  ["datePublished", "Publication date", "YYYY, YYYY-MM or YYYY-MM-DD"],
  ["language", "Language", "en"],
  ["licence", "Licence", "CC BY-SA 4.0"],
];

/** Rename a document and set its publication metadata; a stale version is refused (409). */
export function DocumentMetadataForm({
  slug,
  id,
  version,
  fields,
}: {
  slug: string;
  id: string;
  version: number;
  fields: DocumentMetadataFields;
}) {
  const router = useRouter();
  const [msg, setMsg] = useState<{ ok?: string; error?: string; fieldErrors?: Record<string, string[]> }>({});
  async function submit(form: FormData) {
    const input: Record<string, unknown> = { version };
    for (const [k] of LABELS) input[k] = String(form.get(k) ?? "").trim();
    const res = await updateDocumentMetadataAction({ slug, documentId: id, input });
    if (!res.ok) return setMsg({ error: res.error, fieldErrors: res.fieldErrors });
    setMsg({ ok: "Saved." });
    router.refresh();
  }
  return (
    <details className="mt-3">
      <summary className="cursor-pointer text-sm">Edit title and metadata</summary>
      <form
        // Submitted by hand, not as a form action: React resets a form after its action runs, which
        // would throw away what was typed when the save is refused.
        onSubmit={(e) => {
          e.preventDefault();
          void submit(new FormData(e.currentTarget));
        }}
        aria-label="Edit document metadata"
        className="mt-2 grid max-w-3xl grid-cols-2 gap-2 rounded border border-stone-300 bg-white p-3 text-sm"
      >
        {LABELS.map(([k, label, placeholder]) => (
          <label key={k} className={k === "title" || k === "originalUrl" ? "col-span-2 block" : "block"}>
            {label}
            <input
              name={k}
              defaultValue={fields[k] ?? ""}
              placeholder={placeholder}
              aria-describedby={msg.fieldErrors?.[k] ? `doc-${k}-error` : undefined}
              className="mt-1 block w-full rounded border border-stone-400 p-1"
            />
            {msg.fieldErrors?.[k] && (
              <span id={`doc-${k}-error`} className="block text-red-800">
                {msg.fieldErrors[k].join(" ")}
              </span>
            )}
          </label>
        ))}
        <div className="col-span-2">
          <button className="rounded bg-stone-800 px-3 py-1 text-white">Save metadata</button>
          {msg.ok && <span role="status"> {msg.ok}</span>}
          {msg.error && (
            <p role="alert" className="text-red-800">
              {msg.error}
            </p>
          )}
        </div>
      </form>
    </details>
  );
}
