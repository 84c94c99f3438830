-- Burst posts: incident alerts of one group that were waiting at once, posted together. A BURST
-- row is written, with its alerts' rows pointed at it, in one transaction before it is sent, so a
-- retry or a restart sends the same post under the same nonce. Its alerts are delivered with it
-- (they get its message id) and never on their own.
ALTER TABLE alert_outbox ADD COLUMN burst_id BIGINT REFERENCES alert_outbox (id);
CREATE INDEX alert_outbox_by_burst ON alert_outbox (burst_id);

-- A row's place in the delivery order when it is not its id: a burst takes its first alert's place,
-- so nothing of its lane that came after that alert overtakes it.
ALTER TABLE alert_outbox ADD COLUMN send_order BIGINT;
