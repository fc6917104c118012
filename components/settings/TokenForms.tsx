"use client";
import { useActionState } from "react";
import type { FormState } from "@/app/(desk)/desk/[workspace]/settings/actions";

export function CreateTokenForm({ action }: { action: (prev: FormState & { secret?: string }, form: FormData) => Promise<FormState & { secret?: string }> }) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} aria-label="Create API token" className="mt-3 flex flex-wrap items-end gap-2 text-sm">
      <label>Name<input name="name" required className="ml-1 rounded border border-stone-400 px-1" /></label>
      <label>Scope<select name="scope" className="ml-1 rounded border border-stone-400"><option>read</option><option>write</option></select></label>
      <button className="rounded bg-stone-900 px-3 py-1 text-white">Create token</button>
      {state.ok && <p role="status" className="basis-full text-green-800">{state.ok}</p>}
      {state.secret && <code data-testid="token-secret" className="basis-full rounded bg-stone-100 p-2">{state.secret}</code>}
      {state.error && <p role="alert" className="basis-full text-red-800">{state.error}</p>}
    </form>
  );
}

export function RevokeTokenButton({ action }: { action: (prev: FormState) => Promise<FormState> }) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction}>
      <button className="rounded border border-red-400 px-2 text-red-800">Revoke</button>
      {state.error && <span role="alert" className="text-red-800">{state.error}</span>}
    </form>
  );
}
