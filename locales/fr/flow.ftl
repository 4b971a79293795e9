# flow: messages of the workflow outputs in src/render (dunning, recurring, daily, imports, exports, reconcile, offers, deliveries, audit, backup, tasks).

## Partagés par les sorties des traitements
flow-none = (aucun)
flow-note = remarque : { $note }
flow-warning = avertissement : { $message }
flow-problem = problème : { $message }

## Noms de colonnes et libellés de champs
flow-col-customer = client
flow-col-invoice = facture
flow-col-step = étape
flow-col-channel = canal
flow-col-balance = solde
flow-col-days-late = jours de retard
flow-col-status = statut
flow-col-detail = détail
flow-col-date = date
flow-col-action = action
flow-col-error = erreur
flow-col-mail = courriel

## Actions de relance et statuts des relances
flow-action-planned = prévue
flow-action-sending = en cours d'envoi
flow-action-sent = envoyée
flow-action-failed = en échec
flow-action-skipped = ignorée
flow-action-perform = à faire
flow-action-skip = ignorée

## Canaux de relance
flow-channel-email = courriel
flow-channel-letter = courrier
flow-channel-task = tâche

## Campagnes de relance
flow-dunning-line = relances du { $date } : { $text }
flow-dunning-line-dry-run = relances du { $date } (simulation) : { $text }
flow-dunning-summary-dry-run = enverrait { $reminders ->
        [one] { $reminders } relance
       *[other] { $reminders } relances
    } en { $mails ->
        [one] { $mails } courriel
       *[other] { $mails } courriels
    }, en ignorerait { $skipped }, créerait { $tasks ->
        [one] { $tasks } tâche
       *[other] { $tasks } tâches
    } ; rien n'a été modifié
flow-dunning-summary = { $sent ->
        [one] { $sent } relance envoyée
       *[other] { $sent } relances envoyées
    } en { $mails ->
        [one] { $mails } courriel
       *[other] { $mails } courriels
    }, { $failed } en échec, { $skipped ->
        [one] { $skipped } ignorée
       *[other] { $skipped } ignorées
    }, { $tasks ->
        [one] { $tasks } tâche créée
       *[other] { $tasks } tâches créées
    }
flow-dunning-credit-note = le client { $customer } a un avoir de { $credit } qui pourrait solder { $invoices } : lancez `creances payment apply --customer { $customer }`
flow-dunning-call-note = pensez à appeler { $name } ({ $code }) au sujet de { $invoice } : { $days } jours de retard
flow-dunning-run-failed = { $failed ->
        [one] { $failed } relance n'a pas pu être envoyée ; elle reste enregistrée en échec et la prochaine campagne la renverra
       *[other] { $failed } relances n'ont pas pu être envoyées ; elles restent enregistrées en échec et la prochaine campagne les renverra
    }
flow-dunning-dry-run-failed = la campagne réelle n'enverrait pas tout ce qui est dû aujourd'hui : { $problems ->
        [one] { $problems } problème ci-dessus
       *[other] { $problems } problèmes ci-dessus
    } ; corrigez-les, puis relancez `creances dunning run --dry-run`
flow-dunning-uncertain = incertain : la relance n° { $id } ({ $invoice } { $step }, à { $recipient }) était en cours d'envoi quand une campagne s'est arrêtée ; le serveur l'a peut-être reçue. Vérifiez la boîte d'envoi, puis `creances dunning resend { $id }` pour la renvoyer
flow-dunning-resent = la relance n° { $id } sera envoyée par le prochain `creances dunning run`
flow-dunning-demo-title = Première campagne de relances (`creances dunning run`), courriels écrits dans { $outbox } :
flow-dunning-demo-log = ce qui a été envoyé et ignoré
flow-dunning-demo-plan = ce que feront les prochaines campagnes

## creances daily
flow-part-recurring = abonnements
flow-part-sends = envois
flow-part-dunning = relances
flow-daily-already-done = déjà fait aujourd'hui
flow-daily-not-run = non exécuté : { $message }
flow-daily-sends = { $sent ->
        [one] { $sent } envoyé
       *[other] { $sent } envoyés
    }, { $failed } en échec
flow-daily-uncertain = { $summary }, { $uncertain ->
        [one] { $uncertain } incertaine
       *[other] { $uncertain } incertaines
    } (voir `creances dunning run`)
flow-daily-part = { $part } : { $text }
flow-daily-joiner = { " ; " }
flow-daily-line = traitement quotidien du { $date } : { $parts }
flow-daily-part-line = { $part } du { $date } : { $text }
flow-daily-part-error = erreur : { $part } : { $message }
flow-daily-send-failed = erreur : envois : { $document } non envoyé : { $why }

## Abonnements : colonnes, libellés, états et périodicités
flow-col-id = n°
flow-col-every = périodicité
flow-col-start = début
flow-col-ends = fin
flow-col-next = prochaine
flow-col-amount = montant
flow-col-invoices = factures
flow-col-state = état
flow-col-subscription = abonnement
flow-col-period = période
flow-col-total = total
flow-col-day-of-month = jour du mois
flow-col-next-period = prochaine période
flow-col-designation = désignation
flow-col-qty = qté
flow-col-unit-price = prix unitaire
flow-col-vat = TVA %
flow-col-from = à partir du
flow-col-rate = taux %
flow-col-until = jusqu'au
flow-col-on = le
flow-col-change = modification
flow-recurring-week = semaine
flow-recurring-month = mois
flow-recurring-quarter = trimestre
flow-recurring-year = année
flow-recurring-active = actif
flow-recurring-paused = suspendu
flow-recurring-ended = terminé

## Abonnements : ce qu'ils disent
flow-recurring-until = jusqu'au { $date }
flow-recurring-periods = { $count ->
        [one] { $count } période
       *[other] { $count } périodes
    }
flow-recurring-issued-and-sent = émises et envoyées
flow-recurring-issued = émises
flow-recurring-left-as-drafts = laissées en brouillon
flow-recurring-per-period = { $amount } par période
flow-recurring-period = du { $start } au { $end }
flow-recurring-no-end = (suspendu)
flow-recurring-draft-deleted = (brouillon supprimé)
flow-recurring-section-lines = Lignes
flow-recurring-section-later = Lignes à partir d'une date
flow-recurring-section-revisions = Révisions de prix
flow-recurring-section-pauses = Suspensions
flow-recurring-section-invoices = Factures
flow-recurring-section-changes = Modifications
flow-recurring-line = abonnements du { $date } : { $text }
flow-recurring-line-dry-run = abonnements du { $date } (simulation) : { $text }
flow-recurring-summary-blocked = , { $periods ->
        [one] { $periods } période en attente
       *[other] { $periods } périodes en attente
    } de clients bloqués ({ $customers })
flow-recurring-summary-refused = , { $periods ->
        [one] { $periods } période refusée
       *[other] { $periods } périodes refusées
    } par le contrôle du crédit ({ $customers })
flow-recurring-summary-dry-run = créerait { $invoices ->
        [one] { $invoices } facture
       *[other] { $invoices } factures
    }, en émettrait { $issued }, en enverrait { $sends }{ $waiting } ; rien n'a été modifié
flow-recurring-summary = { $invoices ->
        [one] { $invoices } facture créée
       *[other] { $invoices } factures créées
    }, { $issued ->
        [one] { $issued } émise
       *[other] { $issued } émises
    }, { $sent ->
        [one] { $sent } envoyée
       *[other] { $sent } envoyées
    }, { $failed } en échec{ $waiting }
flow-recurring-left-as-draft = laissée en brouillon : { $why }
flow-recurring-would-be-issued = serait émise
flow-recurring-would-be-draft = resterait en brouillon
flow-recurring-status-issued = émise
flow-recurring-status-draft = brouillon
flow-recurring-blocked = client bloqué : non facturé (--force, ou `creances customer unblock`)
flow-recurring-refused = contrôle du crédit : { $reason } : non facturé (--force, ou enregistrez ses paiements)
flow-recurring-would-send-new = enverrait la nouvelle facture à { $customer }
flow-recurring-would-send = enverrait { $invoice } à { $customer }
flow-recurring-sent = { $invoice } envoyée à { $customer }
flow-recurring-not-sent = { $invoice } non envoyée : { $error }
flow-recurring-run-failed = { $failed ->
        [one] { $failed } facture d'abonnement n'a pas pu être émise ou envoyée
       *[other] { $failed } factures d'abonnement n'ont pas pu être émises ou envoyées
    } ; le tableau dit pourquoi (les factures non envoyées seront retentées par la prochaine exécution)

## Imports
flow-col-imported = importé
flow-col-file = fichier
flow-col-encoding = encodage
flow-col-separator = séparateur
flow-col-rows = lignes
flow-col-added = ajoutées
flow-col-unchanged = inchangées
flow-col-rejected = rejetées
flow-col-rejects-file = fichier des rejets
flow-col-ignored-columns = colonnes ignorées
flow-col-statement = relevé
flow-col-format = format
flow-col-account = compte
flow-col-lines = lignes
flow-col-already-known = déjà connues
flow-col-credits-to-match = crédits à rapprocher
flow-col-direct-debits-settled = prélèvements réglés
flow-col-direct-debits-returned = prélèvements rejetés
flow-col-returns-to-check = rejets à vérifier
flow-import-on-day = le { $date }
flow-import-from-to = du { $first } au { $last }
flow-import-after-today = avertissement : { $lines ->
        [one] { $lines } ligne bancaire datée
       *[other] { $lines } lignes bancaires datées
    } après aujourd'hui ({ $today }), { $days } : vérifiez les dates du relevé (une faute de frappe, une date de valeur ?) ; un paiement rapproché d'une telle ligne est daté de ce jour-là, et les factures ne le comptent comme payé qu'à partir de cette date

## Tâches
flow-col-due = échéance
flow-col-task = tâche
flow-col-done = faite
flow-task-done = tâche n° { $id } faite le { $date } : { $title }

## Sauvegardes
flow-col-backup = sauvegarde
flow-col-bytes = octets

## Clôture de période et vérification
flow-col-closed-until = clôturé jusqu'au
flow-col-audit-log = journal d'audit
flow-col-chain = chaînage
flow-col-facts = faits
flow-col-documents = documents
flow-col-what-differs = ce qui diffère
flow-audit-rows = { $rows ->
        [one] { $rows } ligne
       *[other] { $rows } lignes
    }
flow-audit-broken-at = rompu à la ligne { $row }
flow-audit-whole = intact
flow-audit-as-recorded = conformes à l'enregistrement
flow-audit-differ = { $count ->
        [one] { $count } diffère
       *[other] { $count } diffèrent
    }
flow-audit-documents = { $checked ->
        [one] { $checked } vérifié
       *[other] { $checked } vérifiés
    }, { $differ ->
        [one] { $differ } diffère
       *[other] { $differ } diffèrent
    }
flow-audit-differences = Différences

## Devis
flow-col-number = numéro
flow-col-valid-until = valable jusqu'au
flow-col-quote = devis
flow-col-valid_until = valable jusqu'au
flow-col-discount = remise
flow-col-total_net = total HT
flow-col-total_vat = total TVA
flow-offer-open = en cours
flow-offer-expired = expiré
flow-offer-accepted = accepté
flow-offer-declined = refusé
flow-offer-lines = Lignes

## Bons de livraison
flow-col-unit = unité
flow-col-delivery-note = bon de livraison
flow-col-notes = notes
flow-delivery-not-invoiced = (non facturé)
flow-delivery-lines = Lignes livrées

## Rapprochement bancaire
flow-col-line = ligne
flow-col-text = libellé
flow-col-rule = règle
flow-col-payment = paiement
flow-col-why = pourquoi
flow-col-counterparty = contrepartie
flow-col-source = source
flow-col-matcher-says = proposition
flow-match-matched = rapprochée
flow-match-ambiguous = ambiguë
flow-match-unmatched = non rapprochée
flow-match-to_record = à enregistrer
flow-reconcile-recorded = { $recorded ->
        [one] { $recorded } paiement enregistré
       *[other] { $recorded } paiements enregistrés
    }, { $left ->
        [one] { $left } crédit restant
       *[other] { $left } crédits restants
    } : voir `creances payment unmatched`
flow-reconcile-future-recorded = avertissement : la ligne bancaire { $line } est datée du { $date }, après aujourd'hui ({ $today }) : le paiement de { $invoices } a été enregistré et ne compte qu'à partir de ce jour ; `invoice show` ne le voit pas avant
flow-reconcile-future-proposed = avertissement : la ligne bancaire { $line } est datée du { $date }, après aujourd'hui ({ $today }) : le paiement de { $invoices } serait enregistré et ne compterait qu'à partir de ce jour ; `invoice show` ne le verrait pas avant
flow-reconcile-proposed = rien n'a été enregistré : { $ready ->
        [one] { $ready } rapprochement prêt
       *[other] { $ready } rapprochements prêts
    } ; enregistrez-les avec `creances payment match --auto`, ou choisissez à la main avec --interactive
flow-reconcile-question = ligne bancaire { $line } du { $date } : { $amount } { $currency }
flow-reconcile-matcher-says = { $invoices } par { $rule } (à enregistrer avec --auto)

## Exports
flow-export-opening = , { $opening ->
        [one] { $opening } à-nouveau
       *[other] { $opening } à-nouveaux
    }
flow-export-entries = { $file } écrit (du { $from } au { $to }) : { $entries ->
        [one] { $entries } écriture
       *[other] { $entries } écritures
    } ({ $sales } de ventes, { $bank } de banque, { $misc } de passage en perte{ $opening }), { $lines ->
        [one] { $lines } ligne
       *[other] { $lines } lignes
    }, débit = crédit = { $debit }
flow-export-invoices = { $file } écrit ({ $count ->
        [one] { $count } facture ou avoir
       *[other] { $count } factures et avoirs
    }, au { $date })

## Mandats et prélèvements SEPA
flow-col-mandate = mandat
flow-col-iban = IBAN
flow-col-bic = BIC
flow-col-signed = signé le
flow-col-signed_on = signé le
flow-col-kind = type
flow-col-collections = prélèvements
flow-col-debtor = débiteur
flow-col-sequence = séquence
flow-col-collection-date = date de prélèvement
flow-col-collection = prélèvement
flow-sepa-collected = { $count ->
        [one] { $count } prélèvement
       *[other] { $count } prélèvements
    }, { $total } au total, dans { $file } ({ $message_id }) : envoyez-le à la banque
flow-sepa-nothing = rien à prélever : aucune facture payée par prélèvement n'est échue et non encore prélevée ; aucun fichier écrit
flow-sepa-debits = Prélèvements
flow-imported-customers = clients
flow-imported-invoices = factures
flow-imported-payments = paiements
