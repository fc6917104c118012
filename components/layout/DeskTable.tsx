// The desk's listing table: a ruled header row of column names, then the rows the page renders.
// The first header cell takes the padding (`pad`) the page gives the first cell of each row.
export function DeskTable({
  columns,
  margin = "mt-4",
  pad = "py-2",
  children,
}: {
  columns: React.ReactNode[];
  margin?: "mt-2" | "mt-3" | "mt-4";
  pad?: "py-1" | "py-2";
  children: React.ReactNode;
}) {
  return (
    <table className={`${margin} w-full text-left text-sm`}>
      <thead>
        <tr className="border-b border-stone-300">
          {columns.map((c, i) => (
            <th key={i} className={i === 0 ? pad : undefined}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
