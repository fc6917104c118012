import { METHODOLOGY } from "@/lib/evidence/balance";
import { CORRECTIONS_POLICY, DISSENT_POLICY, publicPaths, REVIEW_POLICY } from "@/lib/publishing";
import { Markdown } from "@/components/public/Markdown";
import { VerdictBadge } from "@/components/public/VerdictBadge";
import { requireWorkspace } from "../_lib/data";
import { workspaceMetadata } from "../_lib/meta";
import { CaptionedTable } from "@/components/layout/CaptionedTable";
import { Section } from "@/components/layout/Section";

export const dynamic = "force-dynamic";

const SCALE_COLUMNS: [string, string][] = [
  ["Verdict", "py-2 pr-4"],
  ["Value", "py-2 pr-4"],
  ["Definition", "py-2"],
];

type Props = { params: Promise<{ workspace: string }> };

export const generateMetadata = ({ params }: Props) =>
  workspaceMetadata(params, (ws) => ({
    path: publicPaths(ws.slug).methodology,
    title: `How ${ws.name} checks claims`,
    description: "Our rating scale, how we weigh evidence, how verdicts are reviewed and how we correct them.",
  }));

export default async function MethodologyPage({ params }: Props) {
  const ws = await requireWorkspace((await params).workspace);
  return (
    <article className="max-w-3xl">
      <h1 className="text-3xl font-semibold">Methodology</h1>
      <p className="mt-2 text-stone-700">
        How {ws.name} rates claims, weighs evidence, reviews verdicts and corrects them.
      </p>

      <Section id="scale-heading" title="Rating scale" heading="xl" className="mt-10">
        {ws.ratings.length === 0 ? (
          <p className="mt-2">This workspace has no active rating scale.</p>
        ) : (
          <CaptionedTable
            caption="Verdicts, from best to worst, with their definitions"
            columns={SCALE_COLUMNS}
            margin="mt-3"
            testId="rating-scale"
          >
            {ws.ratings.map((r) => (
              <tr key={r.id} className="border-b border-stone-200 align-top">
                <th scope="row" className="py-2 pr-4 text-left font-normal">
                  <VerdictBadge rating={r} />
                </th>
                <td className="py-2 pr-4">{r.value === null ? "no value" : `${r.value} of ${ws.scale.best}`}</td>
                <td className="py-2">{r.description}</td>
              </tr>
            ))}
          </CaptionedTable>
        )}
        <p className="mt-3 text-sm text-stone-700">
          Each verdict also carries our confidence in it — low, medium or high — and a written rationale. The values map
          to schema.org ClaimReview ratings, so search engines and fact-check aggregators read them the same way.
        </p>
      </Section>

      <section aria-label="Evidence balance" className="mt-10">
        <Markdown source={METHODOLOGY} topHeading={2} />
      </section>

      <Section id="review-heading" title="Review policy" heading="xl" className="mt-10">
        <p className="mt-2">{REVIEW_POLICY}</p>
        <p className="mt-2">{ws.publishDissent ? DISSENT_POLICY.published : DISSENT_POLICY.private}</p>
      </Section>

      <Section id="corrections-heading" title="Corrections policy" heading="xl" className="mt-10">
        <p className="mt-2">{CORRECTIONS_POLICY}</p>
      </Section>
    </article>
  );
}
