-- Every item a run ends keeps what a clerk needs of it (issue 21): its number in the run, the values that tell
-- it apart, its inputs (a row's columns, a form's fields) and the outputs the flow reported (receipt numbers…),
-- for the run's page, its report and its result file. Outcome UNCHANGED: done, nothing changed (ended well,
-- manual_minutes 0: it saved nobody any time).
ALTER TABLE processed_item ADD COLUMN item_index INT;
ALTER TABLE processed_item ADD COLUMN item_key TEXT;
ALTER TABLE processed_item ADD COLUMN inputs TEXT;
ALTER TABLE processed_item ADD COLUMN outputs TEXT;

-- A run a clerk did on their own machine (the desktop assistant): no robot, reported by the clerk's session.
ALTER TABLE job ADD COLUMN attended BOOLEAN NOT NULL DEFAULT FALSE;
