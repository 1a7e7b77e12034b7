-- An item a robot added for its job (the enqueue step of a dispatcher flow) keeps that job and the
-- robot's request id, so that the same request sent again (its answer was lost) is answered as
-- before and adds nothing twice. Null for items people added or imported.
ALTER TABLE queue_item ADD COLUMN added_by_job BIGINT;
ALTER TABLE queue_item ADD COLUMN added_request VARCHAR(64);
