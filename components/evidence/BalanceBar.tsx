/** Supporting vs contesting weight as a labelled bar; the numbers are in the text, not only in colour. */
export function BalanceBar({
  supporting,
  contesting,
  label,
  balance,
}: {
  supporting: number;
  contesting: number;
  label: string;
  balance: number | null;
}) {
  const total = supporting + contesting;
  const pct = total ? Math.round((supporting / total) * 100) : 50;
  return (
    <figure className="text-sm" data-testid="balance">
      <div className="flex h-3 w-full overflow-hidden rounded bg-stone-200" aria-hidden="true">
        {total > 0 && <div className="bg-green-700" style={{ width: `${pct}%` }} />}
        {total > 0 && <div className="bg-red-700" style={{ width: `${100 - pct}%` }} />}
      </div>
      <figcaption className="mt-1">
        <strong>{label}</strong>
        {balance !== null && ` (balance ${balance > 0 ? "+" : ""}${balance.toFixed(2)})`} · supporting weight{" "}
        {supporting} · contesting weight {contesting}
      </figcaption>
    </figure>
  );
}
