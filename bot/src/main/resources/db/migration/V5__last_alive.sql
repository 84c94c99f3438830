-- When the bot was last running with everything sent before then read: after downtime it reads
-- back the messages sent since. One row; empty (NULL) until the bot has first started.
CREATE TABLE last_alive (
    id INT PRIMARY KEY CHECK (id = 1),
    alive_at TIMESTAMP WITH TIME ZONE
);
INSERT INTO last_alive (id, alive_at) VALUES (1, NULL);
