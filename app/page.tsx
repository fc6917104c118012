import Link from "next/link";
import { currentActor } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

export default async function Home() {
  const actor = await currentActor();
  return (
    <main className="mx-auto max-w-2xl p-8">
      <h1 className="text-3xl font-semibold">Corroborate</h1>
      <p className="mt-3 text-stone-700">
        Break documents into claims anchored to their exact words, link each claim to the sources that support or
        contest it, review it with a second pair of eyes, and publish a credibility view anyone can check.
      </p>
      <p className="mt-6 flex gap-4">
        {actor.kind === "user" ? <Link href="/desk">Open the desk</Link> : <Link href="/signin">Sign in</Link>}
        <Link href="/w/demo">Browse the demo desk&rsquo;s published verdicts</Link>
      </p>
    </main>
  );
}
