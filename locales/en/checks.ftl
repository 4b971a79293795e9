## Bank statement readers (src/readers)
checks-statement-bad = { $format } statement: { $problem }
checks-camt-not-xml = not well-formed XML at byte { $byte }: { $error }
checks-camt-cut-short = the file ends inside <{ $element }> after { $count } entries: it was cut short; download the statement again
checks-camt-not-camt = no BkToCstmrStmt element: this is not a camt.053 statement (give --bank-format csv or ofx if it is another kind)
checks-camt-entry = entry { $n }: { $problem }
checks-camt-no-amount = no amount (Amt)
checks-camt-negative = amount `{ $amount }` is negative: CAMT.053 amounts are positive and CdtDbtInd says the direction
checks-camt-no-direction = no CdtDbtInd (CRDT or DBIT)
checks-camt-no-date = no booking date (BookgDt)
checks-camt-booking-date = booking date
checks-ofx-not-ofx = no <OFX> element: this is not an OFX file
checks-ofx-open-tag = a tag is not closed with `>`
checks-ofx-cut-short = the last transaction (STMTTRN) is not closed: the file is cut short
checks-ofx-transaction = transaction { $n }: { $problem }
checks-ofx-missing = no { $tag }
checks-ofx-bad-date = DTPOSTED `{ $value }` is not a date like 20260305
checks-csv-date-format = date `{ $value }` does not follow the [bank] date_format `{ $format }`
checks-csv-col-date = date
checks-csv-col-amount = amount
checks-csv-col-credit = credit
checks-csv-col-debit = debit
checks-csv-date-empty = the date is empty
checks-csv-no-amount = neither a debit nor a credit

## Dunning runs and their tasks (src/ops/dunning, src/render/dunning)
checks-dunning-no-email = customer { $customer } has no email address: add one with `creances customer edit { $customer } --email ...`
checks-dunning-nothing-to-send = nothing to send
checks-dunning-no-mailer = no mailer
checks-dunning-not-recorded = not sent, the ledger could not record the attempt first: { $error }
checks-dunning-outbox = mail goes to the outbox folder { $folder } and reaches no customer: set the [email] transport of the config (smtp or sendmail) to send it
checks-dunning-customer-problem = customer { $customer }: { $problem }
checks-dunning-hold-pending = direct debit pending collection
checks-dunning-hold-awaiting = to be collected by direct debit
checks-task-call = Call { $name } ({ $code }) about { $invoice }: { $days } day(s) late, { $balance } { $currency } due

## --help: the help of possible values (French only: English help is clap's, from the doc comments)
checks-help-possible-values = Possible values:
checks-value-color-auto = On a terminal, unless NO_COLOR is set
checks-value-color-always = Always, even into a pipe or with NO_COLOR
checks-value-color-never = Never
checks-value-layout-fec-csv = The FEC columns for a spreadsheet: UTF-8 with BOM, `;`, decimal comma
checks-value-layout-sage = Sage 50 / Ciel XImport: fixed width, code page 850
checks-value-layout-ebp = EBP ASCII entry import: commas, code page 850
checks-value-encoding-latin9 = ISO-8859-15, as the text asks
checks-value-encoding-utf8 = UTF-8, accepted by most software but not in the text

## Command line errors clap words itself (French only; English is clap's own text)
checks-clap-twice = the argument { $arg } cannot be used multiple times
checks-clap-no-equals = equal sign is needed when assigning values to { $arg }
checks-clap-too-many-values = unexpected value { $value } for { $arg } found; no more were expected
checks-clap-value-count = { $wanted } values required by { $arg }; { $given } were provided
checks-clap-invalid-utf8 = invalid UTF-8 was detected in one or more arguments
checks-clap-number-empty = cannot parse integer from empty string
checks-clap-number-digit = invalid digit found in string
checks-clap-number-range = number too large or too small to fit in target type

## customer list
checks-customer-in-dunning = in dunning

## Payment matching: rules and reasons (src/domain/matching, shown by src/render/reconcile.rs)
checks-rule-number = invoice number in the bank text
checks-rule-amount = amount equals the balance of one open invoice of the payer
checks-rule-sum = amount equals the sum of several open invoices of the payer
checks-rule-manual = chosen by hand
checks-reason-debit = a debit, not money received
checks-reason-several-customers = the text names invoices of several customers ({ $numbers })
checks-reason-more-than-due = { $amount } is more than the { $due } still due on { $numbers }
checks-reason-same-balance = { $count } open invoices of the payer have this balance
checks-reason-no-payer = no invoice number in the text and no known payer (name or IBAN)
checks-reason-no-set = the payer has no open invoice or set of invoices of this amount
checks-reason-several-sets = several sets of the payer's open invoices add up to this amount
checks-reason-no-rule = no rule applies
checks-reason-settled = the text names { $numbers }, with nothing left to pay on or before { $date }

## Exports (src/ops/export)
checks-export-unbalanced = entry { $entry } does not balance ({ $debit } debit, { $credit } credit): the ledger is inconsistent
checks-export-write = cannot write the export: { $error }
