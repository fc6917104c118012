import Link from "next/link";
import { getDb } from "@/lib/db/server";
import { cachedPages, publicPaths } from "@/lib/publishing";
import { ClaimList } from "@/components/public/ClaimList";
import { RatingBars } from "@/components/public/RatingBars";
import { DocumentSummaryList } from "@/components/public/DocumentSummaryList";
import { plural } from "@/components/public/format";
import { requireWorkspace } from "./_lib/data";
import { workspaceMetadata } from "./_lib/meta";
import { Section } from "@/components/layout/Section";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ workspace: string }> };

export const generateMetadata = ({ params }: Props) =>
  workspaceMetadata(params, (ws) => ({
    title: `${ws.name}: fact checks`,
    description: ws.description ?? `Published verdicts of ${ws.name}.`,
    path: publicPaths(ws.slug).home,
  }));

export default async function PublicHome({ params }: Props) {
  const ws = await requireWorkspace((await params).workspace);
  const home = await cachedPages.home(await getDb(), ws);
  const p = publicPaths(ws.slug);
  return (
    <div className="grid gap-10 lg:grid-cols-[1fr_20rem]">
      <div>
        <h1 className="text-3xl font-semibold">{ws.name}</h1>
        {ws.description && <p className="mt-2 text-stone-700">{ws.description}</p>}
        <Section id="latest-heading" title="Latest verdicts" heading="xl" className="mt-8">
          {home.total === 0 ? (
            <p className="mt-3">Nothing is published yet.</p>
          ) : (
            <>
              <p className="mt-1 text-sm text-stone-700">{plural(home.total, "published verdict")}.</p>
              <ClaimList slug={ws.slug} claims={home.latest} />
              <p className="mt-2 text-sm">
                <Link href={p.verdicts()} className="underline">
                  All verdicts
                </Link>
                , filtered by verdict, claimant, topic or document ·{" "}
                <Link href={p.corrections()} className="underline">
                  Corrections and retractions
                </Link>
              </p>
            </>
          )}
        </Section>
        {home.documents.length > 0 && (
          <Section id="documents-heading" title="Documents" heading="xl" className="mt-10">
            <DocumentSummaryList slug={ws.slug} documents={home.documents} ratings={home.byRating} />
            {home.documentTotal > home.documents.length && (
              <p className="mt-4 text-sm">
                <Link href={p.documents()} className="underline">
                  All {home.documentTotal.toLocaleString("en")} documents
                </Link>
              </p>
            )}
          </Section>
        )}
      </div>
      <aside aria-label="Summary" className="space-y-8">
        {home.total > 0 && (
          <RatingBars items={home.byRating} caption="Verdicts by rating" href={(id) => p.verdicts({ rating: id })} />
        )}
        {home.claimants.length > 0 && (
          <Section id="claimants-heading" title="Most-checked claimants" heading="plain">
            <ol className="mt-2 space-y-1 text-sm">
              {home.claimants.map((c) => (
                <li key={c.id}>
                  <Link href={p.claimant(c.id)} className="underline">
                    {c.name}
                  </Link>{" "}
                  <span className="text-stone-600">({plural(c.claims, "claim")})</span>
                </li>
              ))}
            </ol>
            <p className="mt-2 text-sm">
              <Link href={p.claimants()}>All claimants</Link>
            </p>
          </Section>
        )}
        <Section id="data-heading" title="Open data" heading="plain" className="text-sm">
          <ul className="mt-2 space-y-1">
            <li>
              <a href={p.dataset} className="underline">
                Download the dataset (JSON)
              </a>{" "}
              — published claims, evidence and sources, {ws.licence}.
            </li>
            <li>
              <a href={p.feed} className="underline">
                Atom feed
              </a>{" "}
              of new verdicts and corrections.
            </li>
            <li>
              <Link href={p.methodology}>How we rate claims</Link>
            </li>
          </ul>
        </Section>
      </aside>
    </div>
  );
}
