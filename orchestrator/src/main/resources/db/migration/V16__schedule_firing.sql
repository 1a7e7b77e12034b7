-- Issue 15: one job at most per slot of a cron schedule, whatever fires it. When a node (re)joined a cluster,
-- Quartz handed the same slot to two nodes (123 jobs for 122 slots). Each firing is recorded here under the
-- schedule's row lock; a second firing of a recorded slot starts nothing. Rows older than a day are removed as
-- the schedule fires (a slot is never fired that late: misfires are handled within a minute).
CREATE TABLE schedule_firing (
  schedule_id           BIGINT NOT NULL REFERENCES schedule (id) ON DELETE CASCADE,
  fire_time             TIMESTAMP WITH TIME ZONE NOT NULL,
  job_id                BIGINT,                               -- null: skipped by the overlap rule
  fired_at              TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT schedule_firing_pk PRIMARY KEY (schedule_id, fire_time)
);
