// Simulated editors for the concurrent-editing test: each works over the HTTP API with its own
// write token, editing with the version it last read (If-Match) and recording, in a shared ledger,
// every write the server accepted and every one it refused.
import http from "node:http";
import type { Db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { addComment } from "@/lib/comments";

export interface ClaimView {
  id: string;
  version: number;
  status: string;
  text: string;
  headline: string;
  tags: string[];
}

export interface Ledger {
  /** Accepted claim writes: the claim as the server returned it. */
  claimWrites: ClaimView[];
  evidence: { id: string; claimId: string }[];
  comments: string[];
  refused: { status: number; what: string }[];
  /** Anything neither accepted nor a 409/412 (a 500, a 422, a dropped connection…). */
  unexpected: string[];
}

export const newLedger = (): Ledger => ({ claimWrites: [], evidence: [], comments: [], refused: [], unexpected: [] });

export interface EditorEnv {
  origin: string;
  slug: string;
  claimIds: string[];
  sourceIds: string[];
  db: Db;
  ledger: Ledger;
}

/** One request on a fresh connection. A reused keep-alive socket that the loaded server closes at
 * the same moment fails with ECONNRESET, and a write's outcome is then unknowable; a fresh one is not. */
export function request(
  method: string,
  url: string,
  body: unknown,
  headers: Record<string, string>,
): Promise<{ status: number; json: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({ status: res.statusCode!, json: JSON.parse(Buffer.concat(chunks).toString() || "{}") }),
      );
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

const pick = <T>(xs: T[]) => xs[Math.floor(Math.random() * xs.length)];
const TAGS = ["drugs", "cia", "contra", "heroin", "policy", "un", "kerry", "webb"];

export async function runEditor(
  env: EditorEnv,
  editor: { n: number; token: string; actor: Actor },
  edits: number,
): Promise<void> {
  const { origin, slug, ledger } = env;
  const base = `${origin}/api/v1/workspaces/${slug}`;
  const auth = { authorization: `Bearer ${editor.token}`, "content-type": "application/json" };
  const views = new Map<string, ClaimView>();

  const call = (method: string, url: string, body?: unknown, headers: Record<string, string> = {}) =>
    request(method, url, body, { ...auth, ...headers });
  const read = async (id: string) => {
    const r = await call("GET", `${base}/claims/${id}`);
    if (r.status !== 200) throw new Error(`GET claim ${id}: ${r.status} ${JSON.stringify(r.json)}`);
    views.set(id, r.json as unknown as ClaimView);
  };
  /** Sorts a write's answer into the ledger; returns whether it was accepted. */
  const settle = (what: string, r: { status: number; json: Record<string, unknown> }) => {
    if (r.status === 200 || r.status === 201) return true;
    if ((r.status === 409 || r.status === 412) && r.json.status === r.status && typeof r.json.detail === "string") {
      ledger.refused.push({ status: r.status, what });
      return false;
    }
    ledger.unexpected.push(`${what}: ${r.status} ${JSON.stringify(r.json).slice(0, 300)}`);
    return false;
  };
  const claimWrite = (id: string, what: string, r: { status: number; json: Record<string, unknown> }) => {
    if (settle(what, r)) {
      const after = r.json as unknown as ClaimView;
      ledger.claimWrites.push(after);
      views.set(id, after);
    } else if (r.status === 412 && r.json.current) views.set(id, r.json.current as ClaimView);
    else views.delete(id); // refused for its state: read again before the next try
  };

  for (let i = 0; i < edits; i++) {
    const id = pick(env.claimIds);
    if (!views.has(id) || Math.random() < 0.1) await read(id);
    const v = views.get(id)!;
    const roll = Math.random();
    if (roll < 0.5) {
      const change = pick([
        { text: `Editor ${editor.n} restates claim, edit ${i}: ${v.text.slice(0, 40)}` },
        { headline: `Headline by editor ${editor.n}, edit ${i}` },
        { tags: [...new Set([pick(TAGS), pick(TAGS)])] },
      ]);
      claimWrite(id, "update", await call("PATCH", `${base}/claims/${id}`, change, { "if-match": `"${v.version}"` }));
    } else if (roll < 0.7) {
      // Ten sources and three stances, so two editors sometimes add the same link (refused as a duplicate).
      const body = {
        claimId: id,
        sourceId: pick(env.sourceIds),
        stance: pick(["supports", "contests", "context"]),
        locator: `p. ${1 + Math.floor(Math.random() * 20)}`,
      };
      const r = await call("POST", `${base}/evidence`, body);
      if (settle("evidence", r)) ledger.evidence.push({ id: r.json.id as string, claimId: id });
    } else if (roll < 0.8) {
      // Comments have no API route; editors post them through lib, on the same database, concurrently.
      const c = await addComment(env.db, editor.actor, slug, id, { body: `Editor ${editor.n} notes ${i}` });
      ledger.comments.push(c.id);
    } else {
      // A transition that is legal for the state this editor last read.
      const action =
        v.status === "draft" || v.status === "changes_requested"
          ? "submit"
          : v.status === "approved"
            ? "publish"
            : v.status === "published"
              ? "retract"
              : null;
      if (!action) {
        claimWrite(
          id,
          "update",
          await call("PATCH", `${base}/claims/${id}`, { tags: [pick(TAGS)] }, { "if-match": `"${v.version}"` }),
        );
        continue;
      }
      const body =
        action === "retract"
          ? { why: `Retracted by editor ${editor.n}` }
          : action === "submit"
            ? { verdict: "Supported", confidence: "medium", rationale: `Proposed by editor ${editor.n}.` }
            : {};
      claimWrite(id, action, await call("POST", `${base}/claims/${id}/${action}`, body));
    }
  }
}
