"use client";
// The member's own choice of notification email: immediately, a daily digest, or none.
import { emailPreferenceAction } from "@/actions/notifications";
import { FieldError, FormMessage, useFormAction } from "@/components/ui/form-action";

const CHOICES = [
  { value: "immediately", label: "Immediately" },
  { value: "daily_digest", label: "Daily digest" },
  { value: "off", label: "Off (inbox only)" },
];

export function EmailPreferenceForm({ slug, emailMode }: { slug: string; emailMode: string }) {
  const [state, action, pending] = useFormAction(emailPreferenceAction, { slug });
  const current = state?.ok ? state.data.emailMode : emailMode;
  return (
    <form action={action} className="mt-2 text-sm">
      <fieldset className="flex flex-wrap gap-4">
        <legend className="sr-only">Notification email</legend>
        {CHOICES.map((c) => (
          <label key={c.value} className="flex items-center gap-1">
            <input type="radio" name="emailMode" value={c.value} defaultChecked={current === c.value} />
            {c.label}
          </label>
        ))}
      </fieldset>
      <FieldError state={state} name="emailMode" />
      <button disabled={pending} className="mt-2 rounded border border-stone-500 px-2 py-1">
        Save email preference
      </button>
      <FormMessage state={state} ok={(d) => `Email: ${d.emailMode.replace("_", " ")}.`} />
    </form>
  );
}
