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

## src/store/mod.rs
ops-ledger-create-folder = { $path } is a folder: --db names the ledger file itself; create it with `creances init --db { $file }`
ops-ledger-exists = a file already exists at { $path }: choose another --db path, or use that ledger as it is
ops-folder-create = cannot create the folder { $path }: { $error }
ops-ledger-create = cannot create the ledger { $path }: { $error }
ops-ledger-is-folder = { $path } is a folder, not a ledger: --db names the ledger file itself, e.g. `--db { $file }` (create it with `creances init --db { $file }`)
ops-ledger-missing = no ledger at { $path }: create one with `creances init --db { $path } --name "..."`, or point --db / CREANCES_DB at yours
ops-ledger-not-a-file = { $path } is not a file: point --db / CREANCES_DB at your ledger
ops-ledger-open = cannot open the ledger { $path }: { $error }
ops-ledger-foreign = { $path } is not a creances ledger (an empty file or another program's database): point --db at your ledger, or create one with `creances init`
ops-ledger-no-wal = the ledger { $path } cannot use write-ahead logging (journal mode { $mode })
ops-ledger-newer = the ledger { $path } was written by a newer creances (schema { $version }, this one knows { $known }): upgrade creances
ops-ledger-migration = cannot bring the ledger { $path } from schema { $version } to { $target }: { $error }; it was left as it was
ops-backup-not-utf8 = cannot back up to { $path }: give a path in plain UTF-8
ops-backup-incomplete = the copy { $path } does not read back whole ({ $verdict }): it was not kept

## src/store: lookups and refusals
ops-invoice-not-numbered = no invoice numbered `{ $reference }`; the invoice whose id is { $reference } is { $number }: name an issued invoice by its number, or write #{ $reference } for the id
ops-invoice-unknown = no invoice `{ $reference }`: give its number (e.g. FACT-2026-0001), a draft's id, or #ID for any invoice's id; see `creances invoice list`
ops-invoice-number-imported = number { $number } is already used by an imported invoice: issue in another --series
ops-invoice-not-draft-any-more = { $invoice } is not a draft any more
ops-offer-expires-before-date = the quote would expire ({ $valid_until }) before its date ({ $issue_date }): give a later --valid-until
ops-offer-unknown = no quote `{ $reference }`: give its number (e.g. DEV-2026-0001); see `creances offer list`
ops-subscription-unknown = no subscription #{ $id }: see `creances recurring list`
ops-reminder-unknown = no reminder #{ $id }: see `creances dunning log`
ops-reminder-not-uncertain = reminder #{ $id } is { $status }, not uncertain: only a reminder whose send was interrupted is resent on request
ops-hold-until-past = --until { $until } is before today ({ $since }): give a later date or no --until
ops-task-unknown = no task #{ $id }: see `creances task list`
ops-task-already-done = task #{ $id } was already done on { $day }
ops-no-company = the ledger has no company yet: run `creances init --name ...`
ops-customer-code-used = customer code { $code } is already used: choose another --code, or edit that customer with `creances customer edit { $code }`
ops-customer-unknown = unknown customer `{ $code }`: see `creances customer list`, or add it with `creances customer add --code { $code } --name ...`
ops-mandate-reference-used = mandate reference { $reference } is already used (customer { $code }): each mandate has its own RUM

## src/ops/invoice, src/ops/customer.rs ($verb and $what are codes: spaces written as hyphens)
ops-invoice-issued-immutable = { $kind ->
    [credit-note] credit note
   *[other] invoice
} { $number } is issued and cannot be { $verb }: issued documents are immutable; make a credit note with `creances invoice credit { $number } --reason ...`
ops-invoice-draft-not-issued = draft #{ $id } is a draft: it cannot be { $verb ->
    [written-off] written off
   *[other] { $verb }
} before it is issued; issue it with `creances invoice issue { $id }`
ops-invoice-is-credit-note = { $invoice } is a credit note: it cannot be { $verb ->
    [written-off] written off
   *[other] { $verb }
}
ops-dated-before-issue = { $what ->
    [a-payment] a payment
    [applying-credit] applying credit
    [a-credit-note] a credit note
   *[other] { $what }
} dated { $date } is before { $invoice } was issued ({ $issued }): give a --date on or after { $issued }
ops-invoice-already-paid = invoice { $invoice } is already paid: nothing left to be { $verb ->
    [written-off] written off
   *[other] { $verb }
}
ops-invoice-fully-credited = invoice { $invoice } is fully credited: nothing left to be { $verb ->
    [written-off] written off
   *[other] { $verb }
}
ops-invoice-written-off = invoice { $invoice } is written off: nothing left to be { $verb ->
    [written-off] written off
   *[other] { $verb }
}
ops-invoice-already-issued = invoice { $number } is already issued
ops-line-vat-under-franchise = line `{ $designation }` has VAT at { $rate } % but the company is under VAT franchise (CGI art. 293 B): use a rate of 0
ops-flag-empty = { $flag } cannot be empty
ops-payment-over-balance = { $amount } is more than the balance of { $invoice } ({ $balance }): pay at most { $balance }, or add --overpay to keep the excess as customer credit
ops-statement-from-after = --from { $from } is after the statement's date { $as_of }: give an earlier --from or a later --as-of

## src/ops: quotes, credit notes, customer credit, holds
ops-offer-expired = quote { $number } expired on { $valid_until }: it cannot be { $verb }; make a new quote
ops-offer-already = quote { $number } is already { $status }
ops-offer-global-discount = quote { $number } has a discount of its own: a deposit is taken on quotes whose discounts are on their lines; make a new quote with the discount on the lines
ops-offer-not-accepted = quote { $number } is not accepted: `creances offer accept { $number } --deposit 30%` asks a deposit first, plain `offer accept` invoices it whole
ops-offer-already-invoiced = quote { $number } is already invoiced by { $invoice }: a quote is invoiced once
ops-offer-no-deposit = quote { $number } has no deposit invoice to deduct: its invoice comes from `offer accept`
ops-credit-written-off = invoice { $invoice } is written off: it cannot be credited
ops-credit-already-full = invoice { $invoice } is already fully credited
ops-credit-too-much = a credit of { $asked } is more than what is left to credit on { $invoice } ({ $creditable }): credit at most { $creditable }
ops-credit-imported-no-rate = { $number } was imported without lines and its VAT ({ $vat }) matches no single rate: credit it with --line "DESIGNATION;QTY;UNIT_PRICE;VAT_RATE" for each rate
ops-credit-other-customer = { $invoice } is an invoice of { $owner }, not of { $code }: apply { $code }'s credit to one of its own invoices
ops-credit-none = customer { $code } has no credit on { $date } to apply (credit comes from an overpayment or a credit note on a paid invoice)
ops-credit-no-open-invoice = customer { $code } has a credit of { $credit } but no open invoice issued on or before { $date } to apply it to
ops-hold-not-issued = { $invoice } is not an issued invoice: only issued invoices are reminded or held
ops-hold-settled = invoice { $invoice } is settled: there is nothing to hold
ops-hold-reason-empty = --reason cannot be empty: say why the invoice is held (e.g. "disputed delivery")
ops-hold-not-held = invoice { $invoice } is not on hold

## src/ops/import.rs
ops-file-unreadable = cannot read { $path }: { $error }
ops-import-empty = { $path } is empty: its first line must name the columns (see docs/import.md)
ops-import-rejects-unwritable = cannot write the rejected rows: { $error }
ops-import-line-reason = line { $line }: { $reason }
ops-import-line-unreadable = { $path } line { $line }: { $error }: nothing imported
ops-import-more-reasons = ... and { $count } more
ops-import-rate-missing = invoice { $number } is in { $currency }: give its exchange rate on its issue date in a column `taux` (units of { $currency } for 1 { $accounting }, e.g. 1,0842)
ops-import-bad-rows = { $count } bad row(s) in { $path }, nothing imported:
ops-import-bad-rows-fix = fix them and import again, or add --skip-bad REJECTS.csv to import the good rows and set the bad ones aside
ops-import-invoice-other-customer = invoice { $invoice } is not an invoice of customer { $code }
ops-import-no-file = no file { $path }: give the path of the CSV file to import
ops-import-skip-bad-same-file = --skip-bad must name another file than the one imported
ops-statement-unreadable = cannot read the statement { $path }: { $error }

## src/ops/recurring
ops-subscription-needs-line = a subscription needs at least one --line "DESIGNATION;QTY;UNIT_PRICE;VAT_RATE" or --line "@SKU;QTY"
ops-subscription-send-no-email-new = customer { $code } has no email address, so --send cannot mail its invoices: add one with `creances customer edit { $code } --email ...`, or leave --send out
ops-subscription-from-needs-line = --from dates new lines: give them with --line
ops-subscription-send-no-email = customer { $code } has no email address, so --send cannot mail its invoices: add one with `creances customer edit { $code } --email ...`
ops-subscription-already-paused = subscription #{ $id } is already paused since { $since }: resume it with `creances recurring resume { $id }`
ops-subscription-resumed-on = subscription #{ $id } was resumed on { $last }: a new pause starts on or after that day (give --as-of { $last } or later)
ops-subscription-not-paused = subscription #{ $id } is not paused
ops-subscription-resume-too-early = subscription #{ $id } is paused from { $from }: it cannot resume before (give --as-of { $from } or later)
ops-subscription-nothing-to-end = subscription #{ $id } bills no period after { $on } already: nothing to end

## src/ops/delivery.rs
ops-delivery-already-invoiced = delivery note { $number } is already invoiced by { $invoice }: a delivery note is invoiced once
ops-delivery-source-other-customer = { $number } is for customer { $owner }, not { $code }: invoice each customer's documents on their own
ops-delivery-date-future = the delivery date { $date } is after today ({ $as_of }): a delivery note is numbered on its day, and a later date would hold back every number until then; give --date { $as_of } or earlier
ops-delivery-recap-other-customer = delivery note { $number } is for customer { $owner }, not { $code }: a recap invoice bills one customer's deliveries; group each customer's on their own
ops-delivery-none-to-invoice = customer { $code } has no delivery note to invoice dated on or before { $day }: see `creances delivery list --uninvoiced --customer { $code }`
ops-delivery-quote-has-deposits = quote { $number } has deposit invoices: invoice it on its own (`invoice create --from-offer { $number }`), so its final invoice deducts them
ops-delivery-quote-not-open = quote { $number } is { $status }: only an open or accepted quote can be invoiced
ops-delivery-quote-vat-basis = quote { $number } gives prices { $basis } VAT and the others do not: invoice it on its own

## src/files.rs
ops-write-no-folder = cannot write { $path }: the folder { $folder } does not exist; create it first, or give { $flag } a path in a folder that exists
ops-write-is-folder = cannot write { $path }: it is a folder; give { $flag } a file name
ops-write-guarded = refusing to write { $path }: it is { $what }; give another path
ops-guarded-sidecar = a file SQLite or creances keeps beside the ledger ({ $suffix })
ops-guarded-config = the config file
ops-guarded-ledger = the ledger
ops-write-stdout = cannot write to the standard output: { $error }
ops-write-disk-full = cannot write { $path }: the disk is full; nothing was left behind: free some space and try again
ops-write-read-only = cannot write { $path }: the folder is read-only for you; give another path or change its permissions
ops-write-failed = cannot write { $path }: { $error }
ops-file-name-unsafe = cannot make a file named `{ $name }`: a name made from a number may hold only letters, digits, `-`, `_` and `.`, and may not start with a dot

## src/ops/dunning, src/ops/bank.rs
ops-dunning-not-issued = { $invoice } is not an issued invoice: only issued invoices are reminded
ops-dunning-settled = invoice { $invoice } is { $status ->
    [written-off] written off
   *[other] { $status }
}: no reminder
ops-dunning-on-hold = invoice { $invoice } is on hold ({ $reason }): release it first with `creances invoice release { $invoice }`
ops-dunning-ladder-done = invoice { $invoice } has had every reminder step of its ladder: see `creances dunning log --invoice { $invoice }`
ops-dunning-template-missing = dunning step `{ $step }` uses the template `{ $template }`, which does not exist: add templates/{ $template }.{ $lang }.txt beside the config file, or use a built-in template
ops-bank-cannot-take = invoice { $invoice } cannot take { $amount } from the bank line of { $date }: it is settled or not the payer's
ops-bank-issued-after = invoice { $invoice } was issued after the money arrived ({ $date })
ops-bank-line-matched = bank line { $id } is already matched
ops-bank-not-issued = { $invoice } is not an issued invoice
ops-bank-other-customer = { $invoice } is not an invoice of { $code }: one bank line pays one customer's invoices
ops-bank-nothing-left = { $invoice } has nothing left to pay, or the bank line is used up before it
ops-bank-name-an-invoice = name at least one invoice number

## src/ops/exchange.rs
ops-rate-for-accounting-currency = { $currency } is the accounting currency: it takes no --rate; leave --rate out
ops-rate-how = give --rate (how many { $currency } one { $accounting } buys on { $day }, e.g. --rate 1.0842)
ops-rate-needed = an amount in { $currency } needs its exchange rate to { $accounting } on { $day }: { $how }, or keep a rates file ([currency] rates_file in the config)
ops-rate-file-missing = an amount in { $currency } needs its exchange rate to { $accounting } on { $day }, and the rates file { $path } does not exist: { $how }, or write the file (the ECB's CSV: Date,{ $currency },... one row per day)
ops-rates-file-unreadable = cannot read the rates file { $path }: { $error }
ops-rates-file-bad = the rates file { $path }: { $error }
ops-rates-file-no-rate = the rates file { $path } has no { $currency } rate to { $accounting } on or before { $day }: add a row for that day to it (Date,{ $currency },...), or { $how }

## src/mailer: what the mail server said
ops-smtp-refused = the mail server { $server } refused the connection: nothing listens on that port; check host and port in [email.smtp] and that the server is running
ops-smtp-timed-out = the mail server { $server } did not answer within { $seconds } s: check host and port in [email.smtp] and any firewall between, or raise its `timeout`
ops-smtp-closed = the mail server { $server } closed the connection before accepting the mail; the next attempt may pass (if it keeps failing, check security and port in [email.smtp])
ops-smtp-no-such-host = cannot find the mail server { $host }: check host in [email.smtp] and the network
ops-smtp-not-tls = the mail server { $server } does not speak TLS on port { $port } (it answered in plain text): { $security ->
    [tls] security = "tls" needs the server's TLS port (often 465); for port 587 set security = "starttls"
   *[other] check security and port in [email.smtp]
}
ops-smtp-no-starttls = the mail server { $server } does not offer STARTTLS on port { $port }: set security = "tls" with its TLS port (often 465), or the port your provider gives for STARTTLS (often 587)
ops-smtp-certificate = the certificate of the mail server { $host } is not trusted ({ $why }): check that host in [email.smtp] is the name your provider gives; creances accepts only certificates a public authority signed
ops-smtp-tls = the secure connection (TLS) to the mail server { $server } failed ({ $why }): check security and port in [email.smtp]
ops-smtp-login = the mail server { $server } refused the user name or password ({ $error }): check user and password_env or password_command in [email.smtp]
ops-smtp-other = the mail server { $server }: { $error }
ops-cert-unknown-issuer = signed by an authority this computer does not trust
ops-cert-other-name = it is made out to another name
ops-cert-expired = it has expired
ops-cert-not-yet-valid = it is not valid yet
ops-cert-revoked = it was revoked
ops-cert-self-signed = it is self-signed
ops-cert-invalid = it is not valid: { $error }
ops-tls-alert = the server ended the handshake: { $alert }
ops-mail-no-sender = no sender address to send mail from: set the company's email (`creances company set --email ...`) or `from` in the [email] section of the config
ops-mail-bad-sender = sender `{ $sender }` is not a mail address: { $error }
ops-mail-bad-recipient = recipient `{ $recipient }` is not a mail address: { $error }
ops-mail-bad-attachment = attachment { $file }: bad content type: { $error }
ops-mail-cannot-build = cannot build the message: { $error }
ops-smtp-bad-host = [email.smtp] host `{ $host }`: { $error }
ops-smtp-password-unset = the SMTP password variable { $var } is not set
ops-smtp-password-command-run = cannot run the SMTP password command: { $error }
ops-smtp-password-command-failed = the SMTP password command failed ({ $status })
ops-smtp-password-command-empty = the SMTP password command printed nothing
ops-smtp-no-password = [email.smtp] has a user but no password_env or password_command

## src/ops: mandates, receipts, products, locks, tasks, sends, reports, periods
ops-mandate-signed-future = --signed { $signed } is after today ({ $as_of }): give the day the customer signed the mandate
ops-sepa-no-mandate = invoice { $number } is to be paid by direct debit but customer { $code } has no mandate: add it with `creances customer mandate add { $code } --iban ... --bic ... --reference RUM --signed YYYY-MM-DD`, or mark the invoice paid by transfer
ops-sepa-no-creditor-id = the company has no SEPA creditor identifier: set the ICS your bank gave you with `creances company set --sepa-creditor-id FR..ZZZ......`
ops-sepa-no-iban = the company's IBAN and BIC are needed to collect: set them with `creances company set --iban ... --bic ...`
ops-customer-no-email = customer { $code } has no email address: add one with `creances customer edit { $code } --email ...`
ops-product-exists = product { $sku } already exists: change it with `creances product edit { $sku }`
ops-product-not-in-catalogue = no product `{ $sku }` in the catalogue: see `creances product list`
ops-product-unknown = unknown product `{ $sku }`: see `creances product list`, or add it with `creances product add --sku { $sku } ...`
ops-lock-file-open = cannot open the lock file { $path }: { $error }
ops-lock-failed = cannot lock { $path }: { $error }
ops-send-at-past = --at { $at } is in the past (today is { $as_of }): give today or a later day, or send it now without --at
ops-forecast-weeks = --weeks must be between 1 and { $max }
ops-close-until-future = --until { $until } is after today ({ $today }): a period is closed once it is over
ops-close-already = the books are already closed up to { $closed }: a closed period stays closed; give a later --until

## src/ops/documents
ops-invoice-not-sent = { $number } was not sent{ $issued_now ->
    [yes] {" "}(it is issued and archived)
   *[other] {""}
}: { $error }; send it again with `creances invoice send { $number }`
ops-offer-not-sent = { $number } was not sent: { $error }
ops-logo-unreadable = [documents] logo { $path }: cannot read it ({ $error }); fix the path in the config
ops-logo-not-png = [documents] logo { $path } is not a PNG image
ops-archive-unreadable = the archived PDF of { $label } ({ $path }) cannot be read: { $error }; restore it from a backup
ops-archive-altered = the archived PDF of { $label } ({ $path }) has been altered: its SHA-256 is not the one recorded ({ $sha256 }); restore it from a backup
ops-einvoice-draft = draft #{ $id } is a draft: issue it first with `creances invoice issue { $id }`; a draft has no e-invoice

## src/ops/credit_control.rs ($what: invoice, quote or subscription; $why: " (reason)" or empty)
ops-customer-blocked = customer { $code } is blocked{ $why }: no new { $what } without --force, or unblock it with `creances customer unblock { $code }`

## src/readers, src/ops/export
ops-rows-column-twice = the { $kind } file names the column `{ $column }` twice (column { $position }): keep one
ops-rows-missing-column = the { $kind } file has no column { $missing }: its first line must name the columns, among { $columns } (see docs/import.md)
ops-rows-bad-terms = payment_terms_days `{ $value }` is not a number of days, e.g. 30
ops-rows-bad-date = { $column } `{ $value }` is not a date: write YYYY-MM-DD or DD/MM/YYYY, e.g. 2026-03-15 or 15/03/2026
ops-export-period-needed = give the period: --year 2026, or --from 2026-01-01 --to 2026-12-31
ops-fec-needs-siren = the FEC file is named after the company's SIREN: set it with `creances company set --siren 123456789`
ops-subscription-period-billed = the period of { $start } of subscription #{ $id } is already billed ({ $invoice }): end it on { $start } or later, or credit that invoice first
ops-subscription-deleted-draft = a deleted draft

## src/readers/statement.rs
ops-bank-delimiter = [bank] delimiter `{ $delimiter }` must be one character or `tab`
ops-bank-header-unreadable = cannot read the header line: { $error }
ops-bank-no-column = no column `{ $column }` in the header ({ $header }): set the column names under [bank] in the config, or give --bank-format camt053 or ofx if this is not a CSV export
ops-bank-bad-lines = { $count } bad line(s), nothing imported:
