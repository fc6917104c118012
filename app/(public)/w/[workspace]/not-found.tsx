export default function PublicNotFound() {
  return (
    <section aria-labelledby="nf-heading" className="max-w-2xl">
      <h1 id="nf-heading" className="text-2xl font-semibold">
        Not found
      </h1>
      <p className="mt-3">
        This page does not exist or is not published. Use the search or go back to the latest verdicts.
      </p>
    </section>
  );
}
