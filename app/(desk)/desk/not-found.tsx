import Link from "next/link";

// A workspace that does not exist or that the member does not belong to: the desk layout cannot
// render without one, so this page offers the way back to the member's own workspaces.
export default function WorkspaceNotFound() {
  return (
    <main id="main" className="mx-auto max-w-2xl p-8">
      <h1 className="text-2xl font-semibold">Workspace not found</h1>
      <p className="mt-3">This workspace does not exist, or you are not a member of it.</p>
      <p className="mt-3">
        <Link href="/desk">Your workspaces</Link>
      </p>
    </main>
  );
}
