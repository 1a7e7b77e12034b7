-- Non-secret settings kept centrally (issue 21 item 5): above all the systems' addresses that flows read as
-- env.NAME. One value for everyone (robot_label '') and, where a label's robots reach a system elsewhere
-- (another network, a test environment), one value per robot label. Secrets never go here: the vault holds them.
CREATE TABLE setting_value (
  name         VARCHAR(100)  NOT NULL,
  robot_label  VARCHAR(100)  NOT NULL DEFAULT '',
  value_text   VARCHAR(2000) NOT NULL,
  description  VARCHAR(1000),
  updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_by   VARCHAR(120)  NOT NULL,
  PRIMARY KEY (name, robot_label)
);
