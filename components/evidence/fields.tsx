// The fields the evidence panel's add form and a link's edit form share.
import type { ComponentProps } from "react";
import { STANCES, STRENGTHS } from "@/lib/evidence/values";
import { LabelSelect } from "@/components/ui/options";

/** The stance and strength selects of the add and edit forms; `control` binds each to its value. */
export function StanceStrength({
  className,
  control,
}: {
  className: string;
  control: (k: "stance" | "strength") => ComponentProps<"select">;
}) {
  return (
    <>
      <label>
        Stance
        <LabelSelect kind="Stance" values={STANCES} {...control("stance")} className={className} />
      </label>
      <label>
        Strength
        <LabelSelect kind="Strength" values={STRENGTHS} {...control("strength")} className={className} />
      </label>
    </>
  );
}

/** What an excerpt is, as the add and edit forms ask it. */
export const EXCERPT_KINDS = [
  { value: "quote", label: "a quotation (verbatim)" },
  { value: "summary", label: "a summary" },
];
