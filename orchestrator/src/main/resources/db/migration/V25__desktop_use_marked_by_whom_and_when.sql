-- Who marked a shared credential for desktop use, and when: shown on the credential and to every clerk whose
-- attended runs would use it, before they start one (issue 22: "shown to the clerk as such").
ALTER TABLE credential ADD COLUMN desktop_use_by VARCHAR(120);
ALTER TABLE credential ADD COLUMN desktop_use_at TIMESTAMP WITH TIME ZONE;
