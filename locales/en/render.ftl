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
render-customer-blocked-yes = yes { $reason }
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
