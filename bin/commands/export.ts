// `corroborate export --workspace <slug> --format … [--entity …] [--public] [--out <path>]`.
// The CLI is the system actor (full access); --public limits it to what anonymous visitors see.
import fs from "node:fs";
import { once } from "node:events";
import { parseArgs } from "node:util";
import { exportWorkspace } from "@/lib/exports";
import { cliActor, required, UsageError, withDb } from "./util";

function parse(rest: string[]) {
  try {
    return parseArgs({
      args: rest,
      options: {
        workspace: { type: "string" },
        format: { type: "string" },
        entity: { type: "string" },
        out: { type: "string" },
        public: { type: "boolean", default: false },
      },
      allowPositionals: false,
      strict: true,
    }).values;
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

/** Writes with backpressure, so memory stays one chunk however large the export. */
async function drain(body: AsyncIterable<string | Uint8Array>, out: NodeJS.WritableStream): Promise<number> {
  let bytes = 0;
  for await (const chunk of body) {
    bytes += typeof chunk === "string" ? Buffer.byteLength(chunk) : chunk.byteLength;
    if (!out.write(chunk)) await once(out, "drain");
  }
  return bytes;
}

export async function exportCommand(rest: string[]): Promise<void> {
  const values = parse(rest);
  const input = {
    workspace: required(values.workspace, "workspace"),
    format: required(values.format, "format"),
    entity: values.entity,
    public: values.public,
  };
  await withDb(async (d) => {
    const result = await exportWorkspace(d.prisma, cliActor, input);
    if (!values.out) {
      // `| head` closes the pipe early: that is the reader's choice, not an error.
      const epipe = (err: unknown) => (err as NodeJS.ErrnoException)?.code === "EPIPE";
      process.stdout.on("error", () => undefined);
      try {
        await drain(result.body, process.stdout);
      } catch (err) {
        if (!epipe(err)) throw err;
      }
      return;
    }
    // Written beside the target and renamed at the end: a failed export never leaves a truncated file.
    const partial = `${values.out}.partial`;
    const file = fs.createWriteStream(partial);
    try {
      const bytes = await drain(result.body, file);
      file.end();
      await once(file, "finish");
      fs.renameSync(partial, values.out);
      console.log(`wrote ${values.out} (${result.filename}, ${bytes} bytes)`);
    } catch (err) {
      file.destroy();
      fs.rmSync(partial, { force: true });
      throw err;
    }
  });
}
