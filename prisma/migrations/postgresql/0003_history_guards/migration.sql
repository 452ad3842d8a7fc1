-- History is kept, whatever code runs: published plan versions, audit events, views, scale
-- scores and correction requests are never deleted (nor truncated), and audit events never change.
CREATE FUNCTION "history_row_undeletable"() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'history rows cannot be deleted (%)', TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION "audit_event_immutable"() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit events cannot change';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "PlanVersion_no_delete" BEFORE DELETE ON "PlanVersion"
    FOR EACH ROW EXECUTE FUNCTION "history_row_undeletable"();
CREATE TRIGGER "PlanVersion_no_truncate" BEFORE TRUNCATE ON "PlanVersion"
    FOR EACH STATEMENT EXECUTE FUNCTION "history_row_undeletable"();

CREATE TRIGGER "AuditEvent_no_delete" BEFORE DELETE ON "AuditEvent"
    FOR EACH ROW EXECUTE FUNCTION "history_row_undeletable"();
CREATE TRIGGER "AuditEvent_no_truncate" BEFORE TRUNCATE ON "AuditEvent"
    FOR EACH STATEMENT EXECUTE FUNCTION "history_row_undeletable"();
CREATE TRIGGER "AuditEvent_no_update" BEFORE UPDATE ON "AuditEvent"
    FOR EACH ROW EXECUTE FUNCTION "audit_event_immutable"();

CREATE TRIGGER "ItemView_no_delete" BEFORE DELETE ON "ItemView"
    FOR EACH ROW EXECUTE FUNCTION "history_row_undeletable"();
CREATE TRIGGER "ItemView_no_truncate" BEFORE TRUNCATE ON "ItemView"
    FOR EACH STATEMENT EXECUTE FUNCTION "history_row_undeletable"();

CREATE TRIGGER "ScaleScore_no_delete" BEFORE DELETE ON "ScaleScore"
    FOR EACH ROW EXECUTE FUNCTION "history_row_undeletable"();
CREATE TRIGGER "ScaleScore_no_truncate" BEFORE TRUNCATE ON "ScaleScore"
    FOR EACH STATEMENT EXECUTE FUNCTION "history_row_undeletable"();

CREATE TRIGGER "CorrectionRequest_no_delete" BEFORE DELETE ON "CorrectionRequest"
    FOR EACH ROW EXECUTE FUNCTION "history_row_undeletable"();
CREATE TRIGGER "CorrectionRequest_no_truncate" BEFORE TRUNCATE ON "CorrectionRequest"
    FOR EACH STATEMENT EXECUTE FUNCTION "history_row_undeletable"();
