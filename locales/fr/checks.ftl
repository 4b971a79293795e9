## Lecture des relevés bancaires (src/readers)
checks-statement-bad = relevé { $format } : { $problem }
checks-camt-not-xml = XML mal formé à l'octet { $byte } : { $error }
checks-camt-cut-short = le fichier s'arrête dans <{ $element }> après { $count ->
    [one] { $count } opération
   *[other] { $count } opérations
  } : il est tronqué ; téléchargez de nouveau le relevé
checks-camt-not-camt = aucun élément BkToCstmrStmt : ce n'est pas un relevé camt.053 (indiquez --bank-format csv ou ofx s'il s'agit d'un autre format)
checks-camt-entry = opération { $n } : { $problem }
checks-camt-no-amount = aucun montant (Amt)
checks-camt-negative = le montant `{ $amount }` est négatif : en CAMT.053 les montants sont positifs et CdtDbtInd donne le sens
checks-camt-no-direction = aucun CdtDbtInd (CRDT ou DBIT)
checks-camt-no-date = aucune date de comptabilisation (BookgDt)
checks-camt-booking-date = date de comptabilisation
checks-ofx-not-ofx = aucun élément <OFX> : ce n'est pas un fichier OFX
checks-ofx-open-tag = une balise n'est pas fermée par `>`
checks-ofx-cut-short = la dernière transaction (STMTTRN) n'est pas fermée : le fichier est tronqué
checks-ofx-transaction = transaction { $n } : { $problem }
checks-ofx-missing = aucun { $tag }
checks-ofx-bad-date = DTPOSTED `{ $value }` n'est pas une date de la forme 20260305
checks-csv-date-format = la date `{ $value }` ne suit pas le date_format `{ $format }` de [bank]
checks-csv-col-date = date
checks-csv-col-amount = montant
checks-csv-col-credit = crédit
checks-csv-col-debit = débit
checks-csv-date-empty = la date est vide
checks-csv-no-amount = ni débit ni crédit

## Relances et tâches (src/ops/dunning, src/render/dunning)
checks-dunning-no-email = le client { $customer } n'a pas d'adresse électronique : ajoutez-en une avec `creances customer edit { $customer } --email ...`
checks-dunning-nothing-to-send = rien à envoyer
checks-dunning-no-mailer = aucun service d'envoi de courriels
checks-dunning-not-recorded = non envoyé, le registre n'a pas pu enregistrer la tentative au préalable : { $error }
checks-dunning-outbox = les courriels vont dans le dossier d'envoi { $folder } et ne parviennent à aucun client : réglez le transport [email] du fichier de configuration (smtp ou sendmail) pour les envoyer
checks-dunning-customer-problem = client { $customer } : { $problem }
checks-dunning-hold-pending = prélèvement en cours
checks-dunning-hold-awaiting = à encaisser par prélèvement
checks-task-call = Appeler { $name } ({ $code }) au sujet de { $invoice } : { $days ->
    [one] { $days } jour
   *[other] { $days } jours
  } de retard, { $balance } { $currency } dus

## --help : l'aide des valeurs possibles
checks-help-possible-values = Valeurs possibles :
checks-value-color-auto = Sur un terminal, sauf si NO_COLOR est défini
checks-value-color-always = Toujours, même dans un tube ou avec NO_COLOR
checks-value-color-never = Jamais
checks-value-layout-fec-csv = Les colonnes du FEC pour un tableur : UTF-8 avec BOM, `;`, virgule décimale
checks-value-layout-sage = Import Sage 50 / Ciel XImport : largeur fixe, page de codes 850
checks-value-layout-ebp = Import d'écritures EBP ASCII : virgules, page de codes 850
checks-value-encoding-latin9 = ISO-8859-15, comme le demande le texte
checks-value-encoding-utf8 = UTF-8, accepté par la plupart des logiciels mais hors du texte

## Erreurs de ligne de commande formulées par clap
checks-clap-twice = l'argument « { $arg } » ne peut être donné qu'une fois
checks-clap-no-equals = un signe égal est nécessaire pour donner une valeur à « { $arg } » (« { $arg }=VALEUR »)
checks-clap-too-many-values = valeur « { $value } » inattendue pour « { $arg } » : aucune autre n'était attendue
checks-clap-value-count = « { $arg } » demande { $wanted ->
    [one] { $wanted } valeur
   *[other] { $wanted } valeurs
  }, { $given ->
    [0] aucune n'a été donnée
    [one] { $given } a été donnée
   *[other] { $given } ont été données
  }
checks-clap-invalid-utf8 = un ou plusieurs arguments ne sont pas en UTF-8 valide
checks-clap-number-empty = la valeur est vide : donnez un nombre entier
checks-clap-number-digit = ce n'est pas un nombre entier
checks-clap-number-range = nombre trop grand ou trop petit

## customer list
checks-customer-in-dunning = en relance

## Rapprochement des paiements : règles et motifs
checks-rule-number = numéro de facture dans le libellé bancaire
checks-rule-amount = montant égal au solde d'une facture ouverte du payeur
checks-rule-sum = montant égal à la somme de plusieurs factures ouvertes du payeur
checks-rule-manual = choisi à la main
checks-reason-debit = un débit, pas un encaissement
checks-reason-several-customers = le libellé cite des factures de plusieurs clients ({ $numbers })
checks-reason-more-than-due = { $amount } dépasse les { $due } restant dus sur { $numbers }
checks-reason-same-balance = { $count } factures ouvertes du payeur ont ce solde
checks-reason-no-payer = aucun numéro de facture dans le libellé et aucun payeur connu (nom ou IBAN)
checks-reason-no-set = le payeur n'a aucune facture ouverte ni groupe de factures de ce montant
checks-reason-several-sets = plusieurs groupes de factures ouvertes du payeur totalisent ce montant
checks-reason-no-rule = aucune règle ne s'applique
checks-reason-settled = le libellé cite { $numbers }, sans plus rien à payer au { $date }

## Exports
checks-export-unbalanced = l'écriture { $entry } n'est pas équilibrée ({ $debit } au débit, { $credit } au crédit) : le registre est incohérent
checks-export-write = impossible d'écrire l'export : { $error }
