-- A document is public while one of its claims is (published or retracted, live). Public search
-- checks that for every document matching its words: through (documentId, anchorStart) it read
-- each document's claims until a public one (~12 µs a document, 7 ms for a word in 580 documents
-- at 100,000 claims); this index over the public claims alone answers from the index.
CREATE INDEX "Claim_public_document_idx" ON "Claim" ("documentId")
  WHERE status IN ('published', 'retracted') AND "deletedAt" IS NULL AND "mergedIntoId" IS NULL;
