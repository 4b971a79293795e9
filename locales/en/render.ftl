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
