"use client";
import { useState } from "react";
import { RELIABILITY_LABELS } from "@/lib/labels";
import { rateSourceAction } from "@/actions/sources";
import { Outcome } from "@/components/ui/form-action";

export function ReliabilityForm({
  slug,
  sourceId,
  version,
  current,
}: {
  slug: string;
  sourceId: string;
  version: number;
  current: number | null;
}) {
  const [msg, setMsg] = useState<{ ok?: string; error?: string }>({});
  async function submit(form: FormData) {
    const res = await rateSourceAction({
      slug,
      sourceId,
      input: { version, reliability: Number(form.get("reliability")), rationale: String(form.get("rationale") ?? "") },
    });
    setMsg(res.ok ? { ok: "Rating saved." } : { error: res.error });
  }
  return (
    <form action={submit} aria-label="Rate source" className="mt-4 flex flex-wrap items-end gap-2 text-sm">
      <label>
        Reliability
        <select name="reliability" defaultValue={current ?? 3} className="ml-1 rounded border border-stone-400">
          {[5, 4, 3, 2, 1].map((r) => (
            <option key={r} value={r}>
              {r} – {RELIABILITY_LABELS[r]}
            </option>
          ))}
        </select>
      </label>
      <label className="flex-1">
        Rationale (required)
        <input name="rationale" className="ml-1 w-full rounded border border-stone-400 p-1" />
      </label>
      <button className="rounded bg-stone-900 px-3 py-1 text-white">Rate</button>
      <Outcome msg={msg} className="basis-full" />
    </form>
  );
}
