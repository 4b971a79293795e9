# render: messages of src/render (see src/i18n/mod.rs).

## Statuts des factures (render::words), par leur code JSON.
render-status-draft = brouillon
render-status-unsent = non envoyée
render-status-sent = envoyée
render-status-overdue = en retard
render-status-partially_paid = partiellement payée
render-status-paid = payée
render-status-credited = annulée par avoir
render-status-written_off = passée en perte
render-status-pending_collection = prélèvement en cours

## Modes de paiement (render::words), par leur code.
render-method-transfer = virement
render-method-check = chèque
render-method-card = carte
render-method-cash = espèces
render-method-direct_debit = prélèvement
render-method-other = autre
