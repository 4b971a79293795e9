# domain: messages of src/domain (see src/i18n/mod.rs).

## Dates, amounts, quantities, rates
domain-not-a-date = { $what } `{ $text }` is not a date: write YYYY-MM-DD, e.g. 2026-11-24
domain-currency-not-iso = currency `{ $code }` is not a three-letter ISO 4217 code, e.g. EUR, USD, CHF
domain-too-many-decimals-for-currency = { $value } has more decimals than { $currency } has: write at most { $decimals } decimal(s)
domain-currencies-differ = cannot add an amount in { $left } to one in { $right }: convert one of them first
domain-not-an-amount = { $what } `{ $text }` is not an amount: write digits with a point or a comma, e.g. 1200.50
domain-amount-cents = { $what } `{ $text }` has more than two decimals: amounts are in cents, e.g. { $rounded }
domain-amount-too-large = { $what } `{ $text }` is too large
domain-not-an-amount-any = { $what } `{ $text }` is not an amount: write digits with a decimal point or comma, e.g. 1200.50 or 1 200,50
domain-amount-not-positive = { $what } `{ $text }` must be greater than zero
domain-quantity-not-a-number = quantity `{ $text }` is not a number: write e.g. 2 or 1.5
domain-quantity-not-positive = quantity `{ $text }` must be greater than zero (use a credit note to take something back)
domain-quantity-decimals = quantity `{ $text }` has more than four decimals
domain-quantity-too-large = quantity `{ $text }` is too large
domain-vat-rate-invalid = VAT rate `{ $text }` is not a rate in percent: write e.g. 20, 10, 5.5, 2.1 or 0
domain-not-a-percentage = { $what } `{ $text }` is not a percentage: write e.g. 12.15
domain-vat-rate-unusual = VAT rate { $rate } % is not a French rate ({ $known } %): kept as given; check it is not a typo

## Document lines
domain-what-unit-price = unit price
domain-what-line-discount = the line's discount
domain-what-designation = the designation
domain-what-line = line `{ $designation }`
domain-what-sum-of-lines = the sum of the lines
domain-what-index-date = the --index date
domain-line-kind-unknown = kind `{ $kind }` is neither `service` nor `goods`
domain-line-catalogue-shape = line `{ $text }`: a catalogue line is `@SKU;QUANTITY`, e.g. `@AUDIT;2`
domain-line-no-sku = line `{ $text }` names no SKU after `@`
domain-line-four-fields = line `{ $text }` needs four fields `DESIGNATION;QUANTITY;UNIT_PRICE;VAT_RATE`, e.g. `Audit;2;500;20`, or `@SKU;QUANTITY`
domain-line-empty-designation = line `{ $text }` has an empty designation
domain-line-error = line `{ $text }`: { $error }
domain-document-no-line = a document needs at least one line: add `--line "DESIGNATION;QTY;UNIT_PRICE;VAT_RATE"` or `--line "@SKU;QTY"`
domain-line-too-large = line `{ $designation }` comes to { $amount }: that is too large (a document may total at most { $max })
domain-discount-rate-not-positive = the lines at { $rate } % VAT come to { $net }: a document's discount is shared over its VAT rates, each must be above zero; discount the lines instead
domain-document-too-large = the lines add up to { $total }: that is too large (a document may total at most { $max })
domain-document-not-positive = the lines add up to { $total } : a document's total must be greater than zero

## Identities
domain-siren-invalid = SIREN `{ $text }` is not valid: it is nine digits with a Luhn check digit, e.g. 732829320
domain-iban-invalid = IBAN `{ $iban }` is not valid ({ $reason }): check it against the bank details (e.g. FR76 3000 6000 0112 3456 7890 189)
domain-iban-reason-base = the string does not follow the base IBAN rules
domain-iban-reason-bban = the IBAN doesn't have a correct BBAN
domain-iban-reason-country = the IBAN country code wasn't recognized
domain-bic-invalid = BIC `{ $bic }` is not valid: 8 or 11 letters and digits, e.g. AGRIFRPPXXX
domain-vat-number-invalid = VAT number `{ $vat }` is not valid: { $reason }
domain-vat-number-shape = two letters of the country, then its digits, e.g. FR68842130577
domain-vat-number-french-shape = a French one is FR, a two-character key and the nine digits of the SIREN
domain-vat-number-key = the key of SIREN { $siren } is { $key }, e.g. FR{ $key }{ $siren }
domain-vat-number-not-siren = VAT number { $vat } is not the one of SIREN { $siren }: check both (a French VAT number ends with its SIREN)
domain-email-invalid = email `{ $email }` is not one address like compta@example.fr (several addresses are not allowed: keep one)
domain-text-one-line = { $flag } `{ $text }` holds a line break or a control character: give it on one line
domain-text-control-character = { $flag } `{ $text }` holds a control character: use \n between its lines
domain-text-empty = { $flag } cannot be empty
domain-text-too-long = { $flag } is { $length } characters long: keep it under { $max }
domain-address-control-character = address `{ $address }` holds a control character: use \n between its lines
domain-address-too-long = the address is { $length } characters long: keep it under { $max }

## Discounts
domain-discount-invalid = { $what } `{ $text }` is neither a percentage nor an amount: write e.g. 10% or 50
domain-discount-percent-range = { $what } `{ $text }`: a percentage is above 0 and at most 100, e.g. 10%
domain-discount-not-positive = { $what } `{ $text }` must be greater than zero
domain-discount-base-not-positive = { $what } comes to { $base }: only an amount above zero can be discounted; drop the discount
domain-discount-too-large = a discount of { $discount } ({ $off }) is over { $what } ({ $base }): give { $most ->
    [at-most] at most
   *[less-than] less than
  } { $base }

## Numbering
domain-number-invalid = number `{ $number }` is not a document number: use 1 to 40 letters, digits, -, _, . or /, starting with a letter or digit
domain-series-invalid = series `{ $series }` is not valid: use 1 to 12 letters or digits starting with a letter, e.g. FACT or ATELIER
domain-number-before-last = cannot issue in series { $series } on { $date }: { $number } was issued on { $last_date } and numbers must follow dates; use --date { $last_date } or later

## Payments
domain-method-unknown = payment method `{ $text }` is unknown: use { $methods } (or virement, chèque, carte, espèces, prélèvement)

## Exchange rates
domain-rate-same-currency = { $currency } is the accounting currency: it takes no exchange rate; leave --rate out
domain-rate-not-positive = exchange rate { $rate } is not positive: give how many { $foreign } one { $accounting } buys, e.g. --rate 1.0842
domain-rate-invalid = --rate `{ $text }` is not a positive number: give how many units of the invoice's currency one unit of the accounting currency buys, e.g. 1.0842

## Invoices, customers, products, company
domain-delivered-period-reversed = --delivered { $text }: the period ends before it starts; write FROM..TO, e.g. 2026-03-01..2026-03-31
domain-credit-limit-negative = --credit-limit `{ $text }` is negative: give 0 or more, or none
domain-company-currency-invalid = currency `{ $code }` is not an ISO 4217 code such as EUR
domain-customer-kind-unknown = customer kind `{ $kind }` is unknown: use business or individual
domain-dunning-profile-unknown = dunning profile `{ $profile }` is unknown: use standard, vip, new or late_payer
domain-language-unknown = language `{ $lang }` is not supported: use fr or en
domain-terms-out-of-range = payment terms of { $days } days are not allowed: use 0 to 60 days (C. com. L441-10)
domain-customer-code-invalid = customer code `{ $text }` is not valid: use 1 to 20 letters, digits, - or _
domain-terms-invalid = --terms `{ $text }` is not a number of days: give 0 to 60, or default
domain-customer-status-unknown = --status `{ $status }` is unknown: use ok, late or blocked
domain-sku-invalid = SKU `{ $text }` is not valid: use letters, digits, - or _
domain-search-empty = --search cannot be empty: give part of a number, a customer's code or name, or an amount
domain-from-after-to = --from { $from } is after --to { $to }: swap them
domain-buckets-invalid = --buckets `{ $text }` must be increasing day counts separated by commas, e.g. 30,60,90

## Subscriptions
domain-recurring-no-lines = give the new lines with --line
domain-recurring-deleted-draft = a deleted draft
domain-recurring-period-billed-from = the period of { $start } of subscription #{ $id } is already billed ({ $invoice }): give --from after { $start }, or credit that invoice first
domain-recurring-periods-fixed = subscription #{ $id } has billed periods already (from { $start }): its periods cannot move; end it (`recurring end { $id }`) and add a new one starting on the new day
domain-recurring-period-billed-end = the period of { $start } of subscription #{ $id } is already billed ({ $invoice }): the subscription cannot end before it
domain-recurring-send-needs-issue = subscription #{ $id } mails its invoices, which needs them issued: add --no-send to leave them as drafts
domain-recurring-nothing-to-change = nothing to change in subscription #{ $id }: give --line (with --from), --end, --count, --day-of-month, --issue/--no-issue or --send/--no-send
domain-frequency-unknown = --every `{ $text }` is not a period: write week, month, quarter or year
domain-index-invalid = --index `{ $text }` is not a revision: write RATE%@DATE, e.g. 3.5%@2027-01-01 (a rate above -100 %, at most 4 decimals)
domain-day-of-month-weekly = --day-of-month does not apply to a weekly schedule: each week starts on the --start day's weekday; leave it out
domain-day-of-month-range = --day-of-month { $day } is not a day of the month: give 1 to 31 (31 means the month's last day)
domain-end-and-count = give --end or --count, not both
domain-count-zero = --count 0 bills nothing: give 1 or more
domain-start-too-far = --start { $start } is too far in the future
domain-end-before-first = --end { $end } is before the first period ({ $first }): give an end on or after { $first }

## SEPA
domain-collect-unknown = --collect `{ $text }` is unknown: use direct-debit or transfer
domain-mandate-used = mandate { $reference } of customer { $customer } is one-off and was used already: add a new mandate with `creances customer mandate add { $customer } ...`
domain-creditor-id-invalid = creditor identifier `{ $text }` is not valid: it is the ICS your bank gave you, e.g. FR72ZZZ123456 (country, 2 check digits, ZZZ, the national number)
domain-mandate-reference-invalid = mandate reference `{ $text }` is not valid: 1 to 35 letters, digits or / - ? : ( ) . , ' +, as printed on the signed mandate, e.g. RUM-ACME-001

## Accounting settings
domain-account-invalid = [accounting] { $key } = "{ $number }" is not an account number: three digits or more, starting with 1 to 8 (e.g. 411000)
domain-journal-invalid = [accounting] { $key } = "{ $code }" is not a journal code: give a short code such as VT, BQ or OD
domain-journal-twice = [accounting] { $key } and { $other } are both "{ $code }": each journal needs its own code

## Dunning ladders
domain-ladder-empty = the { $profile } dunning ladder has no step: give at least one, or remove it to keep the default
domain-step-name-invalid = dunning step name `{ $name }` must be 1 to 32 letters, digits, - or _
domain-step-twice = dunning step `{ $name }` appears twice in the { $profile } ladder
domain-step-offset-range = dunning step `{ $name }`: offset { $offset } is out of range (-90 to 365 days from the due date)
domain-step-template-invalid = dunning step `{ $name }`: template `{ $template }` must be letters, digits or _

## Late-payment interest
domain-ecb-line-invalid = ECB rate table line { $line_number }: `{ $line }` is not `YYYY-01-01,RATE` or `YYYY-07-01,RATE`
domain-ecb-empty = the ECB rate table has no rate

## Grouping deliveries and quotes
domain-group-nothing = nothing to invoice: name at least one delivery note or quote
domain-group-twice = { $number } is named twice: name each document once
domain-group-two-customers = { $first } is for customer { $first_customer } and { $second } for customer { $second_customer }: one invoice is for one customer; invoice them separately
domain-recap-customer = { $label } bills { $number } of customer { $customer }: it cannot change customer; delete the draft with `creances invoice delete { $id }` and invoice the other customer on its own
domain-recap-lines = { $label } is a recap invoice: its lines come from { $numbers }; add lines with --add-line, or delete the draft with `creances invoice delete { $id }` and group again

## Deposits
domain-deposit-not-positive = --deposit `{ $text }`: a deposit is a part of the price, e.g. 30% or 1500
domain-deposit-percent-range = --deposit { $percent }%: a deposit is a part of the price, below 100 % (the final invoice asks for the rest)
domain-deposit-invalid = --deposit `{ $text }` is neither a percentage nor an amount: write e.g. 30% or 1500
domain-deposit-too-large = a deposit of { $amount } would take the deposits of the quote ({ $already } already) to its total { $total } or beyond: ask less than { $room }, the final invoice asks for the rest

## Scores
domain-score-weights = [score] weights must be 0 or more, and not all 0
domain-score-floor = [score] floor must be between 0 and 100

## Mandatory mentions before issuing
domain-mention-missing = the invoice cannot be issued without { $what }, a mention the law requires on it: set it with `{ $fix }`, then issue again
domain-issue-date-after-today = the issue date { $issue_date } is after today ({ $today }): an invoice is numbered on the day it is issued, and a later date would hold back every number until then; give --date { $today } or earlier
domain-mention-company-siren = the company's SIREN
domain-mention-company-address = the company's address
domain-mention-company-vat-number = the company's VAT number
domain-mention-customer-address = the address of customer { $code }
domain-mention-customer-siren = the SIREN of customer { $code } (or, for a customer abroad, its VAT number)

## Credit control (`what` is invoice or quote)
domain-credit-over-limit = this { $what } of { $document } would take its open balance to { $balance }, over its credit limit
domain-credit-below-floor = its payment score is under the floor of { $floor }
domain-credit-no-limit = none
domain-credit-new-score = new
domain-credit-and = and
domain-credit-refusal = customer { $customer }: { $reasons }. Open balance { $balance }, credit limit { $limit }, score { $score }: no new { $what } without --force (or record its payments, or change the limit with `creances customer edit { $customer } --credit-limit ...`)
