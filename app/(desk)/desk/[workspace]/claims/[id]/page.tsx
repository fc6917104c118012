import type { Metadata } from "next";
import { label } from "@/lib/labels";
import Link from "next/link";
import { can } from "@/lib/auth/permissions";
import { deskRecord, type DeskPageProps } from "@/lib/http/desk-page";
import { actorUserId } from "@/lib/auth/actor";
import { assignableMembers, getClaimForDesk, listClaimants } from "@/lib/claims";
import { AssignmentPanel } from "@/components/claims/AssignmentPanel";
import { MergePanel } from "@/components/merge/MergePanel";
import { MergedBanner } from "@/components/merge/MergedBanner";
import { ClaimEditForm } from "@/components/claims/ClaimEditForm";
import { FreshnessNotice } from "@/components/claims/FreshnessNotice";
import { RelationsPanel } from "@/components/claims/RelationsPanel";
import { EvidencePanel } from "@/components/evidence/EvidencePanel";
import { claimEvidence } from "@/lib/evidence";
import { activeRatings, claimTimeline, frozenReason, workflowOptions } from "@/lib/review";
import { Timeline } from "@/components/review/Timeline";
import { WorkflowPanel } from "@/components/review/WorkflowPanel";
import { CommentThread } from "@/components/comments/CommentThread";
import { DeleteButton } from "@/components/trash/DeleteButton";
import { claimComments } from "@/lib/comments";

export const metadata: Metadata = { title: "Claim" };

export default async function ClaimPage({ params, searchParams }: DeskPageProps<{ id: string }, { merged?: string }>) {
  const { workspace, id } = await params;
  const { actor, db, access, record: claim } = await deskRecord(workspace, "claims", id, getClaimForDesk);
  const { merged } = await searchParams;
  const [claimants, evidence, timeline, ratings, comments, workflow, assignable] = await Promise.all([
    listClaimants(db, actor, workspace),
    claimEvidence(db, actor, workspace, id),
    claimTimeline(db, actor, workspace, id),
    activeRatings(db, actor, workspace),
    claimComments(db, actor, workspace, id),
    workflowOptions(db, actor, workspace, id),
    assignableMembers(db, actor, workspace),
  ]);
  const canEdit = can(access.subject, "claim.update", { createdById: claim.createdById });
  // Changing, removing and restoring a link: evidence writers, contributors on their own claims.
  const canEditEvidence =
    can(access.subject, "evidence.write") &&
    can(access.subject, "claim.update", { createdById: claim.createdById }) &&
    !frozenReason(claim, "evidence");
  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_22rem]">
      <div>
        <FreshnessNotice slug={workspace} claimId={claim.id} version={claim.version} meId={actor.userId} />
        {typeof merged === "string" && <MergedBanner slug={workspace} entity="claim" mergedId={merged} />}
        <p className="text-sm text-stone-600">
          {label("ClaimStatus", claim.status)} · {label("ClaimType", claim.claimType)}
          {claim.claimant ? ` · ${claim.claimant.name}` : ""}
          {claim.reportedBy ? ` (as reported by ${claim.reportedBy.name})` : ""} · version {claim.version}
        </p>
        <h1 className="mt-1 text-2xl font-semibold" data-testid="claim-headline">
          {claim.headline}
        </h1>
        <p className="mt-2">{claim.text}</p>
        {can(access.subject, "claim.delete", { createdById: claim.createdById }) &&
          claim.status !== "published" &&
          claim.status !== "retracted" && (
            <p className="mt-2">
              <DeleteButton
                slug={workspace}
                type="claim"
                id={claim.id}
                version={claim.version}
                label={claim.headline}
                leaveTo={`/desk/${workspace}/claims`}
              />
            </p>
          )}
        {claim.anchorExact && claim.document && (
          <figure className="mt-4 rounded border border-stone-300 bg-white p-3 text-sm">
            <blockquote>
              …{claim.anchorPrefix}
              <mark>{claim.anchorExact}</mark>
              {claim.anchorSuffix}…
            </blockquote>
            <figcaption className="mt-1 text-stone-600">
              {claim.document.deletedAt ? (
                `${claim.document.title} (in the trash)`
              ) : (
                <Link
                  href={`/desk/${workspace}/documents/${claim.document.id}?claim=${claim.id}`}
                  className="underline"
                >
                  {claim.document.title}
                </Link>
              )}
              , characters {claim.anchorStart}–{claim.anchorEnd}
              {claim.documentVersion ? `, version ${claim.documentVersion.number}` : ""} ·{" "}
              {label("AnchorStatus", claim.anchorStatus)}
              {claim.anchorStatus === "orphaned" && (
                <>
                  {" "}
                  ·{" "}
                  <Link
                    href={`/desk/${workspace}/documents/${claim.document.id}?reattach=${claim.id}`}
                    className="underline"
                  >
                    re-attach to the new text
                  </Link>
                </>
              )}
            </figcaption>
          </figure>
        )}
        {canEdit && !frozenReason(claim, "statement") && (
          <ClaimEditForm
            slug={workspace}
            claim={{
              id: claim.id,
              version: claim.version,
              text: claim.text,
              headline: claim.headline,
              claimType: claim.claimType,
              tags: claim.tags,
              claimant: claim.claimant?.name ?? "",
              claimedAt: claim.claimedAt?.toISOString().slice(0, 10) ?? "",
            }}
            claimants={claimants.map((c) => ({ id: c.id, name: c.name }))}
          />
        )}
        <AssignmentPanel
          slug={workspace}
          claimId={claim.id}
          version={claim.version}
          canAssign={can(access.subject, "claim.assign")}
          writerId={claim.writerId}
          writerDueAt={claim.writerDueAt?.toISOString() ?? null}
          reviewerId={claim.reviewerId}
          reviewerDueAt={claim.reviewerDueAt?.toISOString() ?? null}
          writers={assignable.writers}
          reviewers={assignable.reviewers}
        />
        <WorkflowPanel
          slug={workspace}
          claimId={claim.id}
          status={claim.status}
          state={workflow.state}
          inCorrection={workflow.inCorrection}
          version={workflow.version}
          canPropose={workflow.canPropose}
          proposal={workflow.proposal}
          approval={workflow.approval}
          options={workflow.options}
          ratings={ratings}
        />
        <EvidencePanel
          slug={workspace}
          claimId={claim.id}
          canEdit={can(access.subject, "evidence.write") && !frozenReason(claim, "evidence")}
          canChange={canEditEvidence}
          balance={evidence.balance}
          groups={{ supports: evidence.supports, contests: evidence.contests, context: evidence.context }}
          suggested={claim.suggestedSources}
        />
        <CommentThread slug={workspace} claimId={claim.id} comments={comments} me={actorUserId(actor)} />
      </div>
      <aside className="space-y-6">
        <section aria-label="Suggested evidence">
          <h2 className="text-lg font-semibold">Sources cited at this passage</h2>
          {claim.suggestedSources.length === 0 ? (
            <p className="text-sm text-stone-600">The document cites no source inside or right after this passage.</p>
          ) : (
            <ul className="list-disc pl-5 text-sm">
              {claim.suggestedSources.map((s) => (
                <li key={s.id}>{s.title}</li>
              ))}
            </ul>
          )}
        </section>
        <section aria-label="History">
          <h2 className="text-lg font-semibold">History</h2>
          <Timeline slug={workspace} claimId={claim.id} entries={timeline} canRestore={canEditEvidence} />
        </section>
        <RelationsPanel
          slug={workspace}
          claimId={claim.id}
          relations={claim.relations}
          canEdit={can(access.subject, "claim.create")}
        />
        {can(access.subject, "claim.merge") && (
          <MergePanel slug={workspace} entity="claim" id={claim.id} name={claim.headline} />
        )}
      </aside>
    </div>
  );
}
