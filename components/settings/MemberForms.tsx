"use client";
import { addMemberAction, changeRoleAction, removeMemberAction } from "@/actions/settings";
import { FieldError, FormMessage, kept, useFormAction } from "@/components/ui/form-action";
import { ROLES } from "@/lib/auth/permissions";
import { LabelSelect } from "@/components/ui/options";

export function AddMemberForm({ slug }: { slug: string }) {
  const [state, formAction, pending] = useFormAction(addMemberAction, { slug });
  return (
    <form action={formAction} className="mt-3 flex flex-wrap items-end gap-3" aria-label="Add member">
      <label className="text-sm">
        Email
        <input
          name="email"
          type="email"
          required
          defaultValue={kept(state, "email")}
          className="mt-1 block rounded border border-stone-400 px-2 py-1"
        />
        <FieldError state={state} name="email" />
      </label>
      <label className="text-sm">
        Role
        <LabelSelect
          kind="Role"
          values={ROLES}
          name="role"
          defaultValue={kept(state, "role", "contributor")}
          className="mt-1 block rounded border border-stone-400 px-2 py-1"
        />
        <FieldError state={state} name="role" />
      </label>
      <label className="text-sm">
        Name (new account)
        <input
          name="name"
          defaultValue={kept(state, "name")}
          className="mt-1 block rounded border border-stone-400 px-2 py-1"
        />
        <FieldError state={state} name="name" />
      </label>
      <label className="text-sm">
        Password (new account)
        <input
          name="password"
          type="password"
          autoComplete="new-password"
          className="mt-1 block rounded border border-stone-400 px-2 py-1"
        />
        <FieldError state={state} name="password" />
      </label>
      <button disabled={pending} className="rounded bg-stone-900 px-3 py-1.5 text-white">
        Add member
      </button>
      <div className="basis-full">
        <FormMessage state={state} />
      </div>
    </form>
  );
}

export function MemberRow(props: { slug: string; membershipId: string; email: string; role: string }) {
  const ids = { slug: props.slug, membershipId: props.membershipId };
  const [roleState, roleAction] = useFormAction(changeRoleAction, ids);
  const [removeState, removeAction] = useFormAction(removeMemberAction, ids);
  return (
    <tr className="border-b border-stone-200">
      <td className="py-2">{props.email}</td>
      <td>
        <form action={roleAction} className="flex gap-2">
          <LabelSelect
            kind="Role"
            values={ROLES}
            name="role"
            defaultValue={props.role}
            aria-label={`Role of ${props.email}`}
            className="rounded border border-stone-400 px-1"
          />
          <button className="rounded border border-stone-400 px-2">Save</button>
        </form>
        <FormMessage state={roleState} />
      </td>
      <td>
        <form action={removeAction}>
          <button className="rounded border border-red-400 px-2 text-red-800">Remove</button>
        </form>
        <FormMessage state={removeState} />
      </td>
    </tr>
  );
}
