// Shared form pieces: the list filters' select, and WorkflowPanel's field errors under the names
// of its fields (lib names the proposal's fields as stored).
import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { FilterSelect } from "@/components/ui/FilterSelect";
import { panelFieldErrors } from "@/components/review/WorkflowPanel";

describe("FilterSelect", () => {
  it('offers "any …" first, then the options, with the current value selected', () => {
    const html = renderToStaticMarkup(
      <FilterSelect
        name="verdict"
        label="Verdict"
        value="r2"
        any="any verdict"
        options={[
          { value: "r1", label: "Supported" },
          { value: "r2", label: "Refuted" },
        ]}
      />,
    );
    expect(html).toMatch(/^<select name="verdict" aria-label="Verdict" class="[^"]+">/);
    expect(html).toContain('<option value="">any verdict</option><option value="r1">Supported</option>');
    expect(html).toContain('<option value="r2" selected="">Refuted</option>');
  });
  it("takes plain strings as values and labels, and no value as the first option", () => {
    const html = renderToStaticMarkup(
      <FilterSelect name="status" label="Status" value={undefined} any="any status" options={["draft", "published"]} />,
    );
    expect(html).toContain('<option value="" selected="">any status</option><option>draft</option>');
  });
  it("has no empty option without `any`, and narrows long option texts when wide", () => {
    const html = renderToStaticMarkup(
      <FilterSelect name="sort" label="Sort" value="created" options={["updated", "created"]} wide />,
    );
    expect(html).not.toContain('value=""');
    expect(html).toContain('<option selected="">created</option>');
    expect(html).toContain('class="max-w-48 ');
  });
});

describe("WorkflowPanel's field errors", () => {
  it("shows lib's proposal fields and a refused rating beside the form's own fields", () => {
    expect(
      panelFieldErrors({
        proposedRationale: ["the rationale is at most 20000 characters"],
        verdict: ["pick a rating of this workspace's scale"],
        why: ["a retraction needs a public reason"],
      }),
    ).toEqual({
      rationale: ["the rationale is at most 20000 characters"],
      ratingId: ["pick a rating of this workspace's scale"],
      why: ["a retraction needs a public reason"],
    });
    expect(panelFieldErrors(undefined)).toBeUndefined();
  });
});
