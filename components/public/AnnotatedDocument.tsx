import type { Block } from "@/lib/documents/blocks";
import { safeColor, tint } from "@/lib/publishing/colors";
import { publicPaths } from "@/lib/publishing/urls";
import type { ClaimMark } from "./AnnotatedBody";
import { DocumentTextIsland } from "./DocumentTextIsland";
import { handOff } from "./handoff";
import type { BadgeRating } from "./VerdictBadge";

export interface HighlightClaim {
  id: string;
  headline: string;
  anchorStart: number | null;
  anchorEnd: number | null;
  rating: BadgeRating | null;
}

/**
 * The document text with each published claim highlighted in its verdict's colour
 * (./AnnotatedBody.tsx). The text goes into the HTML only, never into the RSC payload: it is
 * handed to the island's HTML render on the server (./DocumentTextIsland.tsx).
 */
export function AnnotatedDocument({
  slug,
  blocks,
  claims,
}: {
  slug: string;
  blocks: Block[];
  claims: HighlightClaim[];
}) {
  const p = publicPaths(slug);
  const marks: ClaimMark[] = claims.map((c) => ({
    id: c.id,
    headline: c.headline,
    href: p.claim(c.id),
    label: c.rating?.label ?? "Not rated",
    color: safeColor(c.rating?.color),
    tint: tint(safeColor(c.rating?.color)),
    span: (c.anchorEnd ?? 0) - (c.anchorStart ?? 0),
  }));
  return <DocumentTextIsland token={handOff({ blocks, claims: marks })} />;
}

/** What the colours mean: each rating's swatch beside its label. */
export function Legend({ ratings }: { ratings: (BadgeRating & { id: string; description: string })[] }) {
  return (
    <section aria-labelledby="legend-heading" className="text-sm">
      <h2 id="legend-heading" className="font-semibold">
        Legend
      </h2>
      <p className="mt-1 text-stone-700">
        Highlighted passages are checked claims; the label after each gives its verdict. A thicker underline marks
        overlapping claims.
      </p>
      <ul className="mt-2 space-y-1">
        {ratings.map((r) => (
          <li key={r.id} className="flex items-center gap-2">
            <span
              aria-hidden="true"
              className="inline-block h-4 w-6 rounded-sm"
              style={{ backgroundColor: tint(r.color), boxShadow: `inset 0 -2px 0 ${safeColor(r.color)}` }}
            />
            <span>{r.label}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
