-- History is kept, whatever code runs: published plan versions, audit events, views, scale
-- scores and correction requests are never deleted, and audit events never change.
CREATE TRIGGER "PlanVersion_no_delete" BEFORE DELETE ON "PlanVersion"
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be deleted');
END;

CREATE TRIGGER "AuditEvent_no_delete" BEFORE DELETE ON "AuditEvent"
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be deleted');
END;

CREATE TRIGGER "ItemView_no_delete" BEFORE DELETE ON "ItemView"
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be deleted');
END;

CREATE TRIGGER "ScaleScore_no_delete" BEFORE DELETE ON "ScaleScore"
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be deleted');
END;

CREATE TRIGGER "CorrectionRequest_no_delete" BEFORE DELETE ON "CorrectionRequest"
BEGIN
    SELECT RAISE(ABORT, 'history rows cannot be deleted');
END;

CREATE TRIGGER "AuditEvent_no_update" BEFORE UPDATE ON "AuditEvent"
BEGIN
    SELECT RAISE(ABORT, 'audit events cannot change');
END;
