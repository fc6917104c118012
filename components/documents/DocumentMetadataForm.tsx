"use client";
import { updateDocumentMetadataAction } from "@/actions/documents";
import { FieldError, FormMessage, kept, useFormAction } from "@/components/ui/form-action";

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
  const [state, action, pending] = useFormAction(updateDocumentMetadataAction, { slug, documentId: id, version });
  return (
    <details className="mt-3">
      <summary className="cursor-pointer text-sm">Edit title and metadata</summary>
      <form
        action={action}
        aria-label="Edit document metadata"
        className="mt-2 grid max-w-3xl grid-cols-2 gap-2 rounded border border-stone-300 bg-white p-3 text-sm"
      >
        {LABELS.map(([k, label, placeholder]) => (
          <label key={k} className={k === "title" || k === "originalUrl" ? "col-span-2 block" : "block"}>
            {label}
            <input
              name={k}
              defaultValue={kept(state, k, fields[k] ?? "")}
              placeholder={placeholder}
              aria-describedby={`${k}-error`}
              className="mt-1 block w-full rounded border border-stone-400 p-1"
            />
            <FieldError state={state} name={k} />
          </label>
        ))}
        <div className="col-span-2">
          <button disabled={pending} className="rounded bg-stone-800 px-3 py-1 text-white">
            Save metadata
          </button>
          <FormMessage state={state} ok={() => "Saved."} />
        </div>
      </form>
    </details>
  );
}
