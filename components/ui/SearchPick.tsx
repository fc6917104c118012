"use client";
// Pick a record by searching for it (the evidence panel's source, the relations panel's other
// claim): a search box, and once something is found a select of the matches.
import { useState } from "react";
import { Options, type OptionItem } from "./options";

export function SearchPick({
  noun,
  search,
  pick,
  value,
  onChange,
}: {
  /** What is searched for: the box is "Find a <noun>". */
  noun: string;
  /** The matches for the words typed; undefined (a refusal the caller shows) keeps the last ones. */
  search: (q: string) => Promise<OptionItem[] | undefined>;
  /** The select's accessible name. */
  pick: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const [q, setQ] = useState("");
  const [found, setFound] = useState<OptionItem[]>([]);
  async function run() {
    const matches = await search(q);
    if (matches) setFound(matches);
  }
  return (
    <>
      <div className="flex gap-2">
        <input
          value={q}
          onChange={(e) => setQ(e.target.value)}
          // Enter searches (it would otherwise submit the form, whose button waits for a choice).
          onKeyDown={(e) => {
            if (e.key !== "Enter") return;
            e.preventDefault();
            void run();
          }}
          aria-label={`Find a ${noun}`}
          placeholder={`find a ${noun}`}
          className="flex-1 rounded border border-stone-400 px-1"
        />
        <button type="button" className="rounded border border-stone-400 px-2" onClick={run}>
          Search
        </button>
      </div>
      {found.length > 0 && (
        <select
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-label={pick}
          className="block w-full rounded border border-stone-400"
        >
          <option value="">choose…</option>
          <Options items={found} />
        </select>
      )}
    </>
  );
}
