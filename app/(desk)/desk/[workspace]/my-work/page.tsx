import type { Metadata } from "next";
import { label } from "@/lib/labels";
import Link from "next/link";
import { deskPage, type DeskPageProps } from "@/lib/http/desk-page";
import { myWork } from "@/lib/claims";
import { orNotFound } from "@/lib/http/pages";
import { Section } from "@/components/layout/Section";

export const metadata: Metadata = { title: "My work" };

type Item = { id: string; headline: string; status: string; writerDueAt: Date | null; reviewerDueAt: Date | null };

function List({
  slug,
  items,
  empty,
  due,
}: {
  slug: string;
  items: Item[];
  empty: string;
  due: (i: Item) => Date | null;
}) {
  if (!items.length) return <p className="text-sm text-stone-600">{empty}</p>;
  const now = new Date();
  return (
    <ul className="divide-y divide-stone-200">
      {items.map((c) => {
        const d = due(c);
        return (
          <li key={c.id} className="py-2 text-sm">
            <Link href={`/desk/${slug}/claims/${c.id}`}>{c.headline}</Link>
            <span className="ml-2 text-xs text-stone-600">{label("ClaimStatus", c.status)}</span>
            {d && (
              <span className={`ml-2 text-xs ${d < now ? "font-semibold text-red-800" : "text-stone-600"}`}>
                due {d.toISOString().slice(0, 10)}
                {d < now ? " · overdue" : ""}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

export default async function MyWorkPage({ params }: DeskPageProps) {
  const { workspace } = await params;
  const { actor, db } = await deskPage(workspace, "/my-work");
  const work = await orNotFound(myWork(db, actor, workspace));
  const writing = (i: Item) => i.writerDueAt;
  const reviewing = (i: Item) => i.reviewerDueAt;
  const earliest = (i: Item) =>
    [i.writerDueAt, i.reviewerDueAt].filter((d): d is Date => !!d).sort((a, b) => +a - +b)[0] ?? null;
  return (
    <>
      <h1 className="text-2xl font-semibold">My work</h1>
      <Section id="overdue" title="Overdue" className="mt-6">
        <List slug={workspace} items={work.overdue} empty="Nothing overdue." due={earliest} />
      </Section>
      <Section id="writing" title="Assigned to me" className="mt-6">
        <List slug={workspace} items={work.writing} empty="No claims assigned to you to write." due={writing} />
      </Section>
      <Section id="reviewing" title="Waiting for my review" className="mt-6">
        <List slug={workspace} items={work.reviewing} empty="Nothing waits for your review." due={reviewing} />
      </Section>
      <Section id="mentions" title="Mentions" className="mt-6">
        {work.mentions.length === 0 ? (
          <p className="text-sm text-stone-600">Nobody has mentioned you yet.</p>
        ) : (
          <ul className="divide-y divide-stone-200">
            {work.mentions.map((m) => (
              <li key={m.id} className="py-2 text-sm">
                {m.claimId ? (
                  <Link href={`/desk/${workspace}/claims/${m.claimId}`}>{m.headline ?? "a claim"}</Link>
                ) : (
                  "—"
                )}
                <span className="ml-2 text-xs text-stone-600">{m.createdAt.toISOString().slice(0, 10)}</span>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
