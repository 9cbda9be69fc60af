-- The language a user chose in the UI (a tag such as de or pt-BR), applied at sign-in; NULL follows the browser.
ALTER TABLE users ADD COLUMN language TEXT;
-- The language of a channel's messages; NULL uses dupliwatch.notify.language.
ALTER TABLE notify_channels ADD COLUMN language TEXT;
