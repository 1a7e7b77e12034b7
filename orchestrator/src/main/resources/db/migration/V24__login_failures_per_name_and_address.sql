-- Failed log-ins are counted per (claimed name, client address) and per client address (username ''), for known
-- and unknown names alike, in the database so that every node sees the same counts. The per-account counts on
-- app_user let anyone keep any account locked and answered 429 only for names that exist; they go.
CREATE TABLE login_failure (
  address         VARCHAR(64)  NOT NULL,              -- the client address as the orchestrator sees it
  username        VARCHAR(100) NOT NULL,              -- the name tried; '' counts the address as a whole
  failures        INT NOT NULL,                       -- a name: failures in a row; an address: since window_start
  lockouts        INT NOT NULL DEFAULT 0,             -- lock-outs in a row: each one doubles the next
  locked_until    TIMESTAMP WITH TIME ZONE,
  window_start    TIMESTAMP WITH TIME ZONE NOT NULL,
  last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,  -- rows quiet for a day are forgotten
  PRIMARY KEY (address, username)
);
CREATE INDEX login_failure_by_username ON login_failure (username);
CREATE INDEX login_failure_by_last ON login_failure (last_failure_at);

ALTER TABLE app_user DROP COLUMN failed_logins;
ALTER TABLE app_user DROP COLUMN lockouts;
ALTER TABLE app_user DROP COLUMN locked_until;
