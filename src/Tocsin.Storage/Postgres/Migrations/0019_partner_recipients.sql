-- Partners as recipients: a partner's sectors and recipient groups, and the partner a webhook subscriber
-- delivers for (its measures are then addressed by the partner's sectors and groups).
ALTER TABLE partner_profiles ADD COLUMN sectors text COLLATE "C" NOT NULL DEFAULT '';            -- space-separated sector ids
ALTER TABLE partner_profiles ADD COLUMN recipient_groups text COLLATE "C" NOT NULL DEFAULT '';   -- space-separated group ids
ALTER TABLE webhook_subscribers ADD COLUMN partner_id text COLLATE "C" NULL REFERENCES principals (id);
