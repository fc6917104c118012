import Link from "next/link";
import { publicPaths } from "@/lib/publishing/urls";
import { DateText } from "./format";
import { VerdictBadge, type BadgeRating } from "./VerdictBadge";

export interface ClaimSummary {
  id: string;
  headline: string;
  publishedAt: Date | null;
  rating: (BadgeRating & { id: string }) | null;
  claimant: { id: string; name: string } | null;
  document: { id: string; title: string } | null;
}

/** Verdicts as a list: badge, headline linking to the claim page, who said it and where. */
export function ClaimList({
  slug,
  claims,
  showClaimant = true,
}: {
  slug: string;
  claims: ClaimSummary[];
  showClaimant?: boolean;
}) {
  const p = publicPaths(slug);
  return (
    <ul className="divide-y divide-stone-200" data-testid="claim-list">
      {claims.map((c) => (
        <li key={c.id} className="py-3">
          <p className="flex flex-wrap items-baseline gap-2">
            <VerdictBadge rating={c.rating} size="sm" />
            <Link href={p.claim(c.id)} className="font-medium">
              {c.headline}
            </Link>
          </p>
          <p className="mt-1 text-sm text-stone-700">
            {showClaimant && c.claimant && (
              <>
                <Link href={p.claimant(c.claimant.id)}>{c.claimant.name}</Link>
                {" · "}
              </>
            )}
            {c.document && (
              <>
                in <Link href={p.document(c.document.id, c.id)}>{c.document.title}</Link>
                {" · "}
              </>
            )}
            {c.publishedAt && (
              <>
                checked <DateText date={c.publishedAt} />
              </>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}
