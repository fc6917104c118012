-- CreateEnum
CREATE TYPE "CaptureStatus" AS ENUM ('queued', 'running', 'done', 'failed');

-- CreateTable
CREATE TABLE "SourceCapture" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "status" "CaptureStatus" NOT NULL DEFAULT 'queued',
    "requestedUrl" TEXT NOT NULL,
    "finalUrl" TEXT,
    "httpStatus" INTEGER,
    "contentType" TEXT,
    "sha256" TEXT,
    "byteLength" INTEGER,
    "raw" BYTEA,
    "text" TEXT,
    "title" TEXT,
    "author" TEXT,
    "publisher" TEXT,
    "datePublished" TEXT,
    "canonicalUrl" TEXT,
    "language" TEXT,
    "error" TEXT,
    "notes" TEXT,
    "changed" BOOLEAN,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "runAfter" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leaseUntil" TIMESTAMP(3),
    "capturedAt" TIMESTAMP(3),
    "requestedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SourceCapture_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SourceCapture_sourceId_createdAt_idx" ON "SourceCapture"("sourceId", "createdAt");

-- CreateIndex
CREATE INDEX "SourceCapture_status_runAfter_idx" ON "SourceCapture"("status", "runAfter");

-- AddForeignKey
ALTER TABLE "SourceCapture" ADD CONSTRAINT "SourceCapture_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SourceCapture" ADD CONSTRAINT "SourceCapture_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

