// The one wording of "this document is too large", shared by the importer and the import form's
// check before upload, so both say exactly the same thing. Pure; safe in the browser.
const MB = 1024 * 1024;

/** "5,242,881 bytes; the limit is 5,242,880 bytes (5 MB)": rounded figures that read the same would hide by how much. */
export function sizeMessage(size: number, limit: number): string {
  const mb = (n: number) => `${Number((n / MB).toFixed(2))} MB`;
  const bytes = (n: number) => `${n.toLocaleString("en")} bytes`;
  if (mb(size) !== mb(limit)) return `document is ${mb(size)}; the limit is ${mb(limit)}`;
  return `document is ${bytes(size)}; the limit is ${bytes(limit)} (${mb(limit)})`;
}
