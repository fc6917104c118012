"use client";
import { useState } from "react";
import { label } from "@/lib/labels";
import { updateSourceAction } from "@/actions/sources";
import { Outcome } from "@/components/ui/form-action";
import type { CitedSource } from "@/components/ui/SourceCitation";

interface Fields extends CitedSource {
  doi: string | null;
  isbn: string | null;
  type: string;
  isPrimary: boolean | null;
  notes: string | null;
}

/** Edit a source; the version it was read at travels with the edit, so a stale save is refused. */
export function SourceEditForm({
  slug,
  id,
  version,
  fields,
  types,
}: {
  slug: string;
  id: string;
  version: number;
  fields: Fields;
  types: string[];
}) {
  const [msg, setMsg] = useState<{ ok?: string; error?: string }>({});
  async function submit(form: FormData) {
    const get = (k: string) => String(form.get(k) ?? "").trim() || undefined;
    const res = await updateSourceAction({
      slug,
      sourceId: id,
      input: {
        version,
        title: get("title"),
        publisher: get("publisher"),
        date: get("date"),
        url: get("url"),
        archiveUrl: get("archiveUrl"),
        chapter: get("chapter"),
        page: get("page"),
        doi: get("doi"),
        isbn: get("isbn"),
        type: get("type"),
        isPrimary: form.get("isPrimary") === "on",
        notes: get("notes"),
        authors: (get("authors") ?? "")
          .split(";")
          .map((a) => a.trim())
          .filter(Boolean),
      },
    });
    setMsg(res.ok ? { ok: "Saved." } : { error: res.error });
  }
  const input = (name: keyof Fields, label: string, value: string | null) => (
    <label className="block">
      {label}
      <input name={name} defaultValue={value ?? ""} className="mt-1 block w-full rounded border border-stone-400 p-1" />
    </label>
  );
  return (
    <details className="mt-4">
      <summary className="cursor-pointer text-sm">Edit source</summary>
      <form
        action={submit}
        aria-label="Edit source"
        className="mt-2 grid max-w-3xl grid-cols-2 gap-2 rounded border border-stone-300 bg-white p-3 text-sm"
      >
        {input("title", "Title", fields.title)}
        {input("authors", "Authors (;)", fields.authors.join("; "))}
        {input("publisher", "Publisher", fields.publisher)}
        {input("date", "Date", fields.date)}
        {input("url", "URL", fields.url)}
        {input("archiveUrl", "Archive URL", fields.archiveUrl)}
        {input("chapter", "Chapter", fields.chapter)}
        {input("page", "Page", fields.page)}
        {input("doi", "DOI", fields.doi)}
        {input("isbn", "ISBN", fields.isbn)}
        <label>
          Type
          <select name="type" defaultValue={fields.type} className="ml-1 rounded border border-stone-400">
            {types.map((t) => (
              <option key={t} value={t}>
                {label("SourceType", t)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" name="isPrimary" defaultChecked={!!fields.isPrimary} /> primary source
        </label>
        <label className="col-span-2">
          Internal notes (never public)
          <textarea
            name="notes"
            defaultValue={fields.notes ?? ""}
            rows={2}
            className="mt-1 block w-full rounded border border-stone-400 p-1"
          />
        </label>
        <div className="col-span-2 flex items-center gap-3">
          <button className="rounded bg-stone-900 px-3 py-1 text-white">Save</button>
          <Outcome msg={msg} as="span" />
        </div>
      </form>
    </details>
  );
}
