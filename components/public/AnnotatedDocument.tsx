import { AnnotatedText, type TextRun } from "@/components/documents/AnnotatedText";
import { MarkedText } from "@/components/documents/MarkedText";
import type { Block, Segment } from "@/lib/documents/blocks";
import { safeColor, tint } from "@/lib/publishing/colors";
import { publicPaths } from "@/lib/publishing/urls";
import type { BadgeRating } from "./VerdictBadge";

export interface HighlightClaim {
  id: string;
  headline: string;
  anchorStart: number | null;
  anchorEnd: number | null;
  rating: BadgeRating | null;
}

/**
 * The document text with each published claim highlighted in its verdict's colour. Plain links,
 * so it works without JavaScript. Where claims overlap, the run links to the innermost claim;
 * every claim also gets a labelled verdict tag after its last run, so none is colour-only or
 * unreachable, and an `id="claim-<id>"` anchor before its first run.
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
  const byId = new Map(claims.map((c) => [c.id, c]));
  const span = (id: string) => (byId.get(id)?.anchorEnd ?? 0) - (byId.get(id)?.anchorStart ?? 0);
  const lastRun = new Map<string, Segment>();
  for (const b of blocks)
    for (const s of b.segments) if (s.kind === "text") for (const id of s.claims) lastRun.set(id, s);
  const started = new Set<string>();

  const renderHighlight = (s: TextRun, i: number) => {
    const anchors = s.claims.filter((id) => !started.has(id));
    anchors.forEach((id) => started.add(id));
    const inner = [...s.claims].sort((a, b) => span(a) - span(b))[0];
    const color = safeColor(byId.get(inner)?.rating?.color);
    const ends = s.claims.filter((id) => lastRun.get(id) === s);
    const title = s.claims
      .map((id) => `${byId.get(id)?.rating?.label ?? "Not rated"}: ${byId.get(id)?.headline}`)
      .join("\n");
    return (
      <span key={i}>
        {anchors.map((id) => (
          <span key={id} id={`claim-${id}`} className="scroll-mt-8" />
        ))}
        <a
          href={p.claim(inner)}
          title={title}
          data-claims={s.claims.join(" ")}
          className="rounded-sm underline underline-offset-4 hover:decoration-stone-900"
          style={{
            color: "#1c1917",
            backgroundColor: tint(color),
            textDecorationColor: color,
            textDecorationThickness: `${s.claims.length > 1 ? 4 : 2}px`,
          }}
        >
          <MarkedText segment={s} />
        </a>
        {ends.map((id) => (
          <sup key={id} className="ml-0.5 whitespace-nowrap">
            <a
              href={p.claim(id)}
              className="verdict-tag rounded-sm border px-1 text-[0.7rem] font-semibold no-underline"
              style={{ borderColor: safeColor(byId.get(id)?.rating?.color) }}
            >
              {byId.get(id)?.rating?.label ?? "Not rated"}
            </a>
          </sup>
        ))}
      </span>
    );
  };

  return (
    <div className="space-y-3 leading-loose" data-testid="document-text">
      <AnnotatedText blocks={blocks} citationHref={(id) => `#source-${id}`} highlight={renderHighlight} />
    </div>
  );
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
