// Shared by the create and edit forms: the claimant picker's options, and turning a typed
// name into a reference to an existing claimant (by name, case-insensitive) or a new one.
export interface ClaimantOption {
  id: string;
  name: string;
}

export function claimantRef(name: string, options: ClaimantOption[], kind: "person" | "organization" = "person") {
  const typed = name.trim();
  if (!typed) return null;
  const known = options.find((c) => c.name.toLowerCase() === typed.toLowerCase());
  return known ? { id: known.id } : { name: typed, kind };
}

export function ClaimantOptions({ id, options }: { id: string; options: ClaimantOption[] }) {
  return (
    <datalist id={id}>
      {options.map((c) => (
        <option key={c.id} value={c.name} />
      ))}
    </datalist>
  );
}
