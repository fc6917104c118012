import type { EvidenceBalance } from "@/lib/evidence/balance";
import { plural } from "./format";

const signed = (x: number) => (x > 0 ? "+" : x < 0 ? "−" : "") + Math.abs(x).toFixed(2);

/** The evidence balance as two labelled bars; every number is also in the text. */
export function BalanceChart({ balance }: { balance: EvidenceBalance }) {
  const { supporting, contesting, counts } = balance;
  const max = Math.max(supporting, contesting, 0.001);
  const rows = [
    { label: "Supporting", weight: supporting, n: counts.supports, cls: "bg-green-700" },
    {
      label: "Contesting",
      weight: contesting,
      n: counts.contests,
      cls: "bg-red-700 bg-[repeating-linear-gradient(45deg,transparent_0_4px,rgba(255,255,255,.35)_4px_8px)]",
    },
  ];
  return (
    <figure className="rounded border border-stone-300 bg-white p-4 text-sm" data-testid="balance">
      <figcaption className="font-semibold">
        Evidence balance: {balance.label}
        {balance.balance !== null && (
          <span className="font-normal"> ({signed(balance.balance)} on a scale from −1 to +1)</span>
        )}
      </figcaption>
      <dl className="mt-3 grid grid-cols-[6rem_1fr_auto] items-center gap-x-3 gap-y-2">
        {rows.map((r) => (
          <div key={r.label} className="contents">
            <dt>{r.label}</dt>
            <dd aria-hidden="true" className="h-4 rounded-sm bg-stone-100">
              <span className={`block h-4 rounded-sm ${r.cls}`} style={{ width: `${(r.weight / max) * 100}%` }} />
            </dd>
            <dd className="tabular-nums">
              weight {r.weight} · {plural(r.n, "item")}
            </dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-stone-700">
        {counts.context > 0 && `${plural(counts.context, "item")} of context (not weighed). `}
        {balance.primaryShare !== null && `${Math.round(balance.primaryShare * 100)}% of the sources are primary.`}{" "}
        Weight = strength × source reliability; see the methodology.
      </p>
    </figure>
  );
}
