export {
  backupWorkspace,
  BACKUP_TYPE,
  BACKUP_VERSION,
  type BackupHeader,
  type BackupTrailer,
  type BackupOptions,
} from "./backup";
export { restoreWorkspace, type RestoreSummary } from "./restore";
export { importDataset, type DatasetImportInput, type DatasetImportReport } from "./dataset-import";
export { TABLES as BACKUP_TABLES } from "./tables";
export { readLines } from "./lines";
