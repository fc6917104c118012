// A list page's filters: a form with a search box, selects whose first option ("any …") leaves
// the filter off, and Apply. The claims and sources lists build their filter forms from it.
import Link from "next/link";
import type { ReactNode } from "react";

export const FILTER_CONTROL = "rounded border border-stone-400 px-1 py-0.5";

type Option = string | { value: string; label: string };
export type FilterSelectProps = Parameters<typeof FilterSelect>[0];

/** The filter form (GET, so the filters stay in the URL): search box, `children`, Apply, Clear. */
export function FilterForm({
  label,
  q,
  placeholder,
  clearHref,
  children,
}: {
  label: string;
  q: string | undefined;
  placeholder: string;
  clearHref?: string;
  children: ReactNode;
}) {
  return (
    <form className="mt-4 flex flex-wrap items-end gap-2 text-sm" aria-label={label}>
      <label>
        Search
        <input name="q" defaultValue={q} className={`ml-1 ${FILTER_CONTROL}`} placeholder={placeholder} />
      </label>
      {children}
      <button className="rounded bg-stone-900 px-3 py-1 text-white">Apply</button>
      {clearHref && <Link href={clearHref}>Clear</Link>}
    </form>
  );
}

export function FilterSelect({
  name,
  label,
  value,
  any,
  options,
  wide = false,
}: {
  name: string;
  /** The accessible name (the filters have no visible labels). */
  label: string;
  value: string | null | undefined;
  /** The first option's text, e.g. "any status"; omitted, there is no "off" option. */
  any?: string;
  options: readonly Option[];
  /** Long option texts (titles, names) are cut to a narrower box. */
  wide?: boolean;
}) {
  return (
    <select
      name={name}
      defaultValue={value ?? ""}
      aria-label={label}
      className={wide ? `max-w-48 ${FILTER_CONTROL}` : FILTER_CONTROL}
    >
      {any !== undefined && <option value="">{any}</option>}
      {options.map((o) =>
        typeof o === "string" ? (
          <option key={o}>{o}</option>
        ) : (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ),
      )}
    </select>
  );
}
