import type { Metadata } from "next";
import { headers } from "next/headers";
import { SignInForm } from "@/components/auth/SignInForm";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/demo/accounts";
import { safeCallbackUrl } from "@/lib/auth/redirect";
import { publicOrigin } from "@/lib/platform/origin";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { callbackUrl, error } = await searchParams;
  // Only same-origin targets: a sign-in link must not become an open redirect.
  const origin = publicOrigin(await headers());
  // Demo passwords are shown only when the one-line start runs the embedded demo (DEMO=1).
  const demo = process.env.DEMO === "1";
  return (
    <main className="mx-auto max-w-md p-8">
      <h1 className="text-2xl font-semibold">Sign in to Corroborate</h1>
      <SignInForm
        callbackUrl={safeCallbackUrl(callbackUrl, origin)}
        initialError={error}
        demo={
          demo ? { password: DEMO_PASSWORD, users: DEMO_USERS.map(({ role, email }) => ({ role, email })) } : undefined
        }
      />
    </main>
  );
}
