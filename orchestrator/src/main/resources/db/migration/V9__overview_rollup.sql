-- Rollups of processed_item for the control center's overview (issue 9), so that it answers in well under a
-- second with millions of items: the overview reads these small tables plus the few newest processed_item rows
-- that are not rolled up yet (id > rolled_to). Maintained by io.workforce.orchestrator.overview.ItemRollup.

-- One row: how far processed_item has been rolled up. Locked while rolling up, so one node does it at a time.
CREATE TABLE overview_rollup_state (
  id                    INT PRIMARY KEY,
  rolled_to             BIGINT NOT NULL,                     -- processed_item ids <= this are in the rollups
  candidate             BIGINT NOT NULL,                     -- the highest id seen at the previous pass
  zone                  VARCHAR(60) NOT NULL,                -- the time zone day_no was computed in
  updated_at            TIMESTAMP WITH TIME ZONE
);
INSERT INTO overview_rollup_state (id, rolled_to, candidate, zone) VALUES (1, 0, 0, '');

-- Items per local day (in the configured zone), flow and robot. flow_name '' and robot_id 0 stand for none.
CREATE TABLE item_rollup_day (
  day_no                INT NOT NULL,                        -- epoch day of the local date
  flow_name             VARCHAR(100) NOT NULL,
  robot_id              BIGINT NOT NULL,
  items                 BIGINT NOT NULL,
  successful            BIGINT NOT NULL,
  business_failed       BIGINT NOT NULL,
  system_failed         BIGINT NOT NULL,
  minutes_saved         DOUBLE PRECISION NOT NULL,
  CONSTRAINT item_rollup_day_pk PRIMARY KEY (day_no, flow_name, robot_id)
);

-- Items per UTC hour, flow and robot (the last 24 hours are read; older rows are deleted by the rollup).
CREATE TABLE item_rollup_hour (
  hour_no               BIGINT NOT NULL,                     -- epoch second / 3600
  flow_name             VARCHAR(100) NOT NULL,
  robot_id              BIGINT NOT NULL,
  items                 BIGINT NOT NULL,
  successful            BIGINT NOT NULL,
  business_failed       BIGINT NOT NULL,
  system_failed         BIGINT NOT NULL,
  minutes_saved         DOUBLE PRECISION NOT NULL,
  CONSTRAINT item_rollup_hour_pk PRIMARY KEY (hour_no, flow_name, robot_id)
);

-- Failures per local day, flow and reason (reason_hash keys the possibly long reason text).
CREATE TABLE failure_rollup_day (
  day_no                INT NOT NULL,
  flow_name             VARCHAR(100) NOT NULL,
  reason_hash           VARCHAR(64) NOT NULL,
  reason                VARCHAR(2000) NOT NULL,
  failures              BIGINT NOT NULL,
  CONSTRAINT failure_rollup_day_pk PRIMARY KEY (day_no, flow_name, reason_hash)
);

-- The run detail lists a job's items.
CREATE INDEX processed_item_job_idx ON processed_item (job_id, id);

-- Files uploaded as a job's input (a clerk's spreadsheet), stored on disk under the generated id only; a job
-- names one in its inputs as {"file": "<id>"} and only the robot running that job may download it.
CREATE TABLE job_file (
  id                    VARCHAR(40) PRIMARY KEY,             -- jf_ + 32 hex digits, also the file's name on disk
  original_name         VARCHAR(255) NOT NULL,
  content_type          VARCHAR(100) NOT NULL,
  size_bytes            BIGINT NOT NULL,
  sha256                VARCHAR(64) NOT NULL,
  data_rows             INT,                                  -- rows below the header (spreadsheets)
  uploaded_by           VARCHAR(100) NOT NULL,
  created_at            TIMESTAMP WITH TIME ZONE NOT NULL
);
