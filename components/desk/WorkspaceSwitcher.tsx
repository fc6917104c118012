"use client";
import { useRouter } from "next/navigation";

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
        {workspaces.map((w) => (
          <option key={w.slug} value={w.slug}>
            {w.name}
          </option>
        ))}
      </select>
    </label>
  );
}
