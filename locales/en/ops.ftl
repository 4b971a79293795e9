# ops: messages of src/ops (see src/i18n/mod.rs).

## src/error.rs
ops-ledger-locked = the ledger { $path } is locked by another creances process; try again in a moment
ops-ledger-not-a-database = { $path } is not a creances ledger (not an SQLite database)
ops-ledger-damaged = the ledger { $path } is damaged (SQLite reports a malformed database): nothing was changed; restore it from your last copy (`creances backup` makes one) and keep the damaged file for inspection
ops-ledger-read-only = cannot write to the ledger { $path }: the file or its folder is read-only (or on a read-only disk); give yourself write access to both and try again
ops-file-not-a-database = the file is not a creances ledger (not an SQLite database)
ops-closed-period = that date falls in a closed period (see `creances company show`): nothing can be recorded on or before the closing day; record the correction with a later date, e.g. today
ops-file-damaged = the ledger is damaged (malformed database): restore it from a copy
ops-file-read-only = the ledger or its folder is read-only
ops-disk-full = the disk is full: nothing was changed; free some space and try again
ops-database-error = database error: { $error }
ops-prompt-interrupted = the prompt was interrupted: { $error }

## src/config.rs
ops-config-unreadable = cannot read the config file { $path }: { $error }
ops-config-invalid = the config file { $path } is not valid: { $error }
ops-config-bad = config { $path }: { $message }
ops-config-lang-unknown = [interface] lang `{ $lang }` is unknown: use fr or en
ops-config-smtp-needs-host = transport = "smtp" needs an [email.smtp] section with a host
ops-config-transport-unknown = [email] transport `{ $transport }` is unknown: use outbox, smtp or sendmail
ops-config-smtp-password = [email.smtp] has a user but no password_env or password_command (passwords are never written in the config)
ops-config-min-balance = [dunning] min_balance `{ $value }` is not an amount like "5.00"
ops-template-unreadable = cannot read the template { $path }: { $error }
