"use client";
import { useRouter } from "next/navigation";
import { Options } from "@/components/ui/options";

export function WorkspaceSwitcher({
  current,
  workspaces,
}: {
  current: string;
  workspaces: { slug: string; name: string }[];
}) {
  const router = useRouter();
  return (
    <label className="text-sm">
      <span className="sr-only">Workspace</span>
      <select
        value={current}
        onChange={(e) => router.push(`/desk/${e.target.value}/documents`)}
        className="rounded border border-stone-400 px-2 py-1"
      >
        <Options items={workspaces.map((w) => ({ value: w.slug, label: w.name }))} />
      </select>
    </label>
  );
}
