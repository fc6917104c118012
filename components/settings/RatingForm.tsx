"use client";
import { updateRatingAction } from "@/actions/settings";
import { FieldError, FormMessage, kept, useFormAction } from "@/components/ui/form-action";

export function RatingForm(p: {
  slug: string;
  ratingId: string;
  value: number | null;
  label: string;
  description: string;
  color: string;
}) {
  const [state, action] = useFormAction(updateRatingAction, { slug: p.slug, ratingId: p.ratingId });
  return (
    <form
      action={action}
      aria-label={`Rating ${p.label}`}
      className="flex flex-wrap items-end gap-2 border-b border-stone-200 py-2 text-sm"
    >
      <span className="w-8 text-center font-mono">{p.value ?? "–"}</span>
      <label>
        Label
        <input
          name="label"
          defaultValue={kept(state, "label", p.label)}
          className="ml-1 rounded border border-stone-400 px-1"
        />
        <FieldError state={state} name="label" />
      </label>
      <label className="flex-1">
        Description
        <input
          name="description"
          defaultValue={kept(state, "description", p.description)}
          className="ml-1 w-full rounded border border-stone-400 px-1"
        />
        <FieldError state={state} name="description" />
      </label>
      <label>
        Colour
        <input name="color" type="color" defaultValue={kept(state, "color", p.color)} className="ml-1 align-middle" />
        <FieldError state={state} name="color" />
      </label>
      <button className="rounded border border-stone-500 px-2">Save</button>
      <FormMessage state={state} className="" />
    </form>
  );
}
