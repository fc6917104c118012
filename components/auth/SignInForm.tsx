"use client";
import { signIn } from "next-auth/react";
import { label } from "@/lib/labels";
import { useRef, useState } from "react";
import { Outcome } from "@/components/ui/form-action";

const GENERIC = "Wrong email or password.";

function describe(error: string | undefined | null): string | null {
  if (!error) return null;
  if (error === "CredentialsSignin") return GENERIC;
  if (error.startsWith("Too many")) return error;
  if (error === "SessionRequired") return "Please sign in to continue.";
  return "Sign-in failed. Please try again.";
}

export interface DemoAccounts {
  password: string;
  users: { role: string; email: string }[];
}

export function SignInForm({
  callbackUrl,
  initialError,
  demo,
}: {
  callbackUrl: string;
  initialError?: string;
  /** The demo accounts, when the demo runs: choosing one fills the form. */
  demo?: DemoAccounts;
}) {
  const [error, setError] = useState<string | null>(describe(initialError));
  const [pending, setPending] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);

  function chooseAccount(email: string) {
    emailRef.current!.value = email;
    passwordRef.current!.value = demo!.password;
    setError(null);
    // The next step is signing in: Enter or Space on the focused button.
    submitRef.current?.focus();
  }

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    if (!email || !password) return setError("Enter your email and password.");
    setPending(true);
    setError(null);
    const res = await signIn("credentials", { email, password, redirect: false, callbackUrl });
    setPending(false);
    if (!res || res.error) return setError(describe(res?.error ?? "CredentialsSignin"));
    window.location.assign(
      res.url && new URL(res.url, window.location.href).origin === window.location.origin ? res.url : callbackUrl,
    );
  }

  return (
    <>
      <form onSubmit={onSubmit} className="mt-6 space-y-4" noValidate>
        <div>
          <label htmlFor="email" className="block text-sm font-medium">
            Email
          </label>
          <input
            ref={emailRef}
            id="email"
            name="email"
            type="email"
            autoComplete="username"
            required
            className="mt-1 w-full rounded border border-stone-400 px-3 py-2"
          />
        </div>
        <div>
          <label htmlFor="password" className="block text-sm font-medium">
            Password
          </label>
          <input
            ref={passwordRef}
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            className="mt-1 w-full rounded border border-stone-400 px-3 py-2"
          />
        </div>
        <Outcome msg={{ error }} className="rounded bg-red-50 p-2 text-sm" />
        <button
          ref={submitRef}
          type="submit"
          disabled={pending}
          className="rounded bg-stone-900 px-4 py-2 text-white disabled:opacity-60"
        >
          {pending ? "Signing in…" : "Sign in"}
        </button>
      </form>
      {demo && (
        <section
          className="mt-8 rounded border border-amber-300 bg-amber-50 p-4 text-sm"
          aria-labelledby="demo-accounts"
        >
          <h2 id="demo-accounts" className="font-semibold">
            Demo accounts
          </h2>
          <p className="mt-1">
            Password for all: <code>{demo.password}</code>. Choose an account to fill in the form.
          </p>
          <ul className="mt-2 space-y-1">
            {demo.users.map((u) => (
              <li key={u.email}>
                <button
                  type="button"
                  onClick={() => chooseAccount(u.email)}
                  className="rounded border border-amber-400 bg-white px-2 py-0.5 text-left hover:bg-amber-100"
                >
                  {label("Role", u.role)}: <code>{u.email}</code>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
