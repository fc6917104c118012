"use client";
import { startTransition, useActionState, useState } from "react";
import { label, plural } from "@/lib/labels";
import { sizeMessage } from "@/lib/documents/size";
import type { ImportOutcome } from "@/actions/documents";
import type { ActionResult } from "@/lib/http/action";
import { Options } from "@/components/ui/options";

type ImportState = ImportOutcome | { kind: "idle" } | { kind: "error"; message: string };

const FORMATS = [
  { value: "auto", label: "Detect automatically" },
  { value: "wikitext", label: "Wikitext (MediaWiki)" },
  { value: "endnotes", label: "Essay with endnotes" },
  { value: "markdown", label: "Markdown" },
  { value: "text", label: "Plain text" },
];

// The importer's wording (lib/documents/input.ts), for a file refused before it is sent.

export function ImportForm({
  slug,
  action,
  maxBytes,
}: {
  slug: string;
  action: (form: FormData) => Promise<ActionResult<ImportOutcome>>;
  maxBytes: number;
}) {
  const [state, formAction, pending] = useActionState(
    async (_prev: ImportState, form: FormData): Promise<ImportState> => {
      const res = await action(form);
      return res.ok ? res.data : { kind: "error", message: res.error };
    },
    { kind: "idle" },
  );
  // A file far over the limit would exceed the request body limit too; say so without sending it.
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  // Fields are kept in state (React resets a form after its action runs): the editor previews,
  // then imports the very same input.
  const [files, setFiles] = useState<File[]>([]);
  const [text, setText] = useState("");
  const [title, setTitle] = useState("");
  const [format, setFormat] = useState("auto");

  function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const intent = (e.nativeEvent as SubmitEvent).submitter?.getAttribute("value") ?? "import";
    const big = files.find((f) => f.size > maxBytes);
    if (big) return setTooLarge(`${big.name}: ${sizeMessage(big.size, maxBytes)}`);
    // One request carries all the files; its limit is twice one document's (next.config.mjs).
    const total = files.reduce((n, f) => n + f.size, 0);
    if (files.length > 1 && total > 2 * maxBytes)
      return setTooLarge(
        `these files together: ${sizeMessage(total, 2 * maxBytes)}; import them in smaller batches (or with the command line)`,
      );
    setTooLarge(null);
    const form = new FormData();
    for (const f of files) form.append("file", f);
    form.set("text", text);
    form.set("title", title);
    form.set("format", format);
    form.set("intent", intent);
    form.set("slug", slug);
    startTransition(() => formAction(form));
  }

  return (
    <form onSubmit={submit} className="mt-6 space-y-4" aria-label="Import a document">
      <label className="block text-sm font-medium">
        File(s)
        <input
          name="file"
          type="file"
          multiple
          onChange={(e) => setFiles([...(e.target.files ?? [])])}
          accept=".txt,.wiki,.wikitext,.md,.markdown,text/plain,text/markdown"
          className="mt-1 block"
        />
      </label>
      <label className="block text-sm font-medium">
        …or paste the text
        <textarea
          name="text"
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={10}
          className="mt-1 block w-full rounded border border-stone-400 p-2 font-mono text-sm"
        />
      </label>
      <div className="flex flex-wrap gap-4">
        <label className="max-w-full text-sm font-medium">
          Title
          <input
            name="title"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            className="mt-1 block w-96 max-w-full rounded border border-stone-400 px-2 py-1"
            placeholder="defaults to the document's own title, else the file name"
            disabled={files.length > 1}
          />
        </label>
        <label className="text-sm font-medium">
          Format
          <select
            name="format"
            value={format}
            onChange={(e) => setFormat(e.target.value)}
            className="mt-1 block rounded border border-stone-400 px-2 py-1"
          >
            <Options items={FORMATS} />
          </select>
        </label>
      </div>
      <div className="flex gap-3">
        <button name="intent" value="preview" disabled={pending} className="rounded border border-stone-600 px-4 py-2">
          Preview
        </button>
        <button name="intent" value="import" disabled={pending} className="rounded bg-stone-900 px-4 py-2 text-white">
          Import
        </button>
      </div>
      {(tooLarge || state.kind === "error") && (
        <p role="alert" className="rounded bg-red-50 p-2 text-sm text-red-800">
          {tooLarge ?? (state.kind === "error" ? state.message : null)}
        </p>
      )}
      {state.kind === "unchanged" && (
        <p role="status" className="rounded bg-stone-100 p-2 text-sm">
          {state.message}
        </p>
      )}
      {state.kind === "preview" && <Preview p={state.preview} />}
      {state.kind === "results" && <Results results={state.results} />}
    </form>
  );
}

function Results({ results }: { results: Extract<ImportState, { kind: "results" }>["results"] }) {
  const failed = results.filter((r) => !r.ok).length;
  return (
    <section aria-label="Import results" className="rounded border border-stone-300 bg-white p-4 text-sm">
      <h2 className="text-lg font-semibold" role="status">
        {results.length - failed} of {results.length} files imported{failed ? `, ${failed} failed` : ""}
      </h2>
      <ul className="mt-2 space-y-1">
        {results.map((r, i) => (
          <li key={i} className={r.ok ? "" : "text-red-800"}>
            {r.href ? (
              <a className="underline" href={r.href}>
                {r.line}
              </a>
            ) : (
              r.line
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Preview({ p }: { p: Extract<ImportState, { kind: "preview" }>["preview"] }) {
  return (
    <section aria-label="Preview" className="rounded border border-stone-300 bg-white p-4 text-sm">
      <h2 className="text-lg font-semibold">Preview: {p.title}</h2>
      <p data-testid="preview-summary">
        {p.status === "created" ? "New document" : p.status === "versioned" ? `New version ${p.version}` : "Unchanged"}{" "}
        · {label("DocumentFormat", p.format)} · {plural(p.sections, "section")} · {plural(p.citations, "citation")} ·{" "}
        {plural(p.sourcesNew, "new source")} · {p.sourcesReused} already known
      </p>
      {p.flags.length > 0 && <p className="mt-2">Flags: {[...new Set(p.flags.map((f) => f.kind))].join(", ")}</p>}
      {p.warnings.length > 0 && (
        <div className="mt-2">
          <h3 className="font-semibold">Warnings</h3>
          <ul className="list-disc pl-5">
            {p.warnings.map((w, i) => (
              <li key={i}>
                at character {w.position}: {w.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <details className="mt-2">
        <summary>Sections</summary>
        <ul className="pl-5">
          {p.sectionList.map((s, i) => (
            <li key={i} style={{ paddingLeft: `${(s.level - 1) * 1}rem` }}>
              {s.title}
            </li>
          ))}
        </ul>
      </details>
      <details className="mt-2">
        <summary>Sources ({p.sourcesList.length})</summary>
        <ul className="list-disc pl-5">
          {p.sourcesList.map((s) => (
            <li key={s.key}>
              {s.title ?? s.raw.slice(0, 120)} {s.isNew ? <em>(new)</em> : <em>(known)</em>}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
