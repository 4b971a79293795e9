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
render-customer-blocked-yes = oui ({ $reason })
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

## Column names, field labels and section titles of tables (render::words::label):
## `render-col-` and the English words with hyphens; English shows the words as written.
render-col-code = code
render-col-name = nom
render-col-kind = type
render-col-open = ouvertes
render-col-balance = solde
render-col-overdue = échu
render-col-days-late = retard (j)
render-col-status = statut
render-col-dunning = relance
render-col-late-payer = retardataire
render-col-score = note
render-col-invoice = facture
render-col-due = échéance
render-col-date = date
render-col-reference = référence
render-col-debit = débit
render-col-credit = crédit
render-col-open-invoices = Factures ouvertes
render-col-history = Historique
render-col-email = e-mail
render-col-address = adresse
render-col-siren = SIREN
render-col-vat_number = n° TVA
render-col-terms = délai de paiement
render-col-profile = profil de relance
render-col-language = langue
render-col-blocked = bloqué
render-col-credit_limit = plafond d'encours
render-col-business = entreprise
render-col-individual = particulier
render-col-designation = désignation
render-col-qty = qté
render-col-unit-price = prix unitaire
render-col-vat-pct = TVA %
render-col-discount = remise
render-col-amount = montant
render-col-number = numéro
render-col-customer = client
render-col-issued = émise le
render-col-total = total
render-col-paid = payé
render-col-credited = avoirs
render-col-credit-note = avoir
render-col-deposit-invoice = facture d'acompte
render-col-issue_date = date d'émission
render-col-corrects = corrige
render-col-reason = motif
render-col-due_date = échéance
render-col-total_net = total HT
render-col-total_vat = total TVA
render-col-exchange_rate = taux de change
render-col-total_accounting = total en devise comptable
render-col-written_off = passé en perte
render-col-paid_to_come = paiement à venir
render-col-days_late = jours de retard
render-col-on_hold = suspension
render-col-offer = devis
render-col-direct_debit = prélèvement
render-col-bills = bons facturés
render-col-credit_notes = avoirs
render-col-purchase_order = bon de commande
render-col-lines-prices-incl-vat = Lignes (prix TTC)
render-col-lines-prices-excl-vat = Lignes (prix HT)
render-col-quote = devis
render-col-credit_note = avoir
render-col-write_off = passage en perte
render-col-payment = paiement
render-col-opening_balance = solde d'ouverture
render-col-standard = standard
render-col-vip = VIP
render-col-new = nouveau
render-col-late_payer = mauvais payeur

## Payment scores (render/score.rs)
render-score-nothing-due = rien d'échu
render-score-days-late = { $days } jours de retard
render-score-nothing-paid = rien de payé
render-score-lateness-average = { $late } en moyenne (pondéré par les montants, échéances des 12 derniers mois)
render-score-lateness = { $late } sur les factures échues dans les 12 derniers mois
render-score-late-share = { $late } sur { $due } { $due ->
        [one] facture échue
       *[other] factures échues
    } en 12 mois, payées en retard ou encore en retard
render-score-overdue = { $amount } en retard, la plus ancienne depuis { $days } jours
render-score-nothing-overdue = rien en retard
render-score-holds = { $count } { $count ->
        [one] suspension
       *[other] suspensions
    } en 12 mois
render-score-credit-notes = { $count } { $count ->
        [one] avoir
       *[other] avoirs
    } en 12 mois
render-score-notices = { $count } { $count ->
        [one] mise en demeure
       *[other] mises en demeure
    } en 12 mois
render-score-no-trend = pas d'année précédente pour comparer
render-score-trend = { $current }, contre { $previous } les 12 mois précédents
render-col-factor = critère
render-col-weight = poids
render-col-value = valeur
render-col-lost = perdus
render-col-lateness = retard moyen
render-col-late-invoices = factures en retard
render-col-overdue-now = en retard ce jour
render-col-disputes = litiges
render-col-credit-notes = avoirs
render-col-formal-notices = mises en demeure
render-col-trend = tendance
render-col-grade = classe

## Events of an invoice's story (render/story.rs)
render-col-event-subscription = abonnement
render-col-event-issued = émise
render-col-event-scheduled_send = envoi programmé
render-col-event-sent = envoyée
render-col-event-deposit = acompte
render-col-event-collection = prélèvement
render-col-event-collection_returned = prélèvement rejeté
render-col-event-payment = paiement
render-col-event-credit_note = avoir
render-col-event-reminder = relance
render-col-event-hold = suspension
render-col-event-released = reprise
render-col-event-written_off = passage en perte
render-col-event-payment_to_come = paiement à venir
render-col-event = évènement
render-col-note = remarque

## Payments (render/payment.rs)
render-col-id = n°
render-col-method = mode
render-col-settles = règle
render-col-unallocated = non affecté
render-col-credit-left = crédit restant

## Colonnes des rapports (render/report.rs), affichées par render::words::label.
render-col-payments = paiements
render-col-dmp-days = DMP (jours)
render-col-count = nombre
render-col-count-pct = nombre %
render-col-amount-pct = montant %
render-col-indicator = indicateur
render-col-avg-days-late = retard moyen (j)
render-col-unpaid-late = impayé en retard
render-col-frequent-late-payer = retardataire fréquent
render-col-flag = signal
render-col-sku = réf.
render-col-month = mois
render-col-week-of = semaine du
render-col-invoices = factures
render-col-expected = attendu
render-col-not-due = non échu

## Le tableau de bord (render/dashboard.rs).
render-dash-title = Tableau de bord au { $date } (douze mois, du { $from } au { $to })
render-dash-receivables = créances { $receivables }   échu { $overdue } ({ $count ->
        [one] { $count } facture
       *[other] { $count } factures
    })   à plus de 90 jours { $over_90 }
render-dash-dmp = DMP (jours)
render-dash-dso = DSO (jours)
render-dash-by-month = par mois, de { $first } à { $last }
render-dash-aging = Balance âgée (jours après l'échéance)
render-dash-credit = crédit
render-dash-total = total
render-dash-split = Payé / en attente / en relance
render-dash-pile-paid = payé
render-dash-pile-pending = en attente
render-dash-pile-dunning = en relance
render-dash-forecast = Encaissements attendus, { $weeks } prochaines semaines
render-dash-week-of = semaine du { $monday }
render-dash-later = plus tard
render-dash-doubtful = douteux
render-dash-payers = Plus mauvais et meilleurs payeurs
render-dash-worst = pires
render-dash-best = meilleurs
render-dash-dunning = La relance du jour
render-dash-dunning-send = { $reminders ->
        [one] relance à envoyer
       *[other] relances à envoyer
    } en { $mails ->
        [one] { $mails } courriel
       *[other] { $mails } courriels
    }, dont { $notices } { $notices ->
        [one] mise en demeure
       *[other] mises en demeure
    }
render-dash-dunning-tasks = { $tasks ->
        [one] appel à passer
       *[other] appels à passer
    }, et { $skipped ->
        [one] { $skipped } étape dépassée ignorée
       *[other] { $skipped } étapes dépassées ignorées
    }
render-dash-headline =
    En bref (`creances report dashboard`) :
      créances { $receivables }, échu { $overdue } ({ $count } factures), à plus de 90 jours { $over_90 }
      DMP { $dmp } jours { $dmp_trend }   DSO { $dso } jours { $dso_trend }   (12 mois)
      classes de paiement : { $grades }
