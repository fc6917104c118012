import Link from "next/link";
import { publicPaths } from "@/lib/publishing";
import { AnnotatedDocument, Legend } from "@/components/public/AnnotatedDocument";
import { plural } from "@/components/public/format";
import { RatingBars } from "@/components/public/RatingBars";
import { SourceList } from "@/components/public/SourceList";
import { VerdictBadge } from "@/components/public/VerdictBadge";
import { loadDocument, requireRecord } from "../../_lib/data";
import { recordMetadata } from "../../_lib/meta";
import { Section } from "@/components/layout/Section";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ workspace: string; id: string }> };

export const generateMetadata = ({ params }: Props) =>
  recordMetadata(params, loadDocument, (doc, ws) => ({
    type: "article",
    path: publicPaths(ws.slug).document(doc.id),
    title: `${doc.title}: claims checked`,
    description: `${plural(doc.claims.length, "checked claim")} in “${doc.title}”, highlighted by verdict. ${doc.excerpt}`,
  }));

export default async function DocumentPage({ params }: Props) {
  const { ws, record: doc } = await requireRecord(params, loadDocument);
  const p = publicPaths(ws.slug);
  return (
    <article>
      <h1 className="text-3xl font-semibold">{doc.title}</h1>
      <p className="mt-1 text-sm text-stone-700">
        Credibility view · version {doc.version} · {plural(doc.claims.length, "published verdict")} ·{" "}
        {plural(doc.sources.length, "cited source")}
      </p>
      <div className="mt-8 grid gap-10 lg:grid-cols-[1fr_20rem]">
        <Section id="text-heading" title="Document text" heading="hidden" className="min-w-0">
          <AnnotatedDocument slug={ws.slug} blocks={doc.blocks} claims={doc.located} />
        </Section>
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
            <Section id="claimants-heading" title="Claimants" heading="plain" className="text-sm">
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
            </Section>
          )}
          <Section id="claims-heading" title="Claims in this document" heading="plain" className="text-sm">
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
          </Section>
        </aside>
      </div>
      <Section id="sources-heading" title="Sources cited" heading="xl" className="mt-12">
        <SourceList sources={doc.sources} />
      </Section>
    </article>
  );
}
