import Link from "next/link";
import type { DocumentSummary } from "@/lib/publishing/home";
import type { RatingCount } from "@/lib/publishing/ratings";
import { safeColor } from "@/lib/publishing/colors";
import { publicPaths } from "@/lib/publishing/urls";
import { plural } from "./format";
import { Swatch } from "./VerdictBadge";

/** Each public document with its claims counted by verdict: a stacked bar plus the same in words. */
export function DocumentSummaryList({
  slug,
  documents,
  ratings,
}: {
  slug: string;
  documents: DocumentSummary[];
  ratings: RatingCount[];
}) {
  const p = publicPaths(slug);
  return (
    <ul className="mt-3 space-y-4">
      {documents.map((d) => {
        const parts = ratings
          .map((r) => ({ r: r.rating, n: d.byRating[r.rating?.id ?? ""] ?? 0 }))
          .filter((x) => x.n > 0);
        return (
          <li key={d.id}>
            <Link href={p.document(d.id)} className="font-medium">
              {d.title}
            </Link>
            <p className="text-sm text-stone-700">
              {plural(d.published, "published verdict")}
              {d.retracted > 0 && `, ${d.retracted} retracted`}
            </p>
            {d.published > 0 && (
              <>
                <div aria-hidden="true" className="mt-1 flex h-2.5 max-w-md overflow-hidden rounded-sm bg-stone-200">
                  {parts.map((x) => (
                    <span
                      key={x.r?.id ?? "none"}
                      style={{ width: `${(x.n / d.published) * 100}%`, backgroundColor: safeColor(x.r?.color) }}
                    />
                  ))}
                </div>
                <ul className="mt-1 flex flex-wrap gap-x-3 text-xs text-stone-700">
                  {parts.map((x) => (
                    <li key={x.r?.id ?? "none"} className="flex items-center gap-1">
                      <Swatch color={x.r?.color ?? "#6b7280"} /> {x.r?.label ?? "Not rated"}: {x.n}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
