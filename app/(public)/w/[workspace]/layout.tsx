import { PublicFooter, PublicHeader } from "@/components/public/PublicHeader";
import { requireWorkspace } from "./_lib/data";

export const dynamic = "force-dynamic";

export default async function PublicLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ workspace: string }>;
}) {
  const ws = await requireWorkspace((await params).workspace);
  return (
    <>
      <PublicHeader slug={ws.slug} name={ws.name} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
      <PublicFooter slug={ws.slug} licence={ws.licence} />
    </>
  );
}
