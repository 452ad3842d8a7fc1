-- Audit rows are kept at least 90 days, whatever code runs. Older rows may be deleted, and
-- only the retention job does (app/modules/retention): personal data is not kept for ever.
-- TRUNCATE stays refused.
CREATE FUNCTION "audit_event_kept_90_days"() RETURNS trigger AS $$
BEGIN
    IF OLD."at" > now() - interval '90 days' THEN
        RAISE EXCEPTION 'history rows cannot be deleted (%)', TG_TABLE_NAME;
    END IF;
    RETURN OLD;
END;
$$ LANGUAGE plpgsql;

DROP TRIGGER "AuditEvent_no_delete" ON "AuditEvent";
CREATE TRIGGER "AuditEvent_no_delete" BEFORE DELETE ON "AuditEvent"
    FOR EACH ROW EXECUTE FUNCTION "audit_event_kept_90_days"();
