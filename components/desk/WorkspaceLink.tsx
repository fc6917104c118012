"use client";
import Link from "next/link";
import { useParams } from "next/navigation";

/** A link to a section of the current workspace, for pages that receive no params (not-found):
 * a relative href would resolve against however deep the missing address was. */
export function WorkspaceLink({ section, children }: { section: string; children: React.ReactNode }) {
  const { workspace } = useParams<{ workspace: string }>();
  return <Link href={`/desk/${encodeURIComponent(workspace)}/${section}`}>{children}</Link>;
}
