"use client";
import { updateDocumentMetadataAction } from "@/actions/documents";
import { EditDetails, TextField, type RecordEditProps } from "@/components/ui/EditDetails";

export interface DocumentMetadataFields {
  title: string;
  originalUrl: string | null;
  author: string | null;
  publisher: string | null;
  datePublished: string | null;
  language: string | null;
  licence: string | null;
}

const LABELS: [keyof DocumentMetadataFields, string, string?][] = [
  ["title", "Title"],
  ["originalUrl", "Original URL", "https://…"],
  ["author", "Author"],
  ["publisher", "Publisher"],
  ["datePublished", "Publication date", "YYYY, YYYY-MM or YYYY-MM-DD"],
  ["language", "Language", "en"],
  ["licence", "Licence", "CC BY-SA 4.0"],
];

/** Rename a document and set its publication metadata; a stale version is refused (409). */
export function DocumentMetadataForm({ slug, id, version, fields }: RecordEditProps<DocumentMetadataFields>) {
  return (
    <EditDetails
      summary="Edit title and metadata"
      label="Edit document metadata"
      button="Save metadata"
      action={updateDocumentMetadataAction}
      extra={{ slug, documentId: id, version }}
    >
      {(state) =>
        LABELS.map(([k, label, placeholder]) => (
          <TextField
            key={k}
            state={state}
            name={k}
            label={label}
            initial={fields[k]}
            placeholder={placeholder}
            wide={k === "title" || k === "originalUrl"}
          />
        ))
      }
    </EditDetails>
  );
}
