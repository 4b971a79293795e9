# views : ce qui restait en anglais (tendances, produits, entreprise, historique d'une
# facture, modifications d'abonnement, classes de note) ; voir docs/i18n.md.

## report trends (render/trends.rs)
views-trends-title = Tendances au { $date }, mois par mois
views-trends-delays = DMP et DSO (jours)
views-trends-cash = Facturé et encaissé
views-trends-invoiced = facturé
views-trends-collected = encaissé
views-trends-grades = Clients par classe de note

## Score grades (render/score.rs): A to E stay letters
views-grade-new = nouveau

## Products (render/product.rs)
views-product-goods = bien
views-product-service = service
views-product-unit = unité
views-product-unit_price = prix unitaire
views-product-vat_rate = taux de TVA

## The company (render/company.rs)
views-company-vat_franchise = franchise de TVA
views-company-franchise-yes = oui (art. 293 B du CGI)
views-company-franchise-no = non
views-company-iban = IBAN
views-company-bic = BIC
views-company-phone = téléphone
views-company-legal_form = forme juridique
views-company-payment_terms = délai de paiement
views-company-terms-days = { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}
views-company-penalty_rate = taux des pénalités de retard
views-company-penalty-fixed = { $rate } %
views-company-penalty-ecb = taux BCE + 10 points
views-company-currency = devise
views-company-sepa_creditor_id = identifiant créancier SEPA
views-company-closed_until = clôturé jusqu'au

## An invoice's story (render/story.rs, render/invoice.rs)
views-invoice-draft = brouillon n° { $id }
views-story-payment = paiement n° { $id }
views-story-subscription = abonnement n° { $id }
views-story-send-scheduled = programmé
views-story-send-sending = en cours d'envoi
views-story-send-sent = envoyé
views-story-send-failed = en échec
views-story-due = échéance le { $date }
views-story-period = période { $index }
views-story-deducted-by-final = déduit par la facture finale
views-story-deposit-deducted = acompte déduit
views-story-payment-ref = { $method }, { $reference }
views-story-reminder = { $channel }, { $status }
views-story-reminder-error = { $channel }, { $status } : { $error }
views-story-until = jusqu'au { $date }
views-story-collection = SEPA { $sequence } dans { $message_id } pour le { $date }

## A subscription's changes (render/recurring/change.rs): English shows them as stored
views-change-lines = lignes à partir du { $date } : { $lines }
views-change-line = { $designation } { $qty } × { $price } (TVA { $vat } %)
views-change-end = fin le { $date }
views-change-count = nombre de périodes : { $count }
views-change-day-of-month = le { $day } du mois
views-change-issue-on = émission activée
views-change-issue-off = émission désactivée
views-change-send-on = envoi activé
views-change-send-off = envoi désactivé

## Credit applied (render/payment.rs)
views-payment-received = reçu le
views-payment-applied = imputé
views-payment-credit-before = crédit avant
views-payment-applied-to = Imputé sur

## What `verify` found (render/audit.rs): English as in JSON
views-verify-changed = { $subject } ({ $event }) a été modifié hors de creances : le journal a enregistré { $recorded }, le registre indique maintenant { $now }
views-verify-added = { $subject } ({ $event }) n'est pas dans le journal : il a été ajouté hors de creances ({ $now })
views-verify-removed = { $subject } ({ $event }) a été supprimé hors de creances : le journal avait enregistré { $recorded }
views-verify-document-changed = { $file } ({ $number }) diffère du document archivé
views-verify-document-missing = { $file } ({ $number }) est absent de { $dir }

## Reports (render/report.rs, render/report/kpis.rs): English as before
views-report-period = Période du { $from } au { $to } ({ $days } jours)
views-report-from-to = du { $from } au { $to }
views-report-all-customers = tous les clients
views-report-dso = DSO { $dso } jours = créances { $receivables } ÷ chiffre d'affaires TTC { $revenue } × { $days } jours
views-report-dmp-formula = DMP = Σ(montant payé × jours de l'émission au paiement) ÷ Σ montant payé, sur les paiements reçus dans la période
views-report-dso-formula = DSO = créances à la fin de la période ÷ factures (moins les avoirs) émises dans la période, TTC × jours de la période
views-split-paid = payé
views-split-pending = en attente
views-split-dunning = en relance
views-split-note = payé : réglé par des paiements (montant payé) ; en attente : ouvert, sans relance après son échéance (solde) ; en relance : en retard et relancé au moins une fois (solde). { $excluded ->
        [one] { $excluded } facture entièrement annulée par avoir ou passée en perte est laissée de côté.
       *[other] { $excluded } factures entièrement annulées par avoir ou passées en perte sont laissées de côté.
    }
views-forecast-later = plus tard
views-forecast-doubtful = douteux
views-kpi-invoiced = facturé du { $from } au { $to }
views-kpi-collected = encaissé
views-kpi-unpaid-30 = impayé 30 jours après l'échéance (% du montant)
views-kpi-late-now = factures en retard aujourd'hui
views-kpi-receivables = créances
views-kpi-over-90 = créances en retard de plus de 90 jours
views-kpi-col-late-invoices = factures en retard (12 mois)
views-kpi-payers = Payeurs
views-kpi-frequent = retardataire fréquent
views-kpi-payer-days = { $customer } ({ $days } j)
views-kpi-best = meilleurs payeurs : { $names }
views-kpi-worst = pires payeurs : { $names }
views-forecast-note = Chaque solde ouvert est attendu à son échéance plus le retard moyen propre au client (pondéré par les montants de ses paiements passés) ; un solde un peu plus en retard que d'habitude est attendu cette semaine ; à plus de 30 jours au-delà de son retard habituel, il est douteux.

## Problems of an imported row (readers/rows.rs); column names stay as in the file
views-rows-empty = la colonne { $column } est vide
views-rows-bad-currency = la devise `{ $currency }` n'est pas un code de trois lettres comme EUR
views-rows-bad-rate = le taux `{ $text }` n'est pas un nombre positif : indiquez combien d'unités de la devise de la facture vaut une unité de celle de l'entreprise, par ex. 1,0842
views-rows-total-not-positive = total { $total } : il doit être supérieur à zéro (les avoirs ne sont pas importés)
views-rows-net-vat-total = net { $net } + vat { $vat } ne fait pas le total { $total }
views-rows-due-before-issue = due_date { $due } est antérieure à issue_date { $issue }
views-rows-paid-out-of-range = paid { $paid } doit être compris entre 0 et le total { $total }
views-rows-paid-before-issue = paid_on est antérieure à issue_date
views-rows-amount-not-positive = amount { $amount } : le montant doit être supérieur à zéro

## A SEPA mandate's kind (render/sepa.rs)
views-mandate-recurrent = récurrent
views-mandate-one-off = ponctuel

## A workbook written (render/xlsx.rs)
views-xlsx-written = { $file } écrit

## An e-invoice written (cli/document.rs)
views-xml-written = { $document } : { $path }

## The task a dunning step created (render/dunning/run.rs)
views-dunning-task-created = tâche n° { $id }

## report revenue: the label column in a table (render/report.rs)
views-revenue-product-label = désignation
views-revenue-customer-label = nom
