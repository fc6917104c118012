import { WorkspaceLink } from "@/components/desk/WorkspaceLink";

// Inside the desk layout, so the navigation stays: a record that is gone or not yours.
export default function DeskNotFound() {
  return (
    <section aria-labelledby="nf-heading" className="max-w-2xl">
      <h1 id="nf-heading" className="text-2xl font-semibold">
        Not found
      </h1>
      <p className="mt-3">
        This record does not exist in this workspace, or you may not see it. Use the navigation above, or go back to the
        claims list.
      </p>
      <p className="mt-3">
        <WorkspaceLink section="claims">Claims</WorkspaceLink>
      </p>
    </section>
  );
}
