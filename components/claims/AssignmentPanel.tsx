"use client";
// The claim's writer and reviewer with their due dates; editors change them here
// (lib/claims/assign.ts assignClaim: a stale version is refused and the page reloads).
import { useRouter } from "next/navigation";
import { useState } from "react";
import { assignClaimAction } from "@/actions/claims";
import { Options } from "@/components/ui/options";

interface Person {
  id: string;
  name: string;
}

export function AssignmentPanel(props: {
  slug: string;
  claimId: string;
  version: number;
  canAssign: boolean;
  writerId: string | null;
  writerDueAt: string | null;
  reviewerId: string | null;
  reviewerDueAt: string | null;
  writers: Person[];
  reviewers: Person[];
}) {
  const router = useRouter();
  const [msg, setMsg] = useState<{ ok?: string; error?: string; fields?: Record<string, string[]> }>({});
  const today = new Date().toISOString().slice(0, 10);
  const nameOf = (id: string | null) =>
    id ? ([...props.writers, ...props.reviewers].find((p) => p.id === id)?.name ?? "a former member") : "nobody";
  const due = (d: string | null) =>
    d ? (
      <span className={d.slice(0, 10) < today ? "font-semibold text-red-800" : ""} data-testid="due">
        {" "}
        · due {d.slice(0, 10)}
        {d.slice(0, 10) < today ? " (overdue)" : ""}
      </span>
    ) : null;

  async function save(form: FormData) {
    const value = (k: string) => String(form.get(k) ?? "") || null;
    const res = await assignClaimAction({
      slug: props.slug,
      claimId: props.claimId,
      input: {
        version: props.version,
        writerId: value("writerId"),
        writerDueAt: value("writerDueAt"),
        reviewerId: value("reviewerId"),
        reviewerDueAt: value("reviewerDueAt"),
      },
    });
    if (res.ok) {
      setMsg({ ok: "Assignment saved." });
      router.refresh();
    } else setMsg({ error: res.error, fields: res.fieldErrors });
  }

  return (
    <section aria-label="Assignment" className="mt-6 rounded border border-stone-300 bg-white p-3 text-sm">
      <h2 className="font-semibold">Assignment</h2>
      <p data-testid="assignment-writer">
        Writer: {nameOf(props.writerId)}
        {due(props.writerDueAt)}
      </p>
      <p data-testid="assignment-reviewer">
        Reviewer: {nameOf(props.reviewerId)}
        {due(props.reviewerDueAt)}
      </p>
      {props.canAssign && (
        <form action={save} className="mt-2 grid grid-cols-[auto_1fr] items-center gap-x-2 gap-y-1">
          <PersonAndDue
            role="writer"
            label="Writer"
            people={props.writers}
            personId={props.writerId}
            dueAt={props.writerDueAt}
          />
          <PersonAndDue
            role="reviewer"
            label="Reviewer"
            people={props.reviewers}
            personId={props.reviewerId}
            dueAt={props.reviewerDueAt}
          />
          <span />
          <button className="justify-self-start rounded border border-stone-500 px-2 py-1">Save assignment</button>
        </form>
      )}
      {msg.ok && (
        <p role="status" className="text-green-800">
          {msg.ok}
        </p>
      )}
      {msg.error && (
        <p role="alert" className="text-red-800">
          {msg.error}
          {msg.fields &&
            Object.entries(msg.fields).map(([k, v]) => (
              <span key={k} className="block text-xs">
                {k}: {v.join("; ")}
              </span>
            ))}
        </p>
      )}
    </section>
  );
}

/** One role's fields of the assignment form: who (or nobody) and by when. */
function PersonAndDue(p: {
  role: "writer" | "reviewer";
  label: string;
  people: Person[];
  personId: string | null;
  dueAt: string | null;
}) {
  return (
    <>
      <label htmlFor={`assign-${p.role}`}>{p.label}</label>
      <select
        id={`assign-${p.role}`}
        name={`${p.role}Id`}
        defaultValue={p.personId ?? ""}
        className="rounded border border-stone-400"
      >
        <option value="">nobody</option>
        <Options items={p.people.map((x) => ({ value: x.id, label: x.name }))} />
      </select>
      <label htmlFor={`assign-${p.role}-due`}>{p.label} due</label>
      <input
        id={`assign-${p.role}-due`}
        type="date"
        name={`${p.role}DueAt`}
        defaultValue={p.dueAt?.slice(0, 10) ?? ""}
        className="rounded border border-stone-400"
      />
    </>
  );
}
