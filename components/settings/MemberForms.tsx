"use client";
import { useActionState } from "react";
import type { FormState } from "@/app/(desk)/desk/[workspace]/settings/actions";

const ROLES = ["owner", "editor", "reviewer", "contributor"];

function Message({ state }: { state: FormState }) {
  if (state.error)
    return (
      <p role="alert" className="text-sm text-red-800">
        {state.error}
      </p>
    );
  if (state.ok)
    return (
      <p role="status" className="text-sm text-green-800">
        {state.ok}
      </p>
    );
  return null;
}

export function AddMemberForm({ action }: { action: (prev: FormState, form: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="mt-3 flex flex-wrap items-end gap-3" aria-label="Add member">
      <label className="text-sm">
        Email
        <input name="email" type="email" required className="mt-1 block rounded border border-stone-400 px-2 py-1" />
      </label>
      <label className="text-sm">
        Role
        <select name="role" defaultValue="contributor" className="mt-1 block rounded border border-stone-400 px-2 py-1">
          {ROLES.map((r) => (
            <option key={r}>{r}</option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        Name (new account)
        <input name="name" className="mt-1 block rounded border border-stone-400 px-2 py-1" />
      </label>
      <label className="text-sm">
        Password (new account)
        <input name="password" type="password" autoComplete="new-password" className="mt-1 block rounded border border-stone-400 px-2 py-1" />
      </label>
      <button disabled={pending} className="rounded bg-stone-900 px-3 py-1.5 text-white">
        Add member
      </button>
      <div className="basis-full">
        <Message state={state} />
      </div>
    </form>
  );
}

export function MemberRow(props: {
  email: string;
  role: string;
  changeRole: (prev: FormState, form: FormData) => Promise<FormState>;
  remove: (prev: FormState) => Promise<FormState>;
}) {
  const [roleState, roleAction] = useActionState(props.changeRole, {});
  const [removeState, removeAction] = useActionState(props.remove, {});
  return (
    <tr className="border-b border-stone-200">
      <td className="py-2">{props.email}</td>
      <td>
        <form action={roleAction} className="flex gap-2">
          <select name="role" defaultValue={props.role} aria-label={`Role of ${props.email}`} className="rounded border border-stone-400 px-1">
            {ROLES.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
          <button className="rounded border border-stone-400 px-2">Save</button>
        </form>
        <Message state={roleState} />
      </td>
      <td>
        <form action={removeAction}>
          <button className="rounded border border-red-400 px-2 text-red-800">Remove</button>
        </form>
        <Message state={removeState} />
      </td>
    </tr>
  );
}
