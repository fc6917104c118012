// A select's options, the one way forms and filters list their choices: stored values in their
// words from lib/labels (`LabelSelect`), or records as value and text (`Options`).
import type { ComponentProps } from "react";
import { label, options, type LabelKind } from "@/lib/labels";

export interface OptionItem {
  value: string;
  label: string;
}

export function Options({ items }: { items: readonly OptionItem[] }) {
  return items.map((o) => (
    <option key={o.value} value={o.value}>
      {o.label}
    </option>
  ));
}

/**
 * A select of a kind's values in their words: all of them in the schema's order unless `values`
 * names some; `children` (an empty choice) come first; the other props go to the <select>.
 */
export function LabelSelect({
  kind,
  values,
  children,
  ...select
}: { kind: LabelKind; values?: readonly string[] } & ComponentProps<"select">) {
  return (
    <select {...select}>
      {children}
      <Options items={values ? values.map((v) => ({ value: v, label: label(kind, v) })) : options(kind)} />
    </select>
  );
}
