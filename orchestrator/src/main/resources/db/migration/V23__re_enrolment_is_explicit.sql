-- A key an administrator made to re-enrol one existing robot (a reinstalled machine): only that robot's name may
-- enrol with it. Any other key meeting a name already taken answers 409, so that no key takes over a robot.
ALTER TABLE enrolment_key ADD COLUMN robot_id BIGINT REFERENCES robot (id);
