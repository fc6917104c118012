"use client";
import { updateClaimantAction } from "@/actions/claims";
import { EditDetails, TextField, type RecordEditProps } from "@/components/ui/EditDetails";
import { FieldError, kept } from "@/components/ui/form-action";
import { LabelSelect } from "@/components/ui/options";

interface Fields {
  name: string;
  kind: string;
  description: string | null;
  aliases: string[];
  wikidataId: string | null;
}

/** Edit a claimant; the version it was read at travels with the edit, so a stale save is refused. */
export function ClaimantEditForm({ slug, id, version, fields }: RecordEditProps<Fields>) {
  return (
    <EditDetails
      summary="Edit claimant"
      label="Edit claimant"
      button="Save claimant"
      action={updateClaimantAction}
      extra={{ slug, claimantId: id, version }}
      className="mt-4"
    >
      {(state) => (
        <>
          <TextField state={state} name="name" label="Name" initial={fields.name} />
          <label className="block">
            Kind
            <LabelSelect
              kind="ClaimantKind"
              name="kind"
              defaultValue={kept(state, "kind", fields.kind)}
              className="mt-1 block w-full rounded border border-stone-400 p-1"
            />
            <FieldError state={state} name="kind" />
          </label>
          <TextField state={state} name="aliases" label="Also known as (;)" initial={fields.aliases.join("; ")} />
          <TextField state={state} name="wikidataId" label="Wikidata item (Q…)" initial={fields.wikidataId} />
          <TextField state={state} name="description" label="Description" initial={fields.description} area={{}} />
        </>
      )}
    </EditDetails>
  );
}
