# views: what is still shown in English otherwise (trends, products, company, invoice
# history, subscriptions edits, score grades); see docs/i18n.md.

## report trends (render/trends.rs)
views-trends-title = Trends on { $date }, month by month
views-trends-delays = DMP and DSO (days)
views-trends-cash = Invoiced vs collected
views-trends-invoiced = invoiced
views-trends-collected = collected
views-trends-grades = Customers by score grade

## Score grades (render/score.rs): A to E stay letters
views-grade-new = new

## Products (render/product.rs)
views-product-goods = goods
views-product-service = service
views-product-unit = unit
views-product-unit_price = unit_price
views-product-vat_rate = vat_rate

## The company (render/company.rs)
views-company-vat_franchise = vat_franchise
views-company-franchise-yes = yes (CGI art. 293 B)
views-company-franchise-no = no
views-company-iban = iban
views-company-bic = bic
views-company-phone = phone
views-company-legal_form = legal_form
views-company-payment_terms = payment_terms
views-company-terms-days = { $days } days
views-company-penalty_rate = penalty_rate
views-company-penalty-fixed = { $rate } %
views-company-penalty-ecb = ECB rate + 10 points
views-company-currency = currency
views-company-sepa_creditor_id = sepa_creditor_id
views-company-closed_until = closed until

## An invoice's story (render/story.rs, render/invoice.rs)
views-invoice-draft = draft #{ $id }
views-story-payment = payment #{ $id }
views-story-subscription = subscription #{ $id }
views-story-send-scheduled = scheduled
views-story-send-sending = sending
views-story-send-sent = sent
views-story-send-failed = failed
views-story-due = due { $date }
views-story-period = period { $index }
views-story-deducted-by-final = deducted by the final invoice
views-story-deposit-deducted = deposit deducted
views-story-payment-ref = { $method }, { $reference }
views-story-reminder = { $channel }, { $status }
views-story-reminder-error = { $channel }, { $status }: { $error }
views-story-until = until { $date }
views-story-collection = SEPA { $sequence } in { $message_id } for { $date }

## A subscription's changes (render/recurring/change.rs): English shows them as stored
views-change-lines = lines from { $date }: { $lines }
views-change-line = { $designation } { $qty } x { $price } ({ $vat } %)
views-change-end = end { $date }
views-change-count = count { $count }
views-change-day-of-month = day of month { $day }
views-change-issue-on = issue on
views-change-issue-off = issue off
views-change-send-on = send on
views-change-send-off = send off

## Credit applied (render/payment.rs)
views-payment-received = received
views-payment-applied = applied
views-payment-credit-before = credit before
views-payment-applied-to = applied to

## What `verify` found (render/audit.rs): English as in JSON
views-verify-changed = { $subject } ({ $event }) was changed outside creances: the log recorded { $recorded }, the ledger now says { $now }
views-verify-added = { $subject } ({ $event }) is not in the log: it was added outside creances ({ $now })
views-verify-removed = { $subject } ({ $event }) was removed outside creances: the log recorded { $recorded }
views-verify-document-changed = { $file } ({ $number }) differs from the document archived
views-verify-document-missing = { $file } ({ $number }) is missing from { $dir }

## Reports (render/report.rs, render/report/kpis.rs): English as before
views-report-period = Period { $from } to { $to } ({ $days } days)
views-report-from-to = { $from } to { $to }
views-report-all-customers = all customers
views-report-dso = DSO { $dso } days = receivables { $receivables } ÷ revenue incl. VAT { $revenue } × { $days } days
views-report-dmp-formula = DMP = Σ(amount paid × days from issue to payment) ÷ Σ amount paid, over payments received in the period
views-report-dso-formula = DSO = receivables at the end of the period ÷ invoices (less credit notes) issued in the period, VAT included × days in the period
views-split-paid = paid
views-split-pending = pending
views-split-dunning = dunning
views-split-note = paid: settled by payments (amount paid); pending: open, not reminded after its due date (balance); dunning: overdue and reminded at least once (balance). { $excluded } fully credited or written-off invoices are left out.
views-forecast-later = later
views-forecast-doubtful = doubtful
views-kpi-invoiced = invoiced { $from } to { $to }
views-kpi-collected = collected
views-kpi-unpaid-30 = unpaid 30 days after due (% of amount)
views-kpi-late-now = invoices late now
views-kpi-receivables = receivables
views-kpi-over-90 = receivables over 90 days late
views-kpi-col-late-invoices = late invoices (12 months)
views-kpi-payers = Payers
views-kpi-frequent = frequent late payer
views-kpi-payer-days = { $customer } ({ $days } d)
views-kpi-best = best payers: { $names }
views-kpi-worst = worst payers: { $names }
views-forecast-note = Each open balance is expected on its due date plus the customer's own average delay (amount-weighted over its past payments); a little later than usual is expected this week; more than 30 days later than usual is doubtful.

## Problems of an imported row (readers/rows.rs); column names stay as in the file
views-rows-empty = { $column } is empty
views-rows-bad-currency = currency `{ $currency }` is not a three-letter code like EUR
views-rows-bad-rate = exchange_rate `{ $text }` is not a positive number: write how many units of the invoice's currency one unit of the company's buys, e.g. 1,0842
views-rows-total-not-positive = total { $total } must be greater than zero (credit notes are not imported)
views-rows-net-vat-total = net { $net } + vat { $vat } is not the total { $total }
views-rows-due-before-issue = due_date { $due } is before issue_date { $issue }
views-rows-paid-out-of-range = paid { $paid } must be between 0 and the total { $total }
views-rows-paid-before-issue = paid_on is before issue_date
views-rows-amount-not-positive = amount { $amount } must be greater than zero

## A SEPA mandate's kind (render/sepa.rs)
views-mandate-recurrent = recurrent
views-mandate-one-off = one-off

## A workbook written (render/xlsx.rs)
views-xlsx-written = wrote { $file }

## An e-invoice written (cli/document.rs)
views-xml-written = { $document }: { $path }

## The task a dunning step created (render/dunning/run.rs)
views-dunning-task-created = task #{ $id }

## report revenue: the label column in a table (render/report.rs)
views-revenue-product-label = label
views-revenue-customer-label = label
