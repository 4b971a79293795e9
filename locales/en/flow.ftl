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
