import { createHash } from "node:crypto";

/**
 * Stable identity of a sentence across versions and re-imports: sha256 (hex) of the text with
 * whitespace runs collapsed and ends trimmed, so reflowing a paragraph doesn't resurrect a
 * dismissed suggestion. Case and punctuation still count: a changed sentence is a new suggestion.
 */
export function sentenceHash(sentence: string): string {
  return createHash("sha256").update(sentence.replace(/\s+/g, " ").trim(), "utf8").digest("hex");
}
