# render: messages of src/render (see src/i18n/mod.rs).

## Invoice statuses (render::words): in English, the codes themselves, which
## `invoice list --status` takes.
render-status-draft = draft
render-status-unsent = unsent
render-status-sent = sent
render-status-overdue = overdue
render-status-partially_paid = partially_paid
render-status-paid = paid
render-status-credited = credited
render-status-written_off = written_off
render-status-pending_collection = pending_collection

## Payment methods (render::words): in English, the codes `--method` takes.
render-method-transfer = transfer
render-method-check = check
render-method-card = card
render-method-cash = cash
render-method-direct_debit = direct_debit
render-method-other = other
render-status-issued = issued

## Lists and records (render/mod.rs)
render-none = (none)
render-warning = warning: { $text }
render-yes = yes
render-no = no

## Customers (render/customer.rs)
render-customer-terms-days = { $days } days
render-customer-terms-default = company default
render-customer-blocked-yes = yes ({ $reason })
render-customer-no-limit = none
render-customer-statement = Relevé de compte { $name } ({ $code }) au { $to }
    { $table }
    solde dû au { $to } : { $closing }
render-customer-statement-written = wrote { $file } (relevé de compte { $code } au { $to }: { $lines } lines, solde dû { $closing })

## Invoices (render/invoice.rs)
render-invoice-not-issued = (draft)
render-invoice-due-after-issue = { $days } days after issue
render-invoice-paid-to-come = { $amount } (dated after { $as_of })
render-invoice-on-hold-since = { $reason } (since { $since })
render-invoice-not-collected = not collected yet
render-invoice-deleted = deleted draft #{ $id }
render-invoice-on-hold = invoice { $invoice } is on hold from { $since }: { $reason } (no reminder until released)
render-invoice-on-hold-until = invoice { $invoice } is on hold from { $since } until { $until }: { $reason } (no reminder until released)
render-invoice-released = invoice { $invoice } is released: reminders resume with the next run
render-status-ok = ok
render-status-late = late
render-status-blocked = blocked

## Column names, field labels and section titles of tables (render::words::label):
## `render-col-` and the English words with hyphens; English shows the words as written.
render-col-code = code
render-col-name = name
render-col-kind = kind
render-col-open = open
render-col-balance = balance
render-col-overdue = overdue
render-col-days-late = days late
render-col-status = status
render-col-dunning = dunning
render-col-late-payer = late payer
render-col-score = score
render-col-invoice = invoice
render-col-due = due
render-col-date = date
render-col-reference = reference
render-col-debit = debit
render-col-credit = credit
render-col-open-invoices = Open invoices
render-col-history = History
render-col-email = email
render-col-address = address
render-col-siren = siren
render-col-vat_number = vat_number
render-col-terms = terms
render-col-profile = profile
render-col-language = language
render-col-blocked = blocked
render-col-credit_limit = credit_limit
render-col-business = business
render-col-individual = individual
render-col-designation = designation
render-col-qty = qty
render-col-unit-price = unit price
render-col-vat-pct = vat %
render-col-discount = discount
render-col-amount = amount
render-col-number = number
render-col-customer = customer
render-col-issued = issued
render-col-total = total
render-col-paid = paid
render-col-credited = credited
render-col-credit-note = credit note
render-col-deposit-invoice = deposit invoice
render-col-issue_date = issue_date
render-col-corrects = corrects
render-col-reason = reason
render-col-due_date = due_date
render-col-total_net = total_net
render-col-total_vat = total_vat
render-col-exchange_rate = exchange_rate
render-col-total_accounting = total_accounting
render-col-written_off = written_off
render-col-paid_to_come = paid_to_come
render-col-days_late = days_late
render-col-on_hold = on_hold
render-col-offer = offer
render-col-direct_debit = direct_debit
render-col-bills = bills
render-col-credit_notes = credit_notes
render-col-purchase_order = purchase_order
render-col-lines-prices-incl-vat = Lines (prices incl. VAT)
render-col-lines-prices-excl-vat = Lines (prices excl. VAT)
render-col-quote = quote
render-col-credit_note = credit_note
render-col-write_off = write_off
render-col-payment = payment
render-col-opening_balance = opening_balance
render-col-standard = standard
render-col-vip = vip
render-col-new = new
render-col-late_payer = late_payer

## Payment scores (render/score.rs)
render-score-nothing-due = nothing due
render-score-days-late = { $days } days late
render-score-nothing-paid = nothing paid
render-score-lateness-average = { $late } on average (amount-weighted, due in 12 months)
render-score-lateness = { $late } on the invoices due in 12 months
render-score-late-share = { $late } of { $due } { $due ->
        [one] invoice
       *[other] invoices
    } due in 12 months paid late or still late
render-score-overdue = { $amount } overdue, the oldest { $days } days
render-score-nothing-overdue = nothing overdue
render-score-holds = { $count } { $count ->
        [one] hold
       *[other] holds
    } in 12 months
render-score-credit-notes = { $count } { $count ->
        [one] credit note
       *[other] credit notes
    } in 12 months
render-score-notices = { $count } { $count ->
        [one] formal notice
       *[other] formal notices
    } in 12 months
render-score-no-trend = no year before to compare with
render-score-trend = { $current } vs { $previous } the 12 months before
render-col-factor = factor
render-col-weight = weight
render-col-value = value
render-col-lost = lost
render-col-lateness = lateness
render-col-late-invoices = late invoices
render-col-overdue-now = overdue now
render-col-disputes = disputes
render-col-credit-notes = credit notes
render-col-formal-notices = formal notices
render-col-trend = trend
render-col-grade = grade

## Events of an invoice's story (render/story.rs)
render-col-event-subscription = subscription
render-col-event-issued = issued
render-col-event-scheduled_send = scheduled send
render-col-event-sent = sent
render-col-event-deposit = deposit
render-col-event-collection = collection
render-col-event-collection_returned = collection returned
render-col-event-payment = payment
render-col-event-credit_note = credit note
render-col-event-reminder = reminder
render-col-event-hold = hold
render-col-event-released = released
render-col-event-written_off = written off
render-col-event-payment_to_come = payment to come
render-col-event = event
render-col-note = note

## Payments (render/payment.rs)
render-col-id = id
render-col-method = method
render-col-settles = settles
render-col-unallocated = unallocated
render-col-credit-left = credit left

## Report columns (render/report.rs), shown through render::words::label.
render-col-payments = payments
render-col-dmp-days = dmp (days)
render-col-count = count
render-col-count-pct = count %
render-col-amount-pct = amount %
render-col-indicator = indicator
render-col-avg-days-late = avg days late
render-col-unpaid-late = unpaid late
render-col-frequent-late-payer = frequent late payer
render-col-flag = flag
render-col-sku = sku
render-col-month = month
render-col-week-of = week of
render-col-invoices = invoices
render-col-expected = expected
render-col-not-due = not due

## The dashboard (render/dashboard.rs).
render-dash-title = Dashboard on { $date } (twelve months from { $from } to { $to })
render-dash-receivables = receivables { $receivables }   overdue { $overdue } ({ $count ->
        [one] { $count } invoice
       *[other] { $count } invoices
    })   over 90 days late { $over_90 }
render-dash-dmp = DMP (days)
render-dash-dso = DSO (days)
render-dash-by-month = by month, { $first } to { $last }
render-dash-aging = Aging (days past due)
render-dash-credit = credit
render-dash-total = total
render-dash-split = Paid / pending / dunning
render-dash-pile-paid = paid
render-dash-pile-pending = pending
render-dash-pile-dunning = dunning
render-dash-forecast = Cash-in expected, next { $weeks } weeks
render-dash-week-of = week of { $monday }
render-dash-later = later
render-dash-doubtful = doubtful
render-dash-payers = Worst and best payers
render-dash-worst = worst
render-dash-best = best
render-dash-dunning = Today's dunning run would
render-dash-dunning-send = send { $reminders ->
        [one] reminder
       *[other] reminders
    } in { $mails ->
        [one] { $mails } mail
       *[other] { $mails } mails
    }, { $notices } of them { $notices ->
        [one] formal notice
       *[other] formal notices
    }
render-dash-dunning-tasks = create call { $tasks ->
        [one] task
       *[other] tasks
    }, and skip { $skipped ->
        [one] { $skipped } step
       *[other] { $skipped } steps
    } gone by
render-dash-headline =
    At a glance (`creances report dashboard`):
      receivables { $receivables }, overdue { $overdue } ({ $count } invoices), over 90 days late { $over_90 }
      DMP { $dmp } days { $dmp_trend }   DSO { $dso } days { $dso_trend }   (12 months)
      payment grades: { $grades }
