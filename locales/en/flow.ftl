# flow: messages of the workflow outputs in src/render (dunning, recurring, daily, imports, exports, reconcile, offers, deliveries, audit, backup, tasks).

## Shared by the workflow outputs
flow-none = (none)
flow-note = note: { $note }
flow-warning = warning: { $message }
flow-problem = problem: { $message }

## Column names and field labels (render::dunning::words::col): in English, the CSV's
## column names.
flow-col-customer = customer
flow-col-invoice = invoice
flow-col-step = step
flow-col-channel = channel
flow-col-balance = balance
flow-col-days-late = days late
flow-col-status = status
flow-col-detail = detail
flow-col-date = date
flow-col-action = action
flow-col-error = error
flow-col-mail = mail

## Dunning actions and reminder statuses (codes in English)
flow-action-planned = planned
flow-action-sending = sending
flow-action-sent = sent
flow-action-failed = failed
flow-action-skipped = skipped
flow-action-perform = perform
flow-action-skip = skip

## Dunning channels
flow-channel-email = email
flow-channel-letter = letter
flow-channel-task = task

## Dunning runs
flow-dunning-line = dunning { $date }: { $text }
flow-dunning-line-dry-run = dunning { $date } (dry run): { $text }
flow-dunning-summary-dry-run = would send { $reminders } reminder(s) in { $mails } mail(s), skip { $skipped }, create { $tasks } task(s); nothing changed
flow-dunning-summary = { $sent } reminder(s) sent in { $mails } mail(s), { $failed } failed, { $skipped } skipped, { $tasks } task(s) created
flow-dunning-credit-note = customer { $customer } has credit { $credit } that could settle { $invoices }: run `creances payment apply --customer { $customer }`
flow-dunning-call-note = consider calling { $name } ({ $code }) about { $invoice }: { $days } days late
flow-dunning-run-failed = { $failed } reminder(s) could not be sent; they stay recorded as failed and the next run retries them
flow-dunning-dry-run-failed = the real run would not send everything due today: { $problems } problem(s) above; fix them, then run `creances dunning run --dry-run` again
flow-dunning-uncertain = uncertain: reminder #{ $id } ({ $invoice } { $step }, to { $recipient }) was being sent when a run stopped; the server may have it. Check the mailbox, then `creances dunning resend { $id }` to send it again
flow-dunning-resent = reminder #{ $id } will be sent by the next `creances dunning run`
flow-dunning-demo-title = First dunning run (`creances dunning run`), mails written to { $outbox }:
flow-dunning-demo-log = what was sent and skipped
flow-dunning-demo-plan = what the next runs will do

## creances daily
flow-part-recurring = recurring
flow-part-sends = sends
flow-part-dunning = dunning
flow-daily-already-done = already done today
flow-daily-not-run = not run: { $message }
flow-daily-sends = { $sent } sent, { $failed } failed
flow-daily-uncertain = { $summary }, { $uncertain } uncertain (see `creances dunning run`)
flow-daily-part = { $part }: { $text }
flow-daily-joiner = { "; " }
flow-daily-line = daily { $date }: { $parts }
flow-daily-part-line = { $part } { $date }: { $text }
flow-daily-part-error = error: { $part }: { $message }
flow-daily-send-failed = error: sends: { $document } not sent: { $why }

## Subscriptions: columns, labels, states and periods
flow-col-id = id
flow-col-every = every
flow-col-start = start
flow-col-ends = ends
flow-col-next = next
flow-col-amount = amount
flow-col-invoices = invoices
flow-col-state = state
flow-col-subscription = subscription
flow-col-period = period
flow-col-total = total
flow-col-day-of-month = day of month
flow-col-next-period = next period
flow-col-designation = designation
flow-col-qty = qty
flow-col-unit-price = unit price
flow-col-vat = vat %
flow-col-from = from
flow-col-rate = rate %
flow-col-until = until
flow-col-on = on
flow-col-change = change
flow-recurring-week = week
flow-recurring-month = month
flow-recurring-quarter = quarter
flow-recurring-year = year
flow-recurring-active = active
flow-recurring-paused = paused
flow-recurring-ended = ended

## Subscriptions: what they say
flow-recurring-until = until { $date }
flow-recurring-periods = { $count } periods
flow-recurring-issued-and-sent = issued and sent
flow-recurring-issued = issued
flow-recurring-left-as-drafts = left as drafts
flow-recurring-per-period = { $amount } per period
flow-recurring-period = { $start } to { $end }
flow-recurring-no-end = (paused)
flow-recurring-draft-deleted = (draft deleted)
flow-recurring-section-lines = Lines
flow-recurring-section-later = Lines from a day on
flow-recurring-section-revisions = Price revisions
flow-recurring-section-pauses = Pauses
flow-recurring-section-invoices = Invoices
flow-recurring-section-changes = Changes
flow-recurring-line = recurring { $date }: { $text }
flow-recurring-line-dry-run = recurring { $date } (dry run): { $text }
flow-recurring-summary-blocked = , { $periods } period(s) waiting for blocked customer(s) ({ $customers })
flow-recurring-summary-refused = , { $periods } period(s) refused by credit control ({ $customers })
flow-recurring-summary-dry-run = would create { $invoices } invoice(s), issue { $issued }, send { $sends }{ $waiting }; nothing changed
flow-recurring-summary = { $invoices } invoice(s) created, { $issued } issued, { $sent } sent, { $failed } failed{ $waiting }
flow-recurring-left-as-draft = left as a draft: { $why }
flow-recurring-would-be-issued = would be issued
flow-recurring-would-be-draft = would be a draft
flow-recurring-status-issued = issued
flow-recurring-status-draft = draft
flow-recurring-blocked = customer blocked: not invoiced (--force, or `creances customer unblock`)
flow-recurring-refused = credit control: { $reason }: not invoiced (--force, or record its payments)
flow-recurring-would-send-new = would send the new invoice to { $customer }
flow-recurring-would-send = would send { $invoice } to { $customer }
flow-recurring-sent = sent { $invoice } to { $customer }
flow-recurring-not-sent = { $invoice } not sent: { $error }
flow-recurring-run-failed = { $failed } invoice(s) of subscriptions could not be issued or sent; the table says why (unsent invoices are retried by the next run)

## Imports
flow-col-imported = imported
flow-col-file = file
flow-col-encoding = encoding
flow-col-separator = separator
flow-col-rows = rows
flow-col-added = added
flow-col-unchanged = unchanged
flow-col-rejected = rejected
flow-col-rejects-file = rejects file
flow-col-ignored-columns = ignored columns
flow-col-statement = statement
flow-col-format = format
flow-col-account = account
flow-col-lines = lines
flow-col-already-known = already known
flow-col-credits-to-match = credits to match
flow-col-direct-debits-settled = direct debits settled
flow-col-direct-debits-returned = direct debits returned
flow-col-returns-to-check = returns to check
flow-import-on-day = on { $date }
flow-import-from-to = from { $first } to { $last }
flow-import-after-today = warning: { $lines } bank line(s) dated after today ({ $today }), { $days }: check the statement's dates (a typo, a value date?); a payment matched from such a line is dated that day, and invoices count it as paid only from then

## Tasks
flow-col-due = due
flow-col-task = task
flow-col-done = done
flow-task-done = task #{ $id } done on { $date }: { $title }

## Backups
flow-col-backup = backup
flow-col-bytes = bytes

## Period close and verify
flow-col-closed-until = closed until
flow-col-audit-log = audit log
flow-col-chain = chain
flow-col-facts = facts
flow-col-documents = documents
flow-col-what-differs = what differs
flow-audit-rows = { $rows } rows
flow-audit-broken-at = broken at row { $row }
flow-audit-whole = whole
flow-audit-as-recorded = as recorded
flow-audit-differ = { $count } differ
flow-audit-documents = { $checked } checked, { $differ } differ
flow-audit-differences = Differences

## Quotes
flow-col-number = number
flow-col-valid-until = valid until
flow-col-quote = quote
flow-col-valid_until = valid_until
flow-col-discount = discount
flow-col-total_net = total_net
flow-col-total_vat = total_vat
flow-offer-open = open
flow-offer-expired = expired
flow-offer-accepted = accepted
flow-offer-declined = declined
flow-offer-lines = Lines

## Delivery notes
flow-col-unit = unit
flow-col-delivery-note = delivery note
flow-col-notes = notes
flow-delivery-not-invoiced = (not invoiced)
flow-delivery-lines = Lines delivered

## Bank reconciliation
flow-col-line = line
flow-col-text = text
flow-col-rule = rule
flow-col-payment = payment
flow-col-why = why
flow-col-counterparty = counterparty
flow-col-source = source
flow-col-matcher-says = matcher says
flow-match-matched = matched
flow-match-ambiguous = ambiguous
flow-match-unmatched = unmatched
flow-match-to_record = to record
flow-reconcile-recorded = { $recorded } payment(s) recorded, { $left } credit(s) left: see `creances payment unmatched`
flow-reconcile-future-recorded = warning: bank line { $line } is dated { $date }, after today ({ $today }): the payment of { $invoices } was recorded and counts from that day only; `invoice show` before then does not see it
flow-reconcile-future-proposed = warning: bank line { $line } is dated { $date }, after today ({ $today }): the payment of { $invoices } would be recorded and counts from that day only; `invoice show` before then does not see it
flow-reconcile-proposed = nothing recorded: { $ready } match(es) ready; record them with `creances payment match --auto`, or pick by hand with --interactive
flow-reconcile-question = bank line { $line } of { $date }: { $amount } { $currency }
flow-reconcile-matcher-says = { $invoices } by { $rule } (record with --auto)

## Exports
flow-export-opening = , { $opening } opening
flow-export-entries = wrote { $file } ({ $from } to { $to }): { $entries } entries ({ $sales } sales, { $bank } bank, { $misc } write-offs{ $opening }), { $lines } lines, debit = credit = { $debit }
flow-export-invoices = wrote { $file } ({ $count } invoices and credit notes, as of { $date })

## SEPA mandates and collections (the summaries; the XML is not translated)
flow-col-mandate = mandate
flow-col-iban = iban
flow-col-bic = bic
flow-col-signed = signed
flow-col-signed_on = signed_on
flow-col-kind = kind
flow-col-collections = collections
flow-col-debtor = debtor
flow-col-sequence = sequence
flow-col-collection-date = collection date
flow-col-collection = collection
flow-sepa-collected = { $count } direct debit(s), { $total } in total, in { $file } ({ $message_id }): send it to the bank
flow-sepa-nothing = nothing to collect: no invoice paid by direct debit is due and not collected yet; no file written
flow-sepa-debits = Direct debits
flow-imported-customers = customers
flow-imported-invoices = invoices
flow-imported-payments = payments
