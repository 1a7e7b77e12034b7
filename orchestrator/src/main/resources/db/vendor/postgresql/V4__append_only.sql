-- The audit log and the other histories are append-only: the database itself refuses to change them.
CREATE FUNCTION workforce_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'table % is append-only: % refused', TG_TABLE_NAME, TG_OP;
END
$$;

CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION workforce_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION workforce_append_only();
CREATE TRIGGER credential_checkout_append_only BEFORE UPDATE OR DELETE ON credential_checkout
  FOR EACH ROW EXECUTE FUNCTION workforce_append_only();
CREATE TRIGGER job_history_append_only BEFORE UPDATE OR DELETE ON job_history
  FOR EACH ROW EXECUTE FUNCTION workforce_append_only();
