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
render-status-issued = émis

## Lists and records (render/mod.rs)
render-none = (aucun élément)
render-warning = attention : { $text }
render-yes = oui
render-no = non

## Customers (render/customer.rs)
render-customer-terms-days = { $days } jours
render-customer-terms-default = celui de l'entreprise
render-customer-blocked-yes = oui { $reason }
render-customer-no-limit = aucun
render-customer-statement = Relevé de compte { $name } ({ $code }) au { $to }
    { $table }
    solde dû au { $to } : { $closing }
render-customer-statement-written = { $file } écrit (relevé de compte { $code } au { $to } : { $lines } lignes, solde dû { $closing })

## Invoices (render/invoice.rs)
render-invoice-not-issued = (brouillon)
render-invoice-due-after-issue = { $days } jours après émission
render-invoice-paid-to-come = { $amount } (daté après le { $as_of })
render-invoice-on-hold-since = { $reason } (depuis le { $since })
render-invoice-not-collected = pas encore prélevée
render-invoice-deleted = brouillon n° { $id } supprimé
render-invoice-on-hold = facture { $invoice } suspendue depuis le { $since } : { $reason } (aucune relance avant sa reprise)
render-invoice-on-hold-until = facture { $invoice } suspendue du { $since } au { $until } : { $reason } (aucune relance avant sa reprise)
render-invoice-released = facture { $invoice } reprise : les relances reprennent au prochain passage
render-status-ok = ok
render-status-late = en retard
render-status-blocked = bloqué
