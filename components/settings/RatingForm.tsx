"use client";
import { useActionState } from "react";
import type { FormState } from "@/app/(desk)/desk/[workspace]/settings/actions";

export function RatingForm(p: { value: number | null; label: string; description: string; color: string; action: (prev: FormState, form: FormData) => Promise<FormState> }) {
  const [state, action] = useActionState(p.action, {});
  return (
    <form action={action} aria-label={`Rating ${p.label}`} className="flex flex-wrap items-end gap-2 border-b border-stone-200 py-2 text-sm">
      <span className="w-8 text-center font-mono">{p.value ?? "–"}</span>
      <label>Label<input name="label" defaultValue={p.label} className="ml-1 rounded border border-stone-400 px-1" /></label>
      <label className="flex-1">Description<input name="description" defaultValue={p.description} className="ml-1 w-full rounded border border-stone-400 px-1" /></label>
      <label>Colour<input name="color" type="color" defaultValue={p.color} className="ml-1 align-middle" /></label>
      <button className="rounded border border-stone-500 px-2">Save</button>
      {state.ok && <span role="status" className="text-green-800">{state.ok}</span>}
      {state.error && <span role="alert" className="text-red-800">{state.error}</span>}
    </form>
  );
}
