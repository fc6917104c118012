"use client";
// New source, with the duplicate check: a probable duplicate is offered instead of a copy.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { createSourceAction } from "@/actions/sources";
import type { ActionFailure } from "@/lib/http/action";
import { FieldError } from "@/components/ui/form-action";
import { LabelSelect } from "@/components/ui/options";

/** The add and edit forms' type select. */
export function SourceTypeSelect({ types, defaultValue }: { types: string[]; defaultValue: string | undefined }) {
  return (
    <LabelSelect
      kind="SourceType"
      values={types}
      name="type"
      defaultValue={defaultValue}
      className="ml-1 rounded border border-stone-400"
    />
  );
}

export function SourceForm({ slug, types }: { slug: string; types: string[] }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [existing, setExisting] = useState<{ id: string; title: string } | null>(null);
  const [last, setLast] = useState<Record<string, unknown> | null>(null);
  // The last refusal, whose field messages show beside the fields.
  const [refused, setRefused] = useState<ActionFailure | null>(null);
  // Refused input stays in the form (React resets it after the action): the fields read `last`.
  const kept = (k: string) =>
    typeof last?.[k] === "string"
      ? (last[k] as string)
      : Array.isArray(last?.[k])
        ? (last[k] as string[]).join("; ")
        : undefined;

  async function save(input: Record<string, unknown>) {
    const res = await createSourceAction({ slug, input });
    if (res.ok) return router.push(`/desk/${slug}/sources/${res.data.id}`);
    setError(res.error);
    setRefused(res);
    setExisting((res.existing as { id: string; title: string } | undefined) ?? null);
  }
  async function submit(form: FormData) {
    const get = (k: string) => String(form.get(k) ?? "").trim() || undefined;
    const input = {
      title: get("title") ?? "",
      url: get("url"),
      publisher: get("publisher"),
      date: get("date"),
      type: get("type"),
      authors: (get("authors") ?? "")
        .split(";")
        .map((a) => a.trim())
        .filter(Boolean),
      isPrimary: form.get("isPrimary") === "on",
      capture: form.get("capture") === "on",
    };
    setLast(input);
    await save(input);
  }

  return (
    <form
      action={submit}
      aria-label="Add source"
      className="mt-8 max-w-2xl space-y-2 rounded border border-stone-300 bg-white p-4 text-sm"
    >
      <h2 className="text-lg font-semibold">Add a source</h2>
      <label className="block">
        Title
        <input
          name="title"
          required
          defaultValue={kept("title")}
          className="mt-1 block w-full rounded border border-stone-400 p-1"
        />
        <FieldError state={refused} name="title" />
      </label>
      <label className="block">
        URL
        <input
          name="url"
          defaultValue={kept("url")}
          className="mt-1 block w-full rounded border border-stone-400 p-1"
          placeholder="https://…"
        />
        <FieldError state={refused} name="url" />
      </label>
      <label className="block">
        <input type="checkbox" name="capture" defaultChecked={last?.capture === true} /> Capture the page now (a dated,
        hashed snapshot of what it says today)
      </label>
      <label className="block">
        Authors (separated by ;)
        <input
          name="authors"
          defaultValue={kept("authors")}
          className="mt-1 block w-full rounded border border-stone-400 p-1"
        />
        <FieldError state={refused} name="authors" />
      </label>
      <div className="flex gap-2">
        <label>
          Publisher
          <input
            name="publisher"
            defaultValue={kept("publisher")}
            className="ml-1 rounded border border-stone-400 p-1"
          />
          <FieldError state={refused} name="publisher" />
        </label>
        <label>
          Date
          <input
            name="date"
            defaultValue={kept("date")}
            className="ml-1 w-32 rounded border border-stone-400 p-1"
            placeholder="YYYY-MM-DD"
          />
          <FieldError state={refused} name="date" />
        </label>
      </div>
      <div className="flex gap-4">
        <label>
          Type
          <SourceTypeSelect types={types} defaultValue="other" />
        </label>
        <label>
          <input type="checkbox" name="isPrimary" /> primary source
        </label>
      </div>
      {error && (
        <div role="alert" className="rounded bg-red-50 p-2 text-red-800">
          {error}
          {existing && (
            <span className="mt-1 flex gap-3">
              <Link href={`/desk/${slug}/sources/${existing.id}`}>Use the existing source</Link>
              <button type="button" className="underline" onClick={() => last && save({ ...last, force: true })}>
                Create anyway
              </button>
            </span>
          )}
        </div>
      )}
      <button className="rounded bg-stone-900 px-3 py-1 text-white">Add source</button>
    </form>
  );
}
