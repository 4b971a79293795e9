# Aide en français (suite) : payment, report, export, dunning, recurring, daily, import, task, backup, period, verify, demo, completions, manpage.

help-payment = Paiements reçus : enregistrement, liste, imputation des avoirs, rapprochement des crédits bancaires avec les factures
help-payment-add = Enregistrer le paiement d'un client, qui règle ses plus anciennes factures d'abord
    .customer = Code client
    .amount = Montant reçu
    .date = Jour d'arrivée de l'argent (défaut : aujourd'hui ou --as-of)
    .method = transfer, check, card, cash, direct_debit ou other (virement, chèque, carte, espèces, prélèvement ou autre)
    .reference = Référence bancaire, numéro de chèque...
    .currency = La devise du paiement quand ce n'est pas la devise comptable (il ne règle alors que les factures du client dans cette devise)
    .rate = Avec --currency : combien d'unités de celle-ci achète une unité de la devise comptable le jour du paiement (défaut : le taux du fichier des cours)
help-payment-list = Les paiements avec ce que chacun a réglé
    .customer = Seulement ce client
help-payment-apply = Imputer le crédit d'un client (un trop-perçu, un paiement libéré par un avoir) sur ses factures ouvertes, les plus anciennes d'abord, ou sur celle donnée
    .customer = Code client
    .invoice = Seulement cette facture (numéro, ou #ID) ; défaut : les plus anciennes factures ouvertes d'abord
    .date = Jour de l'imputation (défaut : aujourd'hui ou --as-of)
help-payment-match = Rapprocher les crédits bancaires importés des factures ouvertes : d'abord le numéro de facture dans le libellé, puis le montant d'une facture ouverte du payeur, puis la somme de plusieurs ; affiche ce qui serait enregistré, sauf avec --auto ou --interactive
    .auto = Enregistrer comme paiements les rapprochements sans ambiguïté
    .interactive = Choisir aussi à la main, sur un terminal, les factures des crédits ambigus ou non rapprochés (enregistre aussi les rapprochements sans ambiguïté)
help-payment-unmatched = Les crédits bancaires pas encore rapprochés de factures, avec ce qu'en conclut le rapprochement

help-report = Rapports sur les créances : balance âgée, délais de paiement, chiffre d'affaires, prévision, tableau de bord
help-report-aging = Soldes ouverts par tranches : non échu, 1-30, 31-60, 61-90, plus de 90 jours de retard
    .by = Une ligne par client ou par facture ouverte
    .buckets = Bornes supérieures des tranches de retard, en jours
    .basis = Compter les jours depuis l'échéance, ou depuis la date d'émission
    .out = Écrire le rapport en classeur Excel (FICHIER.xlsx) au lieu de l'afficher
help-report-dmp = Délai moyen de paiement (jours de l'émission au paiement, pondérés par les montants) et DSO
    .from = Premier jour de la période (défaut : un an avant --to)
    .to = Dernier jour de la période (défaut : aujourd'hui ou --as-of)
    .by = Une ligne par client
help-report-split = Payé / en attente / en relance : nombres, montants et parts
help-report-kpis = Facturé et encaissé, taux d'impayés, retards, créances de plus de 90 jours, payeurs
    .from = Premier jour de la période (défaut : un an avant --to)
    .to = Dernier jour de la période (défaut : aujourd'hui ou --as-of)
help-report-revenue = Chiffre d'affaires net (HT, avoirs déduits) par produit, client ou mois
    .by = Une ligne par produit, par client ou par mois
    .from = Premier jour de la période (défaut : un an avant --to)
    .to = Dernier jour de la période (défaut : aujourd'hui ou --as-of)
help-report-forecast = Encaissements attendus par semaine, d'après le délai passé de chaque client
    .weeks = Combien de semaines à l'avance
help-report-payers = La note de paiement de chaque client, les pires d'abord, avec ce qui la compose
    .out = Écrire le rapport en classeur Excel (FICHIER.xlsx) au lieu de l'afficher
help-report-dashboard = Les chiffres du matin en une seule lecture du registre : créances, retards, DMP et DSO avec leur tendance, balance âgée, répartition, prévision, pires et meilleurs payeurs, relances du jour
    .out = Écrire le rapport en classeur Excel (FICHIER.xlsx) au lieu de l'afficher
help-report-trends = Graphiques par mois : DMP et DSO, facturé et encaissé, et nombre de clients dans chaque classe de note

help-export = Exports pour l'expert-comptable et les tableurs : FEC, écritures, factures
help-export-fec = Fichier des écritures comptables : les écritures de la période, telles que l'administration fiscale et les logiciels comptables les lisent
    .year = Une année civile (exercice = année civile)
    .from = Premier jour de la période
    .to = Dernier jour de la période (date de clôture)
    .out = Où écrire [défaut : SIRENFECAAAAMMJJ.txt dans le dossier courant]
    .separator = Séparateur de champs : tab ou pipe (|), les deux qu'accepte l'administration fiscale
    .encoding = Jeu de caractères : latin9 (ISO-8859-15, comme le demande le texte) ou utf8
help-export-entries = Les mêmes écritures en CSV pour tableur (UTF-8 avec BOM, `;`, virgule décimale)
    .layout = Disposition du fichier (docs/exports.md)
    .year = Une année civile
    .from = Premier jour de la période
    .to = Dernier jour de la période
    .out = Où écrire [défaut : ecritures-FROM-TO.csv, XImport-FROM-TO.txt, ebp-FROM-TO.txt]
help-export-invoices = Une ligne par facture avec son statut et son solde (CSV pour tableur)
    .from = Émises ce jour ou après
    .to = Émises ce jour ou avant
    .out = Où écrire [défaut : factures.csv]

help-dunning = Relances de paiement : l'exécution quotidienne, son plan, son journal, une relance immédiate
help-dunning-run = Envoyer ce qui est dû aujourd'hui, un mail par client (pour cron : code 0 fait, 1 des envois ont échoué et seront retentés, 2 mauvais usage, 3 registre verrouillé)
    .dry_run = Montrer exactement ce que ferait une exécution sans rien changer ; vérifier aussi ce dont l'exécution réelle a besoin (expéditeur, configuration mail, adresses des clients, lettres) : code 1 si quelque chose de dû ne pourrait pas être envoyé
    .catch_up = Ce que devient une mise en demeure due avant qu'aucune relance n'ait été envoyée : `reminder` (la relance la plus ferme d'abord, la mise en demeure après le délai de l'échelle) ou `notice` (aussitôt)
help-dunning-plan = Ce que feront les exécutions des prochains jours, si rien n'est payé d'ici là
    .days = Combien de jours à l'avance
help-dunning-log = Ce qui a été envoyé, sauté, en échec ou prévu
    .customer = Seulement ce client
    .invoice = Seulement cette facture
help-dunning-send = Envoyer maintenant la relance en cours d'une facture ; elle compte comme cette étape
    .invoice = Numéro de facture
help-dunning-resend = Renvoyer, à la prochaine exécution, une relance dont l'envoi a été interrompu (incertain)
    .id = L'identifiant de la relance, tel que `dunning run` liste les incertaines

help-recurring = Abonnements facturés chaque semaine, mois, trimestre ou année
help-recurring-add = Facturer un client chaque semaine, mois, trimestre ou année (`recurring run` établit les factures)
    .customer = Code client
    .every = Fréquence : week, month, quarter ou year
    .start = Le premier jour de la première période
    .end = Le dernier jour où une période peut commencer
    .count = Combien de périodes en tout
    .lines = Une ligne : "DESIGNATION;QTY;UNIT_PRICE;VAT_RATE[;-DISCOUNT][;goods]" ou "@SKU;QTY[;-DISCOUNT]", la remise en pourcentage (-10%) ou en montant (-50) (répétable)
    .issue = Émettre chaque facture le premier jour de sa période (défaut : laissée en brouillon)
    .send = Émettre et envoyer par mail chaque facture
    .day_of_month = Les périodes commencent ce jour du mois (31 : le dernier jour du mois)
    .indexations = Une révision de prix à partir d'un jour, par ex. 3.5%@2027-01-01 (répétable, cumulative)
    .force = Abonner le client même s'il est bloqué
help-recurring-list = Les abonnements avec leur prochaine période et leur état
help-recurring-show = Un abonnement avec ses lignes, révisions, pauses et factures
    .id = Identifiant de l'abonnement, tel que `recurring list` l'affiche
help-recurring-pause = Arrêter de facturer à partir d'aujourd'hui (ou de --as-of) jusqu'à la reprise : les périodes intermédiaires ne sont jamais facturées
    .id = Identifiant de l'abonnement, tel que `recurring list` l'affiche
help-recurring-resume = Facturer de nouveau à partir d'aujourd'hui (ou de --as-of)
    .id = Identifiant de l'abonnement, tel que `recurring list` l'affiche
help-recurring-end = Mettre fin à un abonnement : aucune période ne commence après --on (défaut : aujourd'hui ou --as-of)
    .id = Identifiant de l'abonnement
    .on = Le dernier jour où une période peut commencer (défaut : aujourd'hui ou --as-of)
help-recurring-edit = Modifier un abonnement à partir d'un jour : ses lignes (--line, --from), sa limite (--end, --count), --issue/--send, son jour du mois ; les périodes facturées ne changent jamais, et `recurring show` liste chaque modification
    .id = Identifiant de l'abonnement
    .lines = Les nouvelles lignes, qui remplacent toutes les actuelles à partir de --from : "DESIGNATION;QTY;UNIT_PRICE;VAT_RATE[;-DISCOUNT][;goods]" ou "@SKU;QTY[;-DISCOUNT]" (répétable)
    .from = Le premier début de période facturé avec les nouvelles lignes (défaut : aujourd'hui ou --as-of)
    .end = Le dernier jour où une période peut commencer (remplace un --count)
    .count = Combien de périodes en tout (remplace un --end)
    .issue = Émettre chaque facture le premier jour de sa période
    .no_issue = Laisser chaque facture en brouillon (exige --no-send si les factures sont envoyées par mail)
    .send = Émettre et envoyer par mail chaque facture
    .no_send = Ne plus envoyer les factures par mail (elles restent émises sauf avec --no-issue)
    .day_of_month = Les périodes commencent ce jour du mois (seulement avant qu'une période soit facturée)
help-recurring-run = Établir la facture de chaque période due, en rattrapant les jours manqués (pour cron : code 0 fait, 1 des factures non émises ou non envoyées, 2 mauvais usage, 3 registre verrouillé)
    .dry_run = Montrer ce que ferait une exécution sans rien changer
    .force = Facturer aussi les clients bloqués

help-daily = La ligne cron : l'exécution des abonnements, puis celle des relances, chacune au plus une fois par jour
    .long =
        La ligne cron : l'exécution des abonnements, puis celle des relances, chacune au plus une fois par jour

        Affiche une ligne de résumé. Code 0 fait, 1 une partie a échoué et sera retentée par le prochain `daily`, 2 mauvais usage ou configuration, 3 registre verrouillé.

help-import = Importer clients, factures, paiements et relevés bancaires depuis des fichiers
help-import-customers = Clients depuis un fichier CSV (code, name, kind, email, address, siren, vat_number, payment_terms_days, language, iban) ; les codes déjà dans le registre restent tels quels
    .file = Le fichier CSV : UTF-8 ou ISO-8859-15, `;` ou `,`, la première ligne nommant les colonnes (voir docs/import.md)
    .skip_bad = Importer les lignes correctes et écrire les mauvaises dans ce fichier CSV avec leur numéro de ligne et leur motif
help-import-invoices = Factures venant d'un autre outil, avec leurs propres numéros et dates (number, customer, issue_date, total ; due_date, net, vat, currency, paid, paid_on...) ; marquées importées
    .file = Le fichier CSV : UTF-8 ou ISO-8859-15, `;` ou `,`, la première ligne nommant les colonnes (voir docs/import.md)
    .skip_bad = Importer les lignes correctes et écrire les mauvaises dans ce fichier CSV avec leur numéro de ligne et leur motif
help-import-payments = Paiements reçus (date, customer, amount ; method, reference, invoice, external_id)
    .file = Le fichier CSV : UTF-8 ou ISO-8859-15, `;` ou `,`, la première ligne nommant les colonnes (voir docs/import.md)
    .skip_bad = Importer les lignes correctes et écrire les mauvaises dans ce fichier CSV avec leur numéro de ligne et leur motif
help-import-bank = Un relevé bancaire : export CSV (colonnes selon [bank] dans la configuration), CAMT.053 ou OFX ; chaque ligne bancaire est stockée une seule fois, puis `creances payment match` règle des factures avec
    .file = Le fichier du relevé
    .bank_format = Le format du relevé [défaut : deviné d'après le contenu]

help-task = Les tâches que les étapes de relance vous laissent (appeler le client), et leur clôture
help-task-list = Les tâches ouvertes, les plus anciennes d'abord (--all pour les faites aussi)
    .all = Inclure les tâches déjà faites
help-task-done = Marquer une tâche comme faite
    .id = Numéro de la tâche (voir `creances task list`)
    .note = Ce qui en est sorti (« paiement promis pour vendredi »)
    .date = Jour où elle a été faite (défaut : aujourd'hui ou --as-of)

help-backup = Copier tout le registre (un instantané cohérent, relu pour vérification) pour pouvoir le restaurer
    .out = La copie [défaut : LEDGER-backups/LEDGER-DAY.sqlite à côté du registre]

help-period = Clôturer des périodes comptables : rien n'est enregistré à une date clôturée ou avant
help-period-close = Clôturer les comptes jusqu'à un jour (inclus) : rien ne peut être enregistré à cette date ou avant
    .until = Dernier jour de la période clôturée, par ex. la fin de l'exercice remis à l'expert-comptable

help-verify = Vérifier la chaîne du journal d'audit, chaque fait enregistré et les PDF archivés (code 1 si quoi que ce soit a été modifié)

help-demo = Construire un registre de démonstration (une douzaine de clients, une année de factures) et l'afficher
    .customers = Au lieu de la démonstration, un registre synthétique de ce nombre de clients (pour les mesures de performance)
    .invoices = Nombre de factures du registre synthétique, réparties sur dix ans
    .seed = Graine du registre synthétique : la même graine donne le même registre

help-completions = Afficher le script de complétion du shell (bash, zsh, fish, powershell, elvish)
    .shell = Le shell pour lequel compléter

help-manpage = Afficher la page de manuel (roff) de creances ou d'une commande : `creances manpage invoice send | man -l -`
    .command = La commande, par ex. `invoice send` ; aucune pour la page de creances elle-même
