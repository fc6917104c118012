"use client";
// "Deleted … Undo" right after a delete (DeleteButton puts it in the URL); Undo restores the
// record and returns to it.
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { TRASH_TYPES, type TrashType } from "@/lib/trash/schemas";
import { recordHref } from "./undo";
import { useRestore } from "./RestoreButton";
import { Outcome } from "@/components/ui/form-action";

export function UndoBanner({ slug }: { slug: string }) {
  const params = useSearchParams();
  const here = usePathname();
  const router = useRouter();
  const [kind, id] = (params.get("undo") ?? "").split(":");
  const type = kind as TrashType;
  const { error, restore } = useRestore(slug, type, id, () => router.push(recordHref(slug, type, id) ?? here));
  if (!id || !TRASH_TYPES.includes(type)) return null;
  const label = params.get("undoLabel") ?? type;
  return (
    <div
      role="status"
      className="mx-auto mt-4 flex max-w-6xl items-center gap-3 rounded bg-stone-800 px-4 py-2 text-white"
    >
      <span>
        Moved the {type} “{label}” to the trash.
      </span>
      <button type="button" className="rounded bg-white px-3 py-1 text-sm font-medium text-stone-900" onClick={restore}>
        Undo
      </button>
      <a href={`/desk/${slug}/trash`} className="text-sm text-stone-200 underline">
        Trash
      </a>
      <Outcome msg={{ error }} as="span" className="text-sm" errorClassName="text-red-200" />
    </div>
  );
}
