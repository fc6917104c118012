// Capturing web sources as dated, hashed snapshots (issue 19).
export {
  requestCapture,
  requestDocumentCaptures,
  sourceCaptures,
  listCaptures,
  captureWithText,
  captureRaw,
  linkStatus,
  excerptsInSnapshot,
} from "./captures";
export { runCaptureJobs, startCaptureWorker, wakeCaptureWorker, MAX_ATTEMPTS } from "./queue";
export { CaptureRefused, type Resolver } from "./fetch";
export { locateExcerpt } from "./excerpt";
export { requestLinkCheck, queueDueLinkChecks, linkCheckMaxAge } from "./linkcheck";
