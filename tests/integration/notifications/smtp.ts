// A real SMTP server for the tests (smtp-server), on 127.0.0.1 and a free port. It keeps what
// arrived, raw, and can refuse the next deliveries with a temporary error.
import { SMTPServer } from "smtp-server";

export interface Received {
  from: string;
  to: string[];
  raw: string;
}

export interface TestSmtp {
  url: string;
  port: number;
  received: Received[];
  /** How many of the next deliveries to refuse with 451. */
  refuseNext: number;
  close(): Promise<void>;
}

export async function startSmtp(port = 0): Promise<TestSmtp> {
  const state = { received: [] as Received[], refuseNext: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        if (state.refuseNext > 0) {
          state.refuseNext--;
          const err = Object.assign(new Error("Try again later"), { responseCode: 451 });
          return callback(err);
        }
        state.received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const address = server.server.address();
  const actual = typeof address === "object" && address ? address.port : port;
  return Object.assign(state, {
    url: `smtp://127.0.0.1:${actual}`,
    port: actual,
    close: () => new Promise<void>((r) => server.close(() => r())),
  }) as TestSmtp;
}

const decodeWord = (_: string, charset: string, enc: string, text: string) =>
  enc.toUpperCase() === "B"
    ? Buffer.from(text, "base64").toString(charset.toLowerCase() === "utf-8" ? "utf8" : "latin1")
    : Buffer.from(
        text.replace(/_/g, " ").replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
        "latin1",
      ).toString("utf8");

/**
 * The message made readable: header lines unfolded and their encoded words (RFC 2047) decoded,
 * the body's quoted-printable soft line breaks and escapes undone.
 */
export function unfolded(raw: string): string {
  const split = raw.indexOf("\r\n\r\n");
  const head = raw
    .slice(0, split)
    .replace(/\r?\n[ \t]+/g, " ")
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?([^?]+)\?([QB])\?([^?]*)\?=/gi, decodeWord);
  const body = raw
    .slice(split)
    .replace(/=\r?\n/g, "")
    .replace(/((?:=[0-9A-F]{2})+)/g, (m) =>
      Buffer.from(
        m
          .split("=")
          .slice(1)
          .map((h) => parseInt(h, 16)),
      ).toString("utf8"),
    );
  return head + body;
}
