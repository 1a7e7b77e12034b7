-- Who acts for whom (docs/security.md, "threat model"): a job runs for the person who started it, and a
-- schedule's jobs run for the person who created the schedule. Nobody can name someone else any more.

-- why a job runs: 'manual' (a person started it), 'schedule' (a cron schedule) or 'queue-trigger'; and the
-- schedule's name, kept when the schedule is deleted later
ALTER TABLE job ADD COLUMN started_via VARCHAR(20);
ALTER TABLE job ADD COLUMN schedule_name VARCHAR(100);
UPDATE job SET started_via = CASE WHEN schedule_id IS NULL THEN 'manual' ELSE 'schedule' END;
UPDATE job SET schedule_name = (SELECT s.name FROM schedule s WHERE s.id = job.schedule_id)
  WHERE schedule_id IS NOT NULL;

-- the person a schedule's jobs run for is the one who created it. An existing schedule's run_as was set by
-- an administrator for someone else, who never agreed: such schedules now run for nobody (shared
-- credentials only) until their owner creates them again.
ALTER TABLE schedule ADD COLUMN created_by VARCHAR(100);
ALTER TABLE schedule DROP COLUMN run_as;
