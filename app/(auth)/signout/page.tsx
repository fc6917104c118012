import type { Metadata } from "next";
import { SignOutButton } from "@/components/auth/SignOutButton";

export const metadata: Metadata = { title: "Sign out" };

export default function SignOutPage() {
  return (
    <main className="mx-auto max-w-md p-8">
      <h1 className="text-2xl font-semibold">Sign out</h1>
      <p className="mt-2">Sign out of Corroborate on this browser?</p>
      <SignOutButton className="mt-4 rounded bg-stone-900 px-4 py-2 text-white" />
    </main>
  );
}
