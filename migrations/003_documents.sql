-- Migration 3: documents. The first PDF of an issued invoice or credit note is archived
-- in the documents folder beside the ledger; its SHA-256 here shows whether a later
-- rendering is the same document. Each send of a document by mail is recorded.

CREATE TABLE document_archive (
    id                  INTEGER PRIMARY KEY,
    invoice_id          INTEGER NOT NULL UNIQUE REFERENCES invoice(id),
    -- file name inside the documents folder
    file                TEXT NOT NULL,
    sha256              TEXT NOT NULL CHECK (length(sha256) = 64),
    size                INTEGER NOT NULL CHECK (size > 0),
    created_at          TEXT NOT NULL
);

-- The archive is the document of record: never rewritten, never removed.
CREATE TRIGGER document_archive_is_kept
BEFORE DELETE ON document_archive
BEGIN
    SELECT RAISE(ABORT, 'an archived document is kept for ten years: it is never deleted');
END;

CREATE TRIGGER document_archive_is_frozen
BEFORE UPDATE ON document_archive
BEGIN
    SELECT RAISE(ABORT, 'an archived document is never rewritten');
END;

-- One row per mail that carried a document: an invoice or credit note, or a quote.
CREATE TABLE document_send (
    id                  INTEGER PRIMARY KEY,
    invoice_id          INTEGER REFERENCES invoice(id),
    offer_id            INTEGER REFERENCES offer(id),
    -- the ledger day (--as-of) and the wall-clock moment the server took the mail
    sent_on             TEXT NOT NULL,
    sent_at             TEXT NOT NULL,
    recipient           TEXT NOT NULL,
    message_id          TEXT NOT NULL,
    sha256              TEXT NOT NULL CHECK (length(sha256) = 64),
    transport           TEXT NOT NULL,
    CHECK ((invoice_id IS NULL) <> (offer_id IS NULL))
);

CREATE INDEX document_send_invoice ON document_send(invoice_id) WHERE invoice_id IS NOT NULL;
CREATE INDEX document_send_offer ON document_send(offer_id) WHERE offer_id IS NOT NULL;
