import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { publicPaths } from "@/lib/publishing";
import { AnnotatedDocument, Legend } from "@/components/public/AnnotatedDocument";
import { plural } from "@/components/public/format";
import { RatingBars } from "@/components/public/RatingBars";
import { SourceList } from "@/components/public/SourceList";
import { VerdictBadge } from "@/components/public/VerdictBadge";
import { loadDocument, loadWorkspace, requireWorkspace } from "../../_lib/data";
import { NOT_FOUND_METADATA, pageMetadata } from "../../_lib/meta";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ workspace: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { workspace, id } = await params;
  const [ws, doc] = await Promise.all([loadWorkspace(workspace), loadDocument(workspace, id)]);
  if (!ws || !doc) return NOT_FOUND_METADATA;
  return pageMetadata({
    slug: ws.slug,
    siteName: ws.name,
    type: "article",
    path: publicPaths(ws.slug).document(doc.id),
    title: `${doc.title}: claims checked`,
    description: `${plural(doc.claims.length, "checked claim")} in “${doc.title}”, highlighted by verdict. ${doc.excerpt}`,
  });
}

export default async function DocumentPage({ params }: Props) {
  const { workspace, id } = await params;
  const ws = await requireWorkspace(workspace);
  const doc = await loadDocument(workspace, id);
  if (!doc) notFound();
  const p = publicPaths(ws.slug);
  return (
    <article>
      <h1 className="text-3xl font-semibold">{doc.title}</h1>
      <p className="mt-1 text-sm text-stone-700">
        Credibility view · version {doc.version} · {plural(doc.claims.length, "published verdict")} ·{" "}
        {plural(doc.sources.length, "cited source")}
      </p>
      <div className="mt-8 grid gap-10 lg:grid-cols-[1fr_20rem]">
        <section aria-labelledby="text-heading" className="min-w-0">
          <h2 id="text-heading" className="sr-only">
            Document text
          </h2>
          <AnnotatedDocument slug={ws.slug} blocks={doc.blocks} claims={doc.located} />
        </section>
        <aside
          aria-label="Summary"
          className="space-y-8 lg:sticky lg:top-4 lg:max-h-[95vh] lg:self-start lg:overflow-y-auto"
        >
          <Legend ratings={ws.ratings} />
          <RatingBars
            items={doc.byRating}
            caption="Claims by rating"
            href={(rid) => p.search({ rating: rid, document: doc.id })}
          />
          {doc.claimants.length > 0 && (
            <section aria-labelledby="claimants-heading" className="text-sm">
              <h2 id="claimants-heading" className="font-semibold">
                Claimants
              </h2>
              <ul className="mt-2 space-y-1">
                {doc.claimants.map((c) => (
                  <li key={c.id}>
                    <Link href={p.claimant(c.id)} className="underline">
                      {c.name}
                    </Link>{" "}
                    ({plural(c.claims, "claim")})
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section aria-labelledby="claims-heading" className="text-sm">
            <h2 id="claims-heading" className="font-semibold">
              Claims in this document
            </h2>
            <ol className="mt-2 space-y-2">
              {doc.claims.map((c) => (
                <li key={c.id}>
                  <VerdictBadge rating={c.rating} size="sm" /> <Link href={p.claim(c.id)}>{c.headline}</Link>
                  {doc.unlocated.includes(c) ? (
                    <span className="block text-stone-600">Not located in this version of the text.</span>
                  ) : (
                    <a href={`#claim-${c.id}`} className="ml-1 text-xs">
                      (in the text)
                    </a>
                  )}
                </li>
              ))}
            </ol>
          </section>
        </aside>
      </div>
      <section aria-labelledby="sources-heading" className="mt-12">
        <h2 id="sources-heading" className="text-xl font-semibold">
          Sources cited
        </h2>
        <SourceList sources={doc.sources} />
      </section>
    </article>
  );
}
