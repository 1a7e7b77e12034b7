-- A shared credential (one robot account) goes to a person's own machine in an attended run only when an
-- administrator has marked it for desktop use (audited, shown to the clerk): otherwise any clerk a desktop flow is
-- shared with could take the robot account's password at will (docs/security.md §13).
ALTER TABLE credential ADD COLUMN desktop_use BOOLEAN DEFAULT FALSE NOT NULL;
