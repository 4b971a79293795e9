# cli: messages of src/cli (see src/i18n/mod.rs).

## Prompts and missing values
cli-prompt-customer-code = Code client
cli-prompt-first-line = Ligne (DÉSIGNATION;QTÉ;PRIX_UNITAIRE;TAUX_TVA ou @SKU;QTÉ)
cli-prompt-another-line = Autre ligne (vide pour terminer)
cli-prompt-company-name = Raison sociale
cli-prompt-customer-name = Nom du client
cli-prompt-product-name = Nom du produit
cli-prompt-unit-price = Prix unitaire HT
cli-prompt-vat-rate = Taux de TVA
cli-missing-value = { $flag } manquant : le champ « { $prompt } » est obligatoire (donnez { $flag } VALEUR)
cli-missing-customer = --customer manquant : le code client est obligatoire (donnez --customer CODE)
cli-missing-line = --line manquant : un document doit avoir au moins une ligne `--line "DÉSIGNATION;QTÉ;PRIX_UNITAIRE;TAUX_TVA"` ou `--line "@SKU;QTÉ"`
cli-what-date = la date

## Command messages
cli-out-not-xlsx = --out { $path } : les rapports sont écrits en classeurs Excel ; donnez un nom de fichier se terminant par .xlsx
cli-statement-out-xlsx = --out { $path } : --pdf écrit un PDF ; nommez-le FICHIER.pdf, ou retirez --pdf pour obtenir un classeur
cli-ledger-created = registre créé : { $path }
cli-offer-status-unknown = --status `{ $text }` inconnu : utilisez open, expired, accepted ou declined
cli-invoice-status-unknown = --status `{ $text }` inconnu : utilisez l'un de ces statuts : { $words }
cli-receipt-sent = reçu envoyé à { $to } ({ $via })
cli-receipt-failed = le paiement est enregistré (ne l'enregistrez pas une seconde fois) mais le reçu n'a pas été envoyé : { $reason }
cli-manpage-unknown = pas de commande `{ $command }` : donnez une commande telle que `creances --help` la liste, par exemple `invoice send`
cli-audit-broken = le journal d'audit est rompu à la ligne { $row } : une ligne a été modifiée, supprimée ou ajoutée en dehors de creances
cli-audit-differs = { $facts ->
    [one] { $facts } fait
   *[other] { $facts } faits
  } et { $documents ->
    [one] { $documents } document
   *[other] { $documents } documents
  } diffèrent de ce qui a été enregistré

## Documents
cli-pdf-differs-from-archive = un nouveau rendu de { $document } diffère de sa copie archivée (les coordonnées de l'entreprise ou le programme ont changé depuis) ; la copie archivée fait foi et c'est elle qui est écrite
cli-pdf-written = { $document } : { $path } ({ $size } octets, sha256 { $sha256 }{ $note ->
    [archived] , archivé
    [identical] , identique à la copie archivée
    [differs] , la copie archivée (un nouveau rendu diffère)
   *[none] {""}
  })
cli-pdf-sent = { $document }{ $issued_now ->
    [yes] {" "}émise, puis envoyée
   *[no] {" "}: envoi
  } à { $recipient } ({ $via }) : { $path } ({ $size } octets, sha256 { $sha256 })
cli-pdfs-archived = { $count ->
    [one] { $count } PDF archivé
   *[other] { $count } PDF archivés
  } dans { $path }
cli-send-scheduled = { $invoice } : envoi prévu le { $date } par `creances daily`

## Reconciliation
cli-reconcile-which-invoices = Quelles factures ce crédit règle-t-il ?
cli-reconcile-invoice-numbers = Numéros de facture, séparés par des virgules (vide pour passer)
cli-reconcile-other-invoices = autres factures : saisir leurs numéros
cli-reconcile-skip = passer : le laisser non rapproché
cli-interactive-needs-terminal = --interactive a besoin d'un terminal : dans les scripts et cron, utilisez `creances payment match --auto`

## Demo
cli-demo-not-a-demo = { $path } existe et n'est pas un registre de démonstration : la démo ne l'écrasera pas ; donnez un autre --db
cli-demo-written = Registre de démonstration écrit dans { $path } (au { $as_of }) :
cli-demo-counts = { $customers } clients, { $products } produits, { $quotes } devis, { $invoices } factures, { $payments } paiements, { $credit_notes ->
    [one] { $credit_notes } avoir
   *[other] { $credit_notes } avoirs
  }, { $write_offs ->
    [one] { $write_offs } passage en perte
   *[other] { $write_offs } passages en perte
  }
cli-demo-receivables = créances { $receivables } EUR, dont { $overdue } EUR en retard
cli-demo-column-customer = client
cli-demo-column-name = nom
cli-demo-column-open = ouvertes
cli-demo-column-balance = solde
cli-demo-column-overdue = en retard
cli-demo-column-days-late = jours de retard
cli-demo-column-status = statut
cli-demo-column-score = note
cli-demo-column-credit-limit = plafond d'encours
cli-demo-standing-ok = à jour
cli-demo-standing-late = en retard
cli-demo-standing-blocked = bloqué
cli-demo-pdfs = Le PDF de chacune de ses { $count } factures et avoirs se trouve dans { $path }
cli-demo-try-it = Essayez :
cli-demo-synthetic = registre synthétique { $path } (graine { $seed }, au { $as_of }) : { $customers } clients, { $invoices } factures, { $lines } lignes, { $payments } paiements, { $credit_notes } avoirs, { $reminders } relances en { $seconds } s
