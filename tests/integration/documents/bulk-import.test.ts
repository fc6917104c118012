// Bulk import: the CLI as a real child process on a folder of good and bad files, and the desk's
// multi-file path through the same lib function.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/lib/db";
import { describeResult, importFiles } from "@/lib/documents/bulk";
import { createTestDatabase, DB_TARGETS, type TestDatabase } from "../../support/db";
import { makeUser, makeWorkspace } from "../../support/factories";

const root = path.resolve(import.meta.dirname, "../../..");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "corroborate-bulk-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function cli(args: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, [path.join(root, "bin/corroborate.mjs"), ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 180_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const GOOD: Record<string, string> = {
  "notes.md": "# Harbour report\n\nThe harbour opened in 1901.[^1]\n\n[^1]: Port Authority, *Annual report*, 1902.\n",
  "article.wikitext":
    "{{DISPLAYTITLE:The Bridge}}\n{{Use British English|date=May 2020}}\nThe bridge opened in 1890.<ref>{{cite web |title=Bridge history |url=https://example.org/bridge}}</ref>\n\n== History ==\nMore text.\n",
  "essay.txt":
    "Rivers and Towns\n\nBy Ada Field\n\nTowns grew along rivers.[1]\n\nNotes:\n[1] A. Field, Rivers (2001).\n",
  "sub/untitled_memo.txt": "plain memo text, opening with a sentence that is no title.\nsecond line.\n",
};
const BAD: Record<string, Uint8Array<ArrayBuffer>> = {
  "binary.txt": new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff, 0xfe]),
  "empty.md": new Uint8Array(),
};

function writeFolder(dir: string) {
  for (const [name, text] of Object.entries(GOOD)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  for (const [name, bytes] of Object.entries(BAD)) fs.writeFileSync(path.join(dir, name), bytes);
  fs.writeFileSync(path.join(dir, "picture.png"), new Uint8Array([0x89, 0x50])); // not a document: skipped in a folder
}

describe("corroborate import <file|folder…>", { timeout: 480_000 }, () => {
  it("imports a folder and a file, reports the bad files, and exits non-zero", async () => {
    const dir = path.join(tmp, "in");
    writeFolder(dir);
    const extra = path.join(tmp, "single.md");
    fs.writeFileSync(extra, "Just text, no heading.\n");
    const url = `pglite:${path.join(tmp, "db")}`;
    const env = { DATABASE_URL: url };
    expect(cli(["workspace", "add", "--slug", "desk", "--name", "Desk"], env).code).toBe(0);
    const r = cli(["import", dir, extra, path.join(tmp, "missing.md"), "--workspace", "desk"], env);
    expect(r.code, r.stderr).toBe(1);
    const out = r.stdout.trim().split("\n");
    // One line per good file, then the tally.
    expect(out.filter((l) => l.startsWith("imported: "))).toHaveLength(5);
    expect(r.stdout).toContain(`imported: ${path.join(dir, "notes.md")} → "Harbour report"`);
    expect(r.stdout).toContain(`imported: ${path.join(dir, "article.wikitext")} → "The Bridge"`);
    expect(r.stdout).toContain(`imported: ${path.join(dir, "essay.txt")} → "Rivers and Towns"`);
    expect(r.stdout).toContain(`→ "untitled memo"`); // no title in the text: the file name
    expect(r.stdout).toContain(`→ "single"`);
    expect(out.at(-1)).toBe("5 of 8 files imported, 3 failed");
    // The bad files, each on its own line with the reason.
    expect(r.stderr).toMatch(new RegExp(`failed: ${path.join(dir, "binary.txt")}: .*(UTF-8|NUL)`));
    expect(r.stderr).toMatch(new RegExp(`failed: ${path.join(dir, "empty.md")}: .+`));
    expect(r.stderr).toMatch(/failed: .*missing\.md: no such file/);
    expect(r.stderr).not.toContain("picture.png");
    // A progress line per file.
    expect(r.stderr).toMatch(/\[1\/7\] importing /);
    expect(r.stderr).toMatch(/\[7\/7\] done/);

    const again = cli(["import", path.join(dir, "notes.md"), "--workspace", "desk", "--title-from", "filename"], env);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain(`→ "notes"`);

    const db = await openDatabase(url);
    try {
      const docs = await db.prisma.document.findMany({
        orderBy: { title: "asc" },
        select: { title: true, language: true, author: true },
      });
      expect(docs.map((d) => d.title)).toEqual(
        ["Harbour report", "notes", "Rivers and Towns", "single", "The Bridge", "untitled memo"].sort((a, b) =>
          a < b ? -1 : 1,
        ),
      );
      expect(docs.find((d) => d.title === "The Bridge")?.language).toBe("en");
      expect(docs.find((d) => d.title === "Rivers and Towns")?.author).toBe("Ada Field");
    } finally {
      await db.close();
    }
  });

  it("refuses bad options with usage", () => {
    const r = cli(["import", tmp, "--workspace", "desk", "--title-from", "heading"], { DATABASE_URL: "pglite:memory" });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--title-from takes document or filename/);
  });
});

describe.each(DB_TARGETS)("importFiles (the desk's multi-file import) on $name", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(target);
  });
  afterAll(async () => t?.drop());

  it("imports each file in its own transaction: the bad ones are listed, the good ones stored", async () => {
    const ws = await makeWorkspace(t.prisma);
    const { actor } = await makeUser(t.prisma, { workspaceId: ws.id, role: "editor" });
    const enc = new TextEncoder();
    const progress: string[] = [];
    const results = await importFiles(
      t.prisma,
      actor,
      { workspace: ws.slug },
      [
        { name: "notes.md", bytes: enc.encode(GOOD["notes.md"]) },
        { name: "binary.txt", bytes: BAD["binary.txt"] },
        { name: "article.wikitext", bytes: enc.encode(GOOD["article.wikitext"]) },
      ],
      (done, total, file) => progress.push(`${done}/${total} ${file}`),
    );
    expect(results.map((r) => [r.file, r.ok])).toEqual([
      ["notes.md", true],
      ["binary.txt", false],
      ["article.wikitext", true],
    ]);
    expect(results[1]).toMatchObject({ ok: false, error: expect.stringMatching(/UTF-8|NUL/) });
    expect(progress).toEqual(["0/3 notes.md", "1/3 binary.txt", "2/3 article.wikitext", "3/3 "]);
    const docs = await t.prisma.document.findMany({
      where: { workspaceId: ws.id },
      include: { versions: { include: { citations: true } } },
    });
    expect(docs.map((d) => d.title).sort()).toEqual(["Harbour report", "The Bridge"]);
    expect(docs.every((d) => d.versions.length === 1 && d.versions[0].citations.length === 1)).toBe(true);
    const events = await t.prisma.auditEvent.count({ where: { workspaceId: ws.id, action: "document.import" } });
    expect(events).toBe(2);
  });

  it("says when a file of the batch has the title of an earlier one (a new version of it)", async () => {
    const ws = await makeWorkspace(t.prisma);
    const { actor } = await makeUser(t.prisma, { workspaceId: ws.id, role: "editor" });
    const enc = new TextEncoder();
    const same = [
      { name: "a/README.md", bytes: enc.encode("# Readme\n\nOne.\n") },
      { name: "b/README.md", bytes: enc.encode("# Readme\n\nTwo.\n") },
    ];
    const r = await importFiles(t.prisma, actor, { workspace: ws.slug }, same);
    expect(r.map((x) => x.ok && x.summary.status)).toEqual(["created", "versioned"]);
    expect(describeResult(r[1])).toMatch(
      /new version of: b\/README\.md → "Readme" .*\(same title as a\/README\.md; use the file names as titles/,
    );
    const byName = await importFiles(t.prisma, actor, { workspace: ws.slug, titleFrom: "filename" }, same);
    expect(byName.map((x) => x.ok && x.summary.status)).toEqual(["created", "versioned"]); // both are "README"
    expect(describeResult(byName[1])).toMatch(/same title as a\/README\.md/);
  });

  it("refuses a caller who may not import before touching any file", async () => {
    const ws = await makeWorkspace(t.prisma);
    const { actor } = await makeUser(t.prisma, { workspaceId: ws.id, role: "reviewer" });
    await expect(
      importFiles(t.prisma, actor, { workspace: ws.slug }, [
        { name: "a.md", bytes: new TextEncoder().encode("# A\n") },
      ]),
    ).rejects.toThrow();
    expect(await t.prisma.document.count({ where: { workspaceId: ws.id } })).toBe(0);
  });
});
