"use client";
import { createTokenAction, revokeTokenAction } from "@/actions/settings";
import { FieldError, FormMessage, kept, useFormAction } from "@/components/ui/form-action";
import { LabelSelect } from "@/components/ui/options";

export function CreateTokenForm({ slug }: { slug: string }) {
  const [state, formAction] = useFormAction(createTokenAction, { slug });
  return (
    <form action={formAction} aria-label="Create API token" className="mt-3 flex flex-wrap items-end gap-2 text-sm">
      <label>
        Name
        <input
          name="name"
          required
          defaultValue={kept(state, "name")}
          className="ml-1 rounded border border-stone-400 px-1"
        />
        <FieldError state={state} name="name" />
      </label>
      <label>
        Scope
        <LabelSelect
          kind="TokenScope"
          name="scope"
          defaultValue={kept(state, "scope", "read")}
          className="ml-1 rounded border border-stone-400"
        />
        <FieldError state={state} name="scope" />
      </label>
      <button className="rounded bg-stone-900 px-3 py-1 text-white">Create token</button>
      <FormMessage state={state} ok={(d) => d.message} className="basis-full" />
      {state?.ok && (
        <code data-testid="token-secret" className="basis-full rounded bg-stone-100 p-2">
          {state.data.secret}
        </code>
      )}
    </form>
  );
}

export function RevokeTokenButton({ slug, tokenId }: { slug: string; tokenId: string }) {
  const [state, formAction] = useFormAction(revokeTokenAction, { slug, tokenId });
  return (
    <form action={formAction}>
      <button className="rounded border border-red-400 px-2 text-red-800">Revoke</button>
      {state && !state.ok && (
        <span role="alert" className="text-red-800">
          {state.error}
        </span>
      )}
    </form>
  );
}
