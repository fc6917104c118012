// A list page's filter: a labelled select whose first option ("any …") leaves the filter off.
// The claims and sources lists build their filter forms from it.
export const FILTER_CONTROL = "rounded border border-stone-400 px-1 py-0.5";

type Option = string | { value: string; label: string };

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
