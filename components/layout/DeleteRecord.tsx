import { DeleteButton } from "@/components/trash/DeleteButton";

type ListedType = "document" | "source" | "claimant";

/** A desk record page's "Delete <type>" button under its title; once the record is in the trash
 * the page leaves for the area's list (`/desk/<slug>/<type>s`), its own address being gone. */
export function DeleteRecord({
  slug,
  type,
  id,
  version,
  label,
}: {
  slug: string;
  type: ListedType;
  id: string;
  version?: number;
  label: string;
}) {
  return (
    <p className="mt-1">
      <DeleteButton
        slug={slug}
        type={type}
        id={id}
        version={version}
        label={label}
        leaveTo={`/desk/${slug}/${type}s`}
        text={`Delete ${type}`}
      />
    </p>
  );
}
