import { WorkspaceLink } from "@/components/desk/WorkspaceLink";
import { PageNotice } from "@/components/layout/PageNotice";

// Inside the desk layout, so the navigation stays: a record that is gone or not yours.
export default function DeskNotFound() {
  return (
    <PageNotice id="nf-heading" title="Not found">
      <p className="mt-3">
        This record does not exist in this workspace, or you may not see it. Use the navigation above, or go back to the
        claims list.
      </p>
      <p className="mt-3">
        <WorkspaceLink section="claims">Claims</WorkspaceLink>
      </p>
    </PageNotice>
  );
}
