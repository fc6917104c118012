// How the permission matrix calls each server action for real (actions/<area>.ts), with the
// same fixture its row's `lib` call gets. permissions.test.ts runs these for the signed-in and
// anonymous subjects; a row keyed by an action must have an entry here.
import crypto from "node:crypto";
import * as claims from "@/actions/claims";
import * as comments from "@/actions/comments";
import * as documents from "@/actions/documents";
import * as merge from "@/actions/merge";
import * as evidence from "@/actions/evidence";
import * as notifications from "@/actions/notifications";
import * as review from "@/actions/review";
import * as settings from "@/actions/settings";
import * as sources from "@/actions/sources";
import * as views from "@/actions/views";
import * as trash from "@/actions/trash";
import { suggestClaims } from "@/lib/claims/suggest";
import type { ActionResult } from "@/lib/http/action";
import type { World } from "./world";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type T = any;
export type ActionCall = (w: World, t: T) => Promise<ActionResult<unknown>>;

const uid = () => crypto.randomBytes(4).toString("hex");
const claimText = () => `Matrix claim ${uid()}: the agency kept two sets of books.`;

export const ACTION_CALLS: Partial<Record<string, ActionCall>> = {
  "actions/merge.ts#mergeClaimAction": (w, t) => merge.mergeClaimAction({ slug: w.slug, id: t.id, into: t.into }),
  "actions/merge.ts#mergeClaimantAction": (w, t) => merge.mergeClaimantAction({ slug: w.slug, id: t.id, into: t.into }),
  "actions/merge.ts#mergeSourceAction": (w, t) => merge.mergeSourceAction({ slug: w.slug, id: t.id, into: t.into }),
  "actions/merge.ts#unmergeAction": (w, t) => merge.unmergeAction({ slug: w.slug, entity: "claimant", id: t.id }),
  "actions/claims.ts#updateClaimantAction": (w, t) =>
    claims.updateClaimantAction({
      slug: w.slug,
      claimantId: t.id,
      version: t.version,
      description: "Edited.",
    }),
  "actions/claims.ts#searchClaimantsAction": (w) => claims.searchClaimantsAction({ slug: w.slug, q: "Claimant" }),
  "actions/documents.ts#updateDocumentMetadataAction": (w, t) =>
    documents.updateDocumentMetadataAction({
      slug: w.slug,
      documentId: t.id,
      version: t.version,
      licence: "CC-BY-4.0",
    }),
  "actions/review.ts#submitAction": (w, t) => review.submitAction({ slug: w.slug, claimId: t.id, input: w.proposal }),
  "actions/review.ts#saveProposalAction": (w, t) =>
    review.saveProposalAction({
      slug: w.slug,
      claimId: t.id,
      input: { version: t.version, proposedRatingId: w.ratings[1].id, proposedConfidence: "low" },
    }),
  "actions/review.ts#openCorrectionAction": (w, t) => review.openCorrectionAction({ slug: w.slug, claimId: t.id }),
  "actions/review.ts#reviewAction": (w, t) =>
    review.reviewAction({
      slug: w.slug,
      claimId: t.id,
      input: { decision: "approve", ratingId: w.ratings[1].id, confidence: "medium", rationale: "Fine." },
    }),
  "actions/review.ts#publishAction": (w, t) => review.publishAction({ slug: w.slug, claimId: t.id, input: {} }),
  "actions/review.ts#retractAction": (w, t) =>
    review.retractAction({ slug: w.slug, claimId: t.id, input: { why: "Withdrawn." } }),
  "actions/settings.ts#addMemberAction": (w, t) =>
    settings.addMemberAction({ slug: w.slug, email: t.email, role: "reviewer" }),
  "actions/settings.ts#changeRoleAction": (w, t) =>
    settings.changeRoleAction({ slug: w.slug, membershipId: t.id, role: "editor" }),
  "actions/settings.ts#removeMemberAction": (w, t) => settings.removeMemberAction({ slug: w.slug, membershipId: t.id }),
  "actions/settings.ts#updateRatingAction": (w) =>
    settings.updateRatingAction({ slug: w.slug, ratingId: w.ratings[2].id, description: `Reworded ${uid()}` }),
  "actions/settings.ts#updateSettingsAction": (w) => settings.updateSettingsAction({ slug: w.slug }),
  "actions/settings.ts#createTokenAction": (w) =>
    settings.createTokenAction({ slug: w.slug, name: `bot ${uid()}`, scope: "write" }),
  "actions/settings.ts#revokeTokenAction": (w, t) => settings.revokeTokenAction({ slug: w.slug, tokenId: t.id }),
  "actions/claims.ts#createClaimAction": (w) =>
    claims.createClaimAction({ slug: w.slug, input: { text: claimText() } }),
  "actions/claims.ts#similarClaimsAction": (w) =>
    claims.similarClaimsAction({ slug: w.slug, text: "two sets of books" }),
  "actions/claims.ts#suggestionsAction": (w) => claims.suggestionsAction({ slug: w.slug, documentId: w.doc.id }),
  "actions/claims.ts#acceptSuggestionAction": (w) => {
    const s = suggestClaims(w.text, { minScore: 0 })[0];
    return claims.acceptSuggestionAction({
      slug: w.slug,
      documentId: w.doc.id,
      input: { start: s.start, end: s.end, documentVersionId: w.doc.currentVersionId! },
    });
  },
  "actions/claims.ts#dismissSuggestionAction": (w) =>
    claims.dismissSuggestionAction({ slug: w.slug, documentId: w.doc.id, sentence: `A sentence ${uid()}.` }),
  "actions/claims.ts#updateClaimAction": (w, t) =>
    claims.updateClaimAction({ slug: w.slug, claimId: t.id, input: { version: t.version, text: claimText() } }),
  "actions/claims.ts#reattachClaimAction": (w, t) =>
    claims.reattachClaimAction({
      slug: w.slug,
      claimId: t.id,
      input: { version: t.version, start: 0, end: 8, documentVersionId: w.doc.currentVersionId! },
    }),
  "actions/claims.ts#addRelationAction": (w, t) =>
    claims.addRelationAction({ slug: w.slug, input: { fromClaimId: t[0].id, toClaimId: t[1].id, type: "refines" } }),
  "actions/claims.ts#removeRelationAction": (w, t) =>
    claims.removeRelationAction({ slug: w.slug, relationId: t.id, claimId: t.fromClaimId }),
  "actions/claims.ts#searchClaimsAction": (w) => claims.searchClaimsAction({ slug: w.slug, q: "books" }),
  "actions/claims.ts#bulkTagAction": (w, t) =>
    claims.bulkTagAction({ slug: w.slug, input: { claimIds: [t.id], add: ["bulk"], remove: [] } }),
  "actions/claims.ts#bulkAssignAction": (w, t) =>
    claims.bulkAssignAction({ slug: w.slug, input: { claimIds: [t.id], reviewerId: w.checker.user.id } }),
  "actions/claims.ts#bulkSubmitAction": (w, t) =>
    claims.bulkSubmitAction({ slug: w.slug, input: { claimIds: [t.id] } }),
  "actions/claims.ts#assignClaimAction": (w, t) =>
    claims.assignClaimAction({
      slug: w.slug,
      claimId: t.id,
      input: { version: t.version, reviewerId: w.checker.user.id, reviewerDueAt: "2030-01-31" },
    }),
  "actions/notifications.ts#markReadAction": (w) => notifications.markReadAction({ slug: w.slug, ids: ["none"] }),
  "actions/notifications.ts#markAllReadAction": (w) => notifications.markAllReadAction({ slug: w.slug }),
  "actions/notifications.ts#emailPreferenceAction": (w) =>
    notifications.emailPreferenceAction({ slug: w.slug, emailMode: "daily_digest" }),
  "actions/views.ts#createViewAction": (w) =>
    views.createViewAction({ slug: w.slug, name: `View ${uid()}`, filters: { due: "overdue" } }),
  "actions/views.ts#updateViewAction": (w, t) =>
    views.updateViewAction({ slug: w.slug, viewId: t.id, input: { version: t.version, shared: false } }),
  "actions/views.ts#deleteViewAction": (w, t) => views.deleteViewAction({ slug: w.slug, viewId: t.id }),
  "actions/comments.ts#addCommentAction": (w, t) =>
    comments.addCommentAction({ slug: w.slug, claimId: t.id, body: "Is the date right?" }),
  "actions/comments.ts#deleteCommentAction": (w, t) =>
    comments.deleteCommentAction({ slug: w.slug, claimId: t.claimId, commentId: t.id }),
  "actions/comments.ts#editCommentAction": (w, t) =>
    comments.editCommentAction({ slug: w.slug, claimId: t.claimId, commentId: t.id, input: { body: "Second." } }),
  "actions/trash.ts#deleteRecordAction": (w, t) => trash.deleteRecordAction({ slug: w.slug, type: "claim", id: t.id }),
  "actions/trash.ts#restoreRecordAction": (w, t) =>
    trash.restoreRecordAction({ slug: w.slug, type: "claim", id: t.id }),
  "actions/sources.ts#createSourceAction": (w) =>
    sources.createSourceAction({ slug: w.slug, input: { title: `Source ${uid()}`, force: true } }),
  "actions/sources.ts#rateSourceAction": (w, t) =>
    sources.rateSourceAction({
      slug: w.slug,
      sourceId: t.id,
      input: { version: t.version, reliability: 2, rationale: "Partisan." },
    }),
  "actions/sources.ts#requestCaptureAction": (w, t) => sources.requestCaptureAction({ slug: w.slug, sourceId: t.id }),
  "actions/sources.ts#requestLinkCheckAction": (w) => sources.requestLinkCheckAction({ slug: w.slug, scope: "all" }),
  "actions/sources.ts#searchSourcesAction": (w) => sources.searchSourcesAction({ slug: w.slug, q: "senate" }),
  "actions/sources.ts#updateSourceAction": (w, t) =>
    sources.updateSourceAction({ slug: w.slug, sourceId: t.id, version: t.version, page: "12" }),
  "actions/evidence.ts#addEvidenceAction": (w, t) =>
    evidence.addEvidenceAction({ slug: w.slug, claimId: t.claimId, input: t }),
  "actions/evidence.ts#evidenceFromCitationAction": (w, t) =>
    evidence.evidenceFromCitationAction({
      slug: w.slug,
      claimId: t.id,
      sourceId: w.citedSource.id,
      stance: "supports",
    }),
  "actions/evidence.ts#removeEvidenceAction": (w, t) =>
    evidence.removeEvidenceAction({ slug: w.slug, claimId: t.claimId, evidenceId: t.id }),
  "actions/evidence.ts#updateEvidenceAction": (w, t) =>
    evidence.updateEvidenceAction({
      slug: w.slug,
      claimId: t.claimId,
      evidenceId: t.id,
      input: { version: t.version, strength: "strong", note: "Checked page 12." },
    }),
  "actions/evidence.ts#restoreEvidenceAction": (w, t) =>
    evidence.restoreEvidenceAction({ slug: w.slug, claimId: "any", auditEventId: t.id }),
  "actions/documents.ts#importAction": (w) => {
    const form = new FormData();
    for (const [k, v] of Object.entries({
      slug: w.slug,
      title: `Memo ${uid()}`,
      format: "text",
      text: `Memo\n\nEntry ${uid()}.\n`,
    }))
      form.set(k, v);
    return documents.importAction(form);
  },
};
