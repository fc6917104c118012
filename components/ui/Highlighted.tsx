/** Renders a search snippet whose matches are wrapped in ⟦ ⟧, escaping everything else. */
export function Highlighted({ snippet }: { snippet: string }) {
  const parts = snippet.split(/(⟦[^⟧]*⟧)/g);
  return (
    <>
      {parts.map((p, i) =>
        p.startsWith("⟦") && p.endsWith("⟧") ? <mark key={i}>{p.slice(1, -1)}</mark> : <span key={i}>{p}</span>,
      )}
    </>
  );
}
