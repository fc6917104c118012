// A select's options, the one way forms and filters list their choices: stored values in their
// words from lib/labels (`LabelOptions`), or records as value and text (`Options`).
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

/** The values of a kind (all of them, in the schema's order, unless `values` names some). */
export function LabelOptions({ kind, values }: { kind: LabelKind; values?: readonly string[] }) {
  return <Options items={values ? values.map((v) => ({ value: v, label: label(kind, v) })) : options(kind)} />;
}
