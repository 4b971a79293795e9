# cli: messages of src/cli (see src/i18n/mod.rs).

## Prompts and missing values
cli-prompt-customer-code = Customer code
cli-prompt-first-line = Line (DESIGNATION;QTY;UNIT_PRICE;VAT_RATE or @SKU;QTY)
cli-prompt-another-line = Another line (empty to finish)
cli-prompt-company-name = Company name
cli-prompt-customer-name = Customer name
cli-prompt-product-name = Product name
cli-prompt-unit-price = Unit price excl. VAT
cli-prompt-vat-rate = VAT rate
cli-missing-value = missing { $flag }: { $prompt } is required (give { $flag } VALUE)
cli-missing-customer = missing --customer: Customer code is required (give --customer CODE)
cli-missing-line = missing --line: a document needs at least one `--line "DESIGNATION;QTY;UNIT_PRICE;VAT_RATE"` or `--line "@SKU;QTY"`
cli-what-date = date

## Command messages
cli-out-not-xlsx = --out { $path }: reports are written as Excel workbooks; give a file name ending in .xlsx
cli-statement-out-xlsx = --out { $path }: --pdf writes a PDF; name it FILE.pdf, or leave out --pdf for a workbook
cli-ledger-created = created ledger { $path }
cli-offer-status-unknown = --status `{ $text }` is unknown: use open, expired, accepted or declined
cli-invoice-status-unknown = --status `{ $text }` is unknown: use one of { $words }
cli-receipt-sent = receipt sent to { $to } ({ $via })
cli-receipt-failed = the payment is recorded (do not record it again) but the receipt was not sent: { $reason }
cli-manpage-unknown = no command `{ $command }`: give a command as `creances --help` lists it, e.g. `invoice send`
cli-audit-broken = the audit log is broken at row { $row }: a row was changed, removed or added outside creances
cli-audit-differs = { $facts } fact(s) and { $documents } document(s) differ from what was recorded

## Documents
cli-pdf-differs-from-archive = a fresh rendering of { $document } differs from its archived copy (the company's details or the program changed since); the archived copy is the document of record and is the one written
cli-pdf-written = { $document }: { $path } ({ $size } bytes, sha256 { $sha256 }{ $note ->
    [archived] , archived
    [identical] , identical to the archived copy
    [differs] , the archived copy (a fresh rendering differs)
   *[none] {""}
  })
cli-pdf-sent = { $document }{ $issued_now ->
    [yes] {" "}issued and
   *[no] {""}
  } sent to { $recipient } ({ $via }): { $path } ({ $size } bytes, sha256 { $sha256 })
cli-pdfs-archived = { $count } PDF(s) archived in { $path }
cli-send-scheduled = { $invoice }: scheduled to be sent on { $date } by `creances daily`

## Reconciliation
cli-reconcile-which-invoices = Which invoices does it pay?
cli-reconcile-invoice-numbers = Invoice numbers, separated by commas (empty to skip)
cli-reconcile-other-invoices = other invoices: type their numbers
cli-reconcile-skip = skip: leave it unmatched
cli-interactive-needs-terminal = --interactive needs a terminal: in scripts and cron use `creances payment match --auto`

## Demo
cli-demo-not-a-demo = { $path } exists and is not a demo ledger: the demo will not overwrite it; give another --db
cli-demo-written = Demo ledger written to { $path } (as of { $as_of }):
cli-demo-counts = { $customers } customers, { $products } products, { $quotes } quotes, { $invoices } invoices, { $payments } payments, { $credit_notes } credit note, { $write_offs } write-off
cli-demo-receivables = receivables { $receivables } EUR, of which overdue { $overdue } EUR
cli-demo-column-customer = customer
cli-demo-column-name = name
cli-demo-column-open = open
cli-demo-column-balance = balance
cli-demo-column-overdue = overdue
cli-demo-column-days-late = days late
cli-demo-column-status = status
cli-demo-column-score = score
cli-demo-column-credit-limit = credit limit
cli-demo-standing-ok = ok
cli-demo-standing-late = late
cli-demo-standing-blocked = blocked
cli-demo-pdfs = The PDF of each of its { $count } invoices and credit notes is in { $path }
cli-demo-try-it = Try it:
cli-demo-synthetic = synthetic ledger { $path } (seed { $seed }, as of { $as_of }): { $customers } customers, { $invoices } invoices, { $lines } lines, { $payments } payments, { $credit_notes } credit notes, { $reminders } reminders in { $seconds } s
