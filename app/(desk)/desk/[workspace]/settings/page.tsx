import type { Metadata } from "next";
import { label } from "@/lib/labels";
import { can } from "@/lib/auth/permissions";
import { deskMember, type DeskPageProps } from "@/lib/http/desk-page";
import { listMembers, workspaceSettings } from "@/lib/workspaces";
import { WorkflowSettingsForm } from "@/components/settings/WorkflowSettingsForm";
import { AddMemberForm, MemberRow } from "@/components/settings/MemberForms";
import { listApiTokens } from "@/lib/auth/tokens";
import { CreateTokenForm, RevokeTokenButton } from "@/components/settings/TokenForms";
import { listScales } from "@/lib/review";
import { RatingForm } from "@/components/settings/RatingForm";
import { EmailPreferenceForm } from "@/components/settings/EmailPreferenceForm";
import { emailFailures, emailPreference } from "@/lib/notifications";
import { Section } from "@/components/layout/Section";
import { DeskTable } from "@/components/layout/DeskTable";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage({ params }: DeskPageProps) {
  const { workspace } = await params;
  const { actor, db, access } = await deskMember(workspace, "/settings");
  const members = await listMembers(db, actor, workspace);
  const manage = can(access.subject, "member.manage");
  const scale = (await listScales(db, actor, workspace)).find((s) => s.active);
  const tokens = can(access.subject, "token.manage") ? await listApiTokens(db, actor, workspace) : null;
  const settings = await workspaceSettings(db, actor, workspace);
  const email = await emailPreference(db, actor, workspace);
  const failing = can(access.subject, "workspace.manage") ? await emailFailures(db, actor, workspace) : null;
  return (
    <>
      <h1 className="text-2xl font-semibold">Settings</h1>
      {failing && failing.count > 0 && (
        <p role="alert" className="mt-3 rounded bg-amber-50 p-2 text-sm text-amber-900" data-testid="email-failures">
          {failing.count} notification email{failing.count === 1 ? "" : "s"} failing
          {failing.since ? ` since ${failing.since.toISOString().slice(0, 16).replace("T", " ")} UTC` : ""}
          {failing.lastError ? `: ${failing.lastError}` : ""}. Check SMTP_URL and the mail server; retries continue with
          growing waits.
        </p>
      )}
      {email && (
        <Section id="notification-email" title="Notification email" className="mt-6">
          <p className="text-sm text-stone-600">
            How your notifications in this workspace reach you by email. The inbox always has them.
          </p>
          <EmailPreferenceForm slug={workspace} emailMode={email.emailMode} />
        </Section>
      )}
      <Section id="editorial" title="Editorial rules" className="mt-6">
        <WorkflowSettingsForm
          slug={workspace}
          settings={settings}
          canManage={can(access.subject, "workspace.manage")}
        />
      </Section>
      <Section id="members" title="Members" className="mt-6">
        {!manage && <p className="mt-1 text-sm text-stone-600">Only owners manage members.</p>}
        <DeskTable columns={manage ? ["Email", "Role", "Remove"] : ["Email", "Role"]} margin="mt-3">
          {members.map((m) =>
            manage ? (
              <MemberRow key={m.id} email={m.user.email} role={m.role} slug={workspace} membershipId={m.id} />
            ) : (
              <tr key={m.id} className="border-b border-stone-200">
                <td className="py-2">{m.user.email}</td>
                <td>{label("Role", m.role)}</td>
              </tr>
            ),
          )}
        </DeskTable>
        {manage && <AddMemberForm slug={workspace} />}
      </Section>
      {tokens && (
        <Section id="tokens" title="API tokens" className="mt-10">
          <p className="text-sm text-stone-600">
            Bearer tokens for{" "}
            <a href="/developers" className="underline">
              the API
            </a>
            . Only a hash is stored; a token is shown once.
          </p>
          <DeskTable columns={["Name", "Prefix", "Scope", "Last used", "Status", ""]} margin="mt-2" pad="py-1">
            {tokens.map((t) => (
              <tr key={t.id} className="border-b border-stone-200">
                <td className="py-1">{t.name}</td>
                <td>
                  <code>{t.prefix}…</code>
                </td>
                <td>{label("TokenScope", t.scope)}</td>
                <td>{t.lastUsedAt ? t.lastUsedAt.toISOString().slice(0, 16).replace("T", " ") : "never"}</td>
                <td>{t.revokedAt ? "revoked" : "active"}</td>
                <td>{!t.revokedAt && <RevokeTokenButton slug={workspace} tokenId={t.id} />}</td>
              </tr>
            ))}
          </DeskTable>
          <CreateTokenForm slug={workspace} />
        </Section>
      )}
      {scale && (
        <Section id="scale" title={<>Rating scale: {scale.name}</>} className="mt-10">
          {can(access.subject, "workspace.manage") ? (
            scale.ratings.map((r) => (
              <RatingForm
                key={r.id}
                value={r.value}
                label={r.label}
                description={r.description}
                color={r.color}
                slug={workspace}
                ratingId={r.id}
              />
            ))
          ) : (
            <ul className="list-disc pl-5 text-sm">
              {scale.ratings.map((r) => (
                <li key={r.id}>
                  {r.label}: {r.description}
                </li>
              ))}
            </ul>
          )}
        </Section>
      )}
    </>
  );
}
