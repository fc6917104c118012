import { PageNotice } from "@/components/layout/PageNotice";

export default function PublicNotFound() {
  return (
    <PageNotice id="nf-heading" title="Not found">
      <p className="mt-3">
        This page does not exist or is not published. Use the search or go back to the latest verdicts.
      </p>
    </PageNotice>
  );
}
