export { importDocument, previewImport, type ImportSummary } from "./import";
export { listDocuments, getDocumentForReader } from "./queries";
export { decodeDocumentText, FORMATS, importInput } from "./input";
export { publishDocumentVersion } from "./publish";
export { updateDocumentMetadata, getDocumentMetadata, documentMetadataInput } from "./metadata";
