import { label } from "@/lib/labels";
import { publicPaths } from "@/lib/publishing";
import { ClaimList } from "@/components/public/ClaimList";
import { plural } from "@/components/public/format";
import { RatingBars } from "@/components/public/RatingBars";
import { loadClaimant, requireRecord } from "../../_lib/data";
import { recordMetadata } from "../../_lib/meta";
import { Section } from "@/components/layout/Section";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ workspace: string; id: string }> };

export const generateMetadata = ({ params }: Props) =>
  recordMetadata(params, loadClaimant, (c, ws) => ({
    path: publicPaths(ws.slug).claimant(c.id),
    title: `Claims by ${c.name}`,
    description: `${plural(c.claims.length, "claim")} by ${c.name} checked by ${ws.name}.`,
  }));

export default async function ClaimantPage({ params }: Props) {
  const { ws, record: c } = await requireRecord(params, loadClaimant, "claimant");
  const p = publicPaths(ws.slug);
  return (
    <article>
      <p className="text-sm text-stone-700">Claimant · {label("ClaimantKind", c.kind)}</p>
      <h1 className="mt-1 text-3xl font-semibold">{c.name}</h1>
      {c.aliases.length > 0 && <p className="mt-1 text-sm text-stone-700">Also known as {c.aliases.join(", ")}</p>}
      {c.description && <p className="mt-3 max-w-2xl">{c.description}</p>}
      <div className="mt-8 grid gap-10 lg:grid-cols-[1fr_20rem]">
        <Section id="claims-heading" title={<>Checked claims ({c.claims.length})</>} heading="xl">
          {c.claims.length ? (
            <ClaimList slug={ws.slug} claims={c.claims} showClaimant={false} />
          ) : (
            <p className="mt-2">No current verdicts.</p>
          )}
          {c.retracted.length > 0 && (
            <>
              <h3 className="mt-8 font-semibold">Retracted checks</h3>
              <ul className="mt-2 space-y-1 text-sm">
                {c.retracted.map((r) => (
                  <li key={r.id}>
                    <a href={p.claim(r.id)}>{r.headline}</a> (retracted)
                  </li>
                ))}
              </ul>
            </>
          )}
        </Section>
        <aside aria-label="Verdicts on these claims" className="space-y-3">
          <RatingBars
            items={c.byRating}
            caption="Verdicts on their claims we checked"
            href={(rid) => p.verdicts({ rating: rid, claimant: c.id })}
          />
          <p className="rounded border border-amber-400 bg-amber-50 p-3 text-sm" data-testid="caveat">
            This is not a score of the person. It counts only the claims we chose to check — which are not a
            representative sample of everything {c.name} has said — and each verdict is about one statement, not about
            honesty or character.
          </p>
        </aside>
      </div>
    </article>
  );
}
