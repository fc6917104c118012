import { redirect } from "next/navigation";

// Each member's desk lands on their own work (issue 18).
export default async function WorkspaceHome({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  redirect(`/desk/${workspace}/my-work`);
}
