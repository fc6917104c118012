"use client";
// Who publishes, and whether dissents are public: the workspace's editorial rules.
import { updateSettingsAction } from "@/actions/settings";
import { FormMessage, useFormAction } from "@/components/ui/form-action";

interface Props {
  slug: string;
  settings: { publishDissent: boolean; reviewersMayPublish: boolean };
  canManage: boolean;
}

export function WorkflowSettingsForm({ slug, settings, canManage }: Props) {
  const [state, formAction, pending] = useFormAction(updateSettingsAction, { slug });
  return (
    <form action={formAction} aria-label="Editorial rules" className="mt-3 space-y-2 text-sm">
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          name="reviewersMayPublish"
          defaultChecked={settings.reviewersMayPublish}
          disabled={!canManage}
        />
        Reviewers may publish claims they approved themselves (editors and owners always may)
      </label>
      <label className="flex items-center gap-2">
        <input type="checkbox" name="publishDissent" defaultChecked={settings.publishDissent} disabled={!canManage} />
        Publish reviewers’ dissents on the public claim page
      </label>
      {canManage ? (
        <button disabled={pending} className="rounded bg-stone-900 px-3 py-1 text-white disabled:opacity-50">
          Save editorial rules
        </button>
      ) : (
        <p className="text-stone-600">Only owners change the editorial rules.</p>
      )}
      <FormMessage state={state} className="" />
    </form>
  );
}
