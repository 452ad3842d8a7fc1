-- Audit rows are kept at least 90 days, whatever code runs. Older rows may be deleted, and
-- only the retention job does (app/modules/retention): personal data is not kept for ever.
-- Dates are stored as ISO 8601 text, which julianday() reads.
DROP TRIGGER "AuditEvent_no_delete";

CREATE TRIGGER "AuditEvent_no_delete" BEFORE DELETE ON "AuditEvent"
WHEN julianday(OLD."at") > julianday('now') - 90
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be deleted');
END;
