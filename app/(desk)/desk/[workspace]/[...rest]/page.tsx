import { notFound } from "next/navigation";

// Any other address under a workspace is the desk's own 404 (inside the desk layout, with its
// navigation) rather than the bare site-wide one.
export default function UnknownDeskPage() {
  notFound();
}
