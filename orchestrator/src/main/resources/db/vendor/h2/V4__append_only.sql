-- The audit log and the other histories are append-only: the database itself refuses to change them.
CREATE TRIGGER audit_event_append_only BEFORE UPDATE, DELETE ON audit_event
  FOR EACH ROW CALL 'io.workforce.orchestrator.db.AppendOnlyTrigger';
CREATE TRIGGER credential_checkout_append_only BEFORE UPDATE, DELETE ON credential_checkout
  FOR EACH ROW CALL 'io.workforce.orchestrator.db.AppendOnlyTrigger';
CREATE TRIGGER job_history_append_only BEFORE UPDATE, DELETE ON job_history
  FOR EACH ROW CALL 'io.workforce.orchestrator.db.AppendOnlyTrigger';
