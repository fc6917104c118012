// The body of a workspace's not-found and error pages (desk and public): a titled notice inside
// the area's layout, so its navigation stays; errors are announced (role="alert").
export function PageNotice({
  id,
  title,
  alert = false,
  children,
}: {
  id: string;
  title: string;
  alert?: boolean;
  children: React.ReactNode;
}) {
  return (
    <section role={alert ? "alert" : undefined} aria-labelledby={id} className="max-w-2xl">
      <h1 id={id} className="text-2xl font-semibold">
        {title}
      </h1>
      {children}
    </section>
  );
}
