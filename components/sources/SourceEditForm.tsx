"use client";
import { updateSourceAction } from "@/actions/sources";
import { EditDetails, TextField, type RecordEditProps } from "@/components/ui/EditDetails";
import { FieldError, kept } from "@/components/ui/form-action";
import type { CitedSource } from "@/components/ui/SourceCitation";
import { SourceTypeSelect } from "./SourceForm";

interface Fields extends CitedSource {
  doi: string | null;
  isbn: string | null;
  type: string;
  isPrimary: boolean | null;
  notes: string | null;
}

const TEXT: [keyof Fields, string][] = [
  ["title", "Title"],
  ["authors", "Authors (;)"],
  ["publisher", "Publisher"],
  ["date", "Date"],
  ["url", "URL"],
  ["archiveUrl", "Archive URL"],
  ["chapter", "Chapter"],
  ["page", "Page"],
  ["doi", "DOI"],
  ["isbn", "ISBN"],
];

/** Edit a source; the version it was read at travels with the edit, so a stale save is refused. */
export function SourceEditForm({ slug, id, version, fields, types }: RecordEditProps<Fields> & { types: string[] }) {
  const initial = (k: keyof Fields) => (k === "authors" ? fields.authors.join("; ") : (fields[k] as string | null));
  return (
    <EditDetails
      summary="Edit source"
      label="Edit source"
      button="Save"
      action={updateSourceAction}
      extra={{ slug, sourceId: id, version }}
      className="mt-4"
    >
      {(state) => (
        <>
          {TEXT.map(([k, label]) => (
            <TextField key={k} state={state} name={k} label={label} initial={initial(k)} />
          ))}
          <label>
            Type
            <SourceTypeSelect types={types} defaultValue={kept(state, "type", fields.type)} />
            <FieldError state={state} name="type" />
          </label>
          <label>
            <input
              type="checkbox"
              name="isPrimary"
              defaultChecked={state && !state.ok && state.values ? state.values.isPrimary === "on" : !!fields.isPrimary}
            />{" "}
            primary source
          </label>
          <TextField
            state={state}
            name="notes"
            label="Internal notes (never public)"
            initial={fields.notes}
            area={{ rows: 2 }}
          />
        </>
      )}
    </EditDetails>
  );
}
