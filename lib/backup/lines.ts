// Splits a stream of text chunks (a file read stream, a fetch body) into lines. A read stream only
// flows while iterated, unlike readline, whose lines are lost if iteration starts late (for
// example after a database transaction has opened).
export async function* readLines(chunks: AsyncIterable<string | Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let rest = "";
  for await (const chunk of chunks) {
    rest += typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    const lines = rest.split("\n");
    rest = lines.pop()!;
    yield* lines;
  }
  rest += decoder.decode();
  if (rest) yield rest;
}
