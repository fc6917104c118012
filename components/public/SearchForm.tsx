import { publicPaths } from "@/lib/publishing/urls";
import { Options } from "@/components/ui/options";

type Option = { value: string; label: string };
export interface Facets {
  ratings: Option[];
  claimants: Option[];
  tags: Option[];
  documents: Option[];
}
export interface SearchValues {
  q: string;
  rating?: string;
  claimant?: string;
  tag?: string;
  document?: string;
}

export function Select({
  name,
  label,
  options,
  value,
}: {
  name: string;
  label: string;
  options: Option[];
  value?: string;
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={`f-${name}`} className="font-medium">
        {label}
      </label>
      <select
        id={`f-${name}`}
        name={name}
        defaultValue={value ?? ""}
        className="max-w-56 rounded border border-stone-400 bg-white px-2 py-1"
      >
        <option value="">Any</option>
        <Options items={options} />
      </select>
    </div>
  );
}

/** The full search form with filters; a GET form, so results have shareable URLs and need no JS. */
export function SearchForm({ slug, values, facets }: { slug: string; values: SearchValues; facets: Facets }) {
  const filtered = !!(values.rating || values.claimant || values.tag || values.document);
  return (
    <form
      role="search"
      aria-label="Search this workspace"
      action={publicPaths(slug).search()}
      method="get"
      className="space-y-3 rounded border border-stone-300 bg-white p-4 text-sm"
    >
      <div className="flex flex-wrap items-end gap-2">
        <div className="flex grow flex-col gap-1">
          <label htmlFor="f-q" className="font-medium">
            Words to find
          </label>
          <input
            id="f-q"
            name="q"
            type="search"
            defaultValue={values.q}
            className="rounded border border-stone-400 px-2 py-1"
          />
        </div>
        <button type="submit" className="rounded bg-stone-800 px-4 py-1.5 text-white">
          Search
        </button>
      </div>
      {/* Folded until a filter is in use, so that on a phone the results start on the first screen. */}
      <details open={filtered}>
        <summary className="cursor-pointer font-medium">Filter claims</summary>
        <fieldset className="mt-2 flex flex-wrap gap-4">
          <legend className="sr-only">Filter claims</legend>
          <Select name="rating" label="Verdict" options={facets.ratings} value={values.rating} />
          <Select name="claimant" label="Claimant" options={facets.claimants} value={values.claimant} />
          <Select name="tag" label="Topic" options={facets.tags} value={values.tag} />
          <Select name="document" label="Document" options={facets.documents} value={values.document} />
        </fieldset>
      </details>
      <p className="text-stone-600">
        Use quotes for a phrase, “or” for either word, and a minus sign to exclude a word.
      </p>
    </form>
  );
}
