# ops: messages of src/ops (see src/i18n/mod.rs).

## src/error.rs
ops-ledger-locked = le registre { $path } est verrouillé par un autre processus creances ; réessayez dans un instant
ops-ledger-not-a-database = { $path } n'est pas un registre creances (ce n'est pas une base SQLite)
ops-ledger-damaged = le registre { $path } est endommagé (SQLite signale une base corrompue) : rien n'a été modifié ; restaurez-le depuis votre dernière copie (`creances backup` en fait une) et conservez le fichier endommagé pour examen
ops-ledger-read-only = impossible d'écrire dans le registre { $path } : le fichier ou son dossier est en lecture seule (ou sur un disque en lecture seule) ; donnez-vous les droits d'écriture sur les deux et réessayez
ops-file-not-a-database = le fichier n'est pas un registre creances (ce n'est pas une base SQLite)
ops-closed-period = cette date tombe dans une période clôturée (voir `creances company show`) : rien ne peut être enregistré à la date de clôture ni avant ; enregistrez la correction à une date ultérieure, par exemple aujourd'hui
ops-file-damaged = le registre est endommagé (base corrompue) : restaurez-le depuis une copie
ops-file-read-only = le registre ou son dossier est en lecture seule
ops-disk-full = le disque est plein : rien n'a été modifié ; libérez de la place et réessayez
ops-database-error = erreur de base de données : { $error }
ops-prompt-interrupted = la saisie a été interrompue : { $error }

## src/config.rs
ops-config-unreadable = impossible de lire le fichier de configuration { $path } : { $error }
ops-config-invalid = le fichier de configuration { $path } n'est pas valide : { $error }
ops-config-bad = configuration { $path } : { $message }
ops-config-lang-unknown = [interface] lang `{ $lang }` est inconnue : utilisez fr ou en
ops-config-smtp-needs-host = transport = "smtp" demande une section [email.smtp] avec un host
ops-config-transport-unknown = [email] transport `{ $transport }` est inconnu : utilisez outbox, smtp ou sendmail
ops-config-smtp-password = [email.smtp] a un user mais ni password_env ni password_command (les mots de passe ne sont jamais écrits dans la configuration)
ops-config-min-balance = [dunning] min_balance `{ $value }` n'est pas un montant comme "5.00"
ops-template-unreadable = impossible de lire le modèle { $path } : { $error }

## src/store/mod.rs
ops-ledger-create-folder = { $path } est un dossier : --db désigne le fichier du registre lui-même ; créez-le avec `creances init --db { $file }`
ops-ledger-exists = un fichier existe déjà à l'emplacement { $path } : choisissez un autre chemin --db, ou utilisez ce registre tel quel
ops-folder-create = impossible de créer le dossier { $path } : { $error }
ops-ledger-create = impossible de créer le registre { $path } : { $error }
ops-ledger-is-folder = { $path } est un dossier, pas un registre : --db désigne le fichier du registre lui-même, par exemple `--db { $file }` (créez-le avec `creances init --db { $file }`)
ops-ledger-missing = aucun registre à l'emplacement { $path } : créez-en un avec `creances init --db { $path } --name "..."`, ou indiquez le vôtre par --db ou CREANCES_DB
ops-ledger-not-a-file = { $path } n'est pas un fichier : indiquez votre registre par --db ou CREANCES_DB
ops-ledger-open = impossible d'ouvrir le registre { $path } : { $error }
ops-ledger-foreign = { $path } n'est pas un registre creances (fichier vide ou base d'un autre programme) : indiquez votre registre par --db, ou créez-en un avec `creances init`
ops-ledger-no-wal = le registre { $path } ne peut pas utiliser la journalisation anticipée (mode de journal { $mode })
ops-ledger-newer = le registre { $path } a été écrit par une version plus récente de creances (schéma { $version }, celle-ci connaît { $known }) : mettez creances à jour
ops-ledger-migration = impossible de faire passer le registre { $path } du schéma { $version } au schéma { $target } : { $error } ; il a été laissé tel quel
ops-backup-not-utf8 = impossible de sauvegarder vers { $path } : donnez un chemin en UTF-8 simple
ops-backup-incomplete = la copie { $path } ne se relit pas en entier ({ $verdict }) : elle n'a pas été conservée

## src/store: lookups and refusals
ops-invoice-not-numbered = aucune facture numérotée `{ $reference }` ; la facture dont l'id est { $reference } porte le numéro { $number } : désignez une facture émise par son numéro, ou écrivez #{ $reference } pour l'id
ops-invoice-unknown = aucune facture `{ $reference }` : donnez son numéro (par exemple FACT-2026-0001), l'id d'un brouillon, ou #ID pour l'id de n'importe quelle facture ; voir `creances invoice list`
ops-invoice-number-imported = le numéro { $number } est déjà pris par une facture importée : émettez dans une autre --series
ops-invoice-not-draft-any-more = { $invoice } n'est plus un brouillon
ops-offer-expires-before-date = le devis expirerait ({ $valid_until }) avant sa date ({ $issue_date }) : donnez un --valid-until plus tardif
ops-offer-unknown = aucun devis `{ $reference }` : donnez son numéro (par exemple DEV-2026-0001) ; voir `creances offer list`
ops-subscription-unknown = aucun abonnement #{ $id } : voir `creances recurring list`
ops-reminder-unknown = aucune relance #{ $id } : voir `creances dunning log`
ops-reminder-not-uncertain = la relance #{ $id } est { $status }, pas incertaine : seule une relance dont l'envoi a été interrompu est renvoyée à la demande
ops-hold-until-past = --until { $until } est antérieur à aujourd'hui ({ $since }) : donnez une date plus tardive ou pas de --until
ops-task-unknown = aucune tâche #{ $id } : voir `creances task list`
ops-task-already-done = la tâche #{ $id } a déjà été faite le { $day }
ops-no-company = le registre n'a pas encore de société : lancez `creances init --name ...`
ops-customer-code-used = le code client { $code } est déjà pris : choisissez un autre --code, ou modifiez ce client avec `creances customer edit { $code }`
ops-customer-unknown = client `{ $code }` inconnu : voir `creances customer list`, ou ajoutez-le avec `creances customer add --code { $code } --name ...`
ops-mandate-reference-used = la référence de mandat { $reference } est déjà prise (client { $code }) : chaque mandat a sa propre RUM

## src/ops/invoice, src/ops/customer.rs ($verb and $what are codes: spaces written as hyphens)
ops-invoice-issued-immutable = { $kind ->
    [credit-note] l'avoir { $number } est émis et ne peut pas être { $verb ->
        [edited] modifié
        [deleted] supprimé
       *[other] { $verb }
    }
   *[other] la facture { $number } est émise et ne peut pas être { $verb ->
        [edited] modifiée
        [deleted] supprimée
       *[other] { $verb }
    }
} : une pièce émise est intangible ; faites un avoir avec `creances invoice credit { $number } --reason ...`
ops-invoice-draft-not-issued = le brouillon #{ $id } n'est pas encore émis : impossible { $verb ->
    [paid] d'y affecter un paiement
    [written-off] de le passer en perte
    [sent] de l'envoyer
    [credited] de l'annuler par un avoir
   *[other] ({ $verb })
} ; émettez-le avec `creances invoice issue { $id }`
ops-invoice-is-credit-note = { $invoice } est un avoir : il ne peut pas être { $verb ->
    [paid] payé
    [written-off] passé en perte
    [sent] envoyé
    [credited] annulé par un avoir
   *[other] { $verb }
}
ops-dated-before-issue = { $what ->
    [a-payment] un paiement daté du { $date } est antérieur
    [sending] un envoi daté du { $date } est antérieur
    [applying-credit] une imputation du crédit client datée du { $date } est antérieure
    [a-credit-note] un avoir daté du { $date } est antérieur
   *[other] { $what } ({ $date }) est antérieur
} à l'émission de { $invoice } ({ $issued }) : donnez une --date égale ou postérieure au { $issued }
ops-invoice-already-paid = la facture { $invoice } est déjà payée : il ne reste rien à { $verb ->
    [written-off] passer en perte
    [credited] annuler par un avoir
   *[other] payer
}
ops-invoice-fully-credited = la facture { $invoice } est entièrement annulée par avoir : il ne reste rien à { $verb ->
    [written-off] passer en perte
    [credited] annuler par un avoir
   *[other] payer
}
ops-invoice-written-off = la facture { $invoice } est passée en perte : il ne reste rien à { $verb ->
    [written-off] passer en perte
    [credited] annuler par un avoir
   *[other] payer
}
ops-invoice-already-issued = la facture { $number } est déjà émise
ops-line-vat-under-franchise = la ligne `{ $designation }` porte une TVA de { $rate } % alors que la société est en franchise en base de TVA (CGI art. 293 B) : utilisez un taux de 0
ops-flag-empty = { $flag } ne peut pas être vide
ops-payment-over-balance = { $amount } dépasse le solde de { $invoice } ({ $balance }) : payez au plus { $balance }, ou ajoutez --overpay pour garder l'excédent en crédit client
ops-statement-from-after = --from { $from } est postérieur à la date du relevé { $as_of } : donnez un --from plus ancien ou un --as-of plus tardif

## src/ops: quotes, credit notes, customer credit, holds
ops-offer-expired = le devis { $number } a expiré le { $valid_until } : il ne peut pas être { $verb ->
    [accepted] accepté
    [declined] refusé
   *[other] { $verb }
} ; faites un nouveau devis
ops-offer-already = le devis { $number } est déjà { $status ->
    [open] ouvert
    [expired] expiré
    [accepted] accepté
    [declined] refusé
   *[other] { $status }
}
ops-offer-global-discount = le devis { $number } porte une remise globale : un acompte se prend sur les devis dont les remises sont sur les lignes ; faites un nouveau devis avec la remise sur les lignes
ops-offer-not-accepted = le devis { $number } n'est pas accepté : `creances offer accept { $number } --deposit 30%` demande d'abord un acompte, `offer accept` seul le facture en entier
ops-offer-already-invoiced = le devis { $number } est déjà facturé par { $invoice } : un devis n'est facturé qu'une fois
ops-offer-no-deposit = le devis { $number } n'a pas de facture d'acompte à déduire : sa facture vient de `offer accept`
ops-credit-written-off = la facture { $invoice } est passée en perte : elle ne peut pas être annulée par un avoir
ops-credit-already-full = la facture { $invoice } est déjà entièrement annulée par avoir
ops-credit-too-much = un avoir de { $asked } dépasse ce qui reste à créditer sur { $invoice } ({ $creditable }) : créditez au plus { $creditable }
ops-credit-imported-no-rate = { $number } a été importée sans lignes et sa TVA ({ $vat }) ne correspond à aucun taux unique : créditez-la avec une --line "DESIGNATION;QTY;UNIT_PRICE;VAT_RATE" par taux
ops-credit-other-customer = { $invoice } est une facture de { $owner }, pas de { $code } : imputez le crédit de { $code } sur l'une de ses propres factures
ops-credit-none = le client { $code } n'a pas de crédit à imputer au { $date } (le crédit vient d'un trop-perçu ou d'un avoir sur une facture payée)
ops-credit-no-open-invoice = le client { $code } a un crédit de { $credit } mais aucune facture ouverte émise au plus tard le { $date } sur laquelle l'imputer
ops-hold-not-issued = { $invoice } n'est pas une facture émise : seules les factures émises sont relancées ou suspendues
ops-hold-settled = la facture { $invoice } est soldée : il n'y a rien à suspendre
ops-hold-reason-empty = --reason ne peut pas être vide : dites pourquoi la facture est suspendue (par exemple "livraison contestée")
ops-hold-not-held = la facture { $invoice } n'est pas suspendue

## src/ops/import.rs
ops-file-unreadable = impossible de lire { $path } : { $error }
ops-import-empty = { $path } est vide : sa première ligne doit nommer les colonnes (voir docs/import.md)
ops-import-rejects-unwritable = impossible d'écrire les lignes rejetées : { $error }
ops-import-line-reason = ligne { $line } : { $reason }
ops-import-line-unreadable = { $path } ligne { $line } : { $error } : rien n'a été importé
ops-import-more-reasons = ... et { $count ->
    [one] { $count } autre
   *[other] { $count } autres
}
ops-import-rate-missing = la facture { $number } est en { $currency } : donnez son taux de change à sa date d'émission dans une colonne `taux` (unités de { $currency } pour 1 { $accounting }, par ex. 1,0842)
ops-import-bad-rows = { $count ->
    [one] { $count } ligne incorrecte
   *[other] { $count } lignes incorrectes
} dans { $path }, rien n'a été importé :
ops-import-bad-rows-fix = corrigez-les et importez à nouveau, ou ajoutez --skip-bad REJECTS.csv pour importer les bonnes lignes et mettre les mauvaises de côté
ops-import-invoice-other-customer = la facture { $invoice } n'est pas une facture du client { $code }
ops-import-no-file = aucun fichier { $path } : donnez le chemin du fichier CSV à importer
ops-import-skip-bad-same-file = --skip-bad doit désigner un autre fichier que celui importé
ops-statement-unreadable = impossible de lire le relevé bancaire { $path } : { $error }

## src/ops/recurring
ops-subscription-needs-line = un abonnement demande au moins une --line "DESIGNATION;QTY;UNIT_PRICE;VAT_RATE" ou --line "@SKU;QTY"
ops-subscription-send-no-email-new = le client { $code } n'a pas d'adresse e-mail, --send ne peut donc pas lui envoyer ses factures : ajoutez-en une avec `creances customer edit { $code } --email ...`, ou retirez --send
ops-subscription-from-needs-line = --from date de nouvelles lignes : donnez-les avec --line
ops-subscription-send-no-email = le client { $code } n'a pas d'adresse e-mail, --send ne peut donc pas lui envoyer ses factures : ajoutez-en une avec `creances customer edit { $code } --email ...`
ops-subscription-already-paused = l'abonnement #{ $id } est déjà suspendu depuis le { $since } : reprenez-le avec `creances recurring resume { $id }`
ops-subscription-resumed-on = l'abonnement #{ $id } a repris le { $last } : une nouvelle suspension commence ce jour-là ou après (donnez --as-of { $last } ou plus tard)
ops-subscription-not-paused = l'abonnement #{ $id } n'est pas suspendu
ops-subscription-resume-too-early = l'abonnement #{ $id } est suspendu à partir du { $from } : il ne peut pas reprendre avant (donnez --as-of { $from } ou plus tard)
ops-subscription-nothing-to-end = l'abonnement #{ $id } ne facture déjà plus aucune période après le { $on } : rien à terminer

## src/ops/delivery.rs
ops-delivery-already-invoiced = le bon de livraison { $number } est déjà facturé par { $invoice } : un bon de livraison n'est facturé qu'une fois
ops-delivery-source-other-customer = { $number } concerne le client { $owner }, pas { $code } : facturez les pièces de chaque client séparément
ops-delivery-date-future = la date de livraison { $date } est postérieure à aujourd'hui ({ $as_of }) : un bon de livraison est numéroté à sa date, et une date ultérieure bloquerait tous les numéros jusque-là ; donnez --date { $as_of } ou avant
ops-delivery-recap-other-customer = le bon de livraison { $number } concerne le client { $owner }, pas { $code } : une facture récapitulative regroupe les livraisons d'un seul client ; regroupez celles de chaque client séparément
ops-delivery-none-to-invoice = le client { $code } n'a aucun bon de livraison à facturer daté du { $day } ou avant : voir `creances delivery list --uninvoiced --customer { $code }`
ops-delivery-quote-has-deposits = le devis { $number } a des factures d'acompte : facturez-le seul (`invoice create --from-offer { $number }`), pour que sa facture finale les déduise
ops-delivery-quote-not-open = le devis { $number } est { $status ->
    [expired] expiré
    [declined] refusé
    [accepted] accepté
    [open] ouvert
   *[other] { $status }
} : seul un devis ouvert ou accepté peut être facturé
ops-delivery-quote-vat-basis = le devis { $number } donne des prix { $basis ->
    [including] TTC
   *[other] HT
} et pas les autres : facturez-le seul

## src/files.rs
ops-write-no-folder = impossible d'écrire { $path } : le dossier { $folder } n'existe pas ; créez-le d'abord, ou donnez à { $flag } un chemin dans un dossier existant
ops-write-is-folder = impossible d'écrire { $path } : c'est un dossier ; donnez à { $flag } un nom de fichier
ops-write-guarded = refus d'écrire { $path } : c'est { $what } ; donnez un autre chemin
ops-guarded-sidecar = un fichier que SQLite ou creances garde à côté du registre ({ $suffix })
ops-guarded-config = le fichier de configuration
ops-guarded-ledger = le registre
ops-write-stdout = impossible d'écrire sur la sortie standard : { $error }
ops-write-disk-full = impossible d'écrire { $path } : le disque est plein ; rien n'a été laissé : libérez de la place et réessayez
ops-write-read-only = impossible d'écrire { $path } : le dossier est en lecture seule pour vous ; donnez un autre chemin ou changez ses droits
ops-write-failed = impossible d'écrire { $path } : { $error }
ops-file-name-unsafe = impossible de créer un fichier nommé `{ $name }` : un nom tiré d'un numéro ne peut contenir que des lettres, des chiffres, `-`, `_` et `.`, et ne peut pas commencer par un point

## src/ops/dunning, src/ops/bank.rs
ops-dunning-not-issued = { $invoice } n'est pas une facture émise : seules les factures émises sont relancées
ops-dunning-settled = la facture { $invoice } est { $status ->
    [paid] payée
    [credited] annulée par avoir
    [written-off] passée en perte
   *[other] { $status }
} : pas de relance
ops-dunning-on-hold = la facture { $invoice } est suspendue ({ $reason }) : levez d'abord la suspension avec `creances invoice release { $invoice }`
ops-dunning-ladder-done = la facture { $invoice } a déjà reçu toutes les étapes de relance de son barème : voir `creances dunning log --invoice { $invoice }`
ops-dunning-template-missing = l'étape de relance `{ $step }` utilise le modèle `{ $template }`, qui n'existe pas : ajoutez templates/{ $template }.{ $lang }.txt à côté du fichier de configuration, ou utilisez un modèle intégré
ops-bank-cannot-take = la facture { $invoice } ne peut pas recevoir { $amount } de la ligne bancaire du { $date } : elle est soldée ou n'est pas celle du payeur
ops-bank-issued-after = la facture { $invoice } a été émise après l'arrivée des fonds ({ $date })
ops-bank-line-matched = la ligne bancaire { $id } est déjà rapprochée
ops-bank-not-issued = { $invoice } n'est pas une facture émise
ops-bank-other-customer = { $invoice } n'est pas une facture de { $code } : une ligne bancaire paie les factures d'un seul client
ops-bank-nothing-left = { $invoice } n'a plus rien à payer, ou la ligne bancaire est épuisée avant elle
ops-bank-name-an-invoice = indiquez au moins un numéro de facture

## src/ops/exchange.rs
ops-rate-for-accounting-currency = { $currency } est la devise comptable : elle ne prend pas de --rate ; retirez --rate
ops-rate-how = donnez --rate (combien de { $currency } vaut un { $accounting } le { $day }, par exemple --rate 1.0842)
ops-rate-needed = un montant en { $currency } demande son taux de change en { $accounting } au { $day } : { $how }, ou gardez un fichier de taux ([currency] rates_file dans la configuration)
ops-rate-file-missing = un montant en { $currency } demande son taux de change en { $accounting } au { $day }, et le fichier de taux { $path } n'existe pas : { $how }, ou écrivez ce fichier (le CSV de la BCE : Date,{ $currency },... une ligne par jour)
ops-rates-file-unreadable = impossible de lire le fichier de taux { $path } : { $error }
ops-rates-file-bad = le fichier de taux { $path } : { $error }
ops-rates-file-no-rate = le fichier de taux { $path } n'a pas de taux { $currency } en { $accounting } au { $day } ou avant : ajoutez-y une ligne pour ce jour (Date,{ $currency },...), ou { $how }

## src/mailer: what the mail server said
ops-smtp-refused = le serveur de messagerie { $server } a refusé la connexion : rien n'écoute sur ce port ; vérifiez host et port dans [email.smtp] et que le serveur tourne
ops-smtp-timed-out = le serveur de messagerie { $server } n'a pas répondu en { $seconds } s : vérifiez host et port dans [email.smtp] et tout pare-feu entre les deux, ou augmentez son `timeout`
ops-smtp-closed = le serveur de messagerie { $server } a fermé la connexion avant d'accepter le message ; la prochaine tentative peut passer (si l'échec persiste, vérifiez security et port dans [email.smtp])
ops-smtp-no-such-host = serveur de messagerie { $host } introuvable : vérifiez host dans [email.smtp] et le réseau
ops-smtp-not-tls = le serveur de messagerie { $server } ne parle pas TLS sur le port { $port } (il a répondu en clair) : { $security ->
    [tls] security = "tls" demande le port TLS du serveur (souvent 465) ; pour le port 587, mettez security = "starttls"
   *[other] vérifiez security et port dans [email.smtp]
}
ops-smtp-no-starttls = le serveur de messagerie { $server } ne propose pas STARTTLS sur le port { $port } : mettez security = "tls" avec son port TLS (souvent 465), ou le port que votre fournisseur donne pour STARTTLS (souvent 587)
ops-smtp-certificate = le certificat du serveur de messagerie { $host } n'est pas reconnu ({ $why }) : vérifiez que host dans [email.smtp] est bien le nom donné par votre fournisseur ; creances n'accepte que les certificats signés par une autorité publique
ops-smtp-tls = la connexion sécurisée (TLS) au serveur de messagerie { $server } a échoué ({ $why }) : vérifiez security et port dans [email.smtp]
ops-smtp-login = le serveur de messagerie { $server } a refusé l'identifiant ou le mot de passe ({ $error }) : vérifiez user et password_env ou password_command dans [email.smtp]
ops-smtp-other = le serveur de messagerie { $server } : { $error }
ops-cert-unknown-issuer = signé par une autorité que cet ordinateur ne reconnaît pas
ops-cert-other-name = il est établi pour un autre nom
ops-cert-expired = il a expiré
ops-cert-not-yet-valid = il n'est pas encore valide
ops-cert-revoked = il a été révoqué
ops-cert-self-signed = il est autosigné
ops-cert-invalid = il n'est pas valide : { $error }
ops-tls-alert = le serveur a interrompu la négociation : { $alert }
ops-mail-no-sender = aucune adresse d'expéditeur pour envoyer le courrier : renseignez l'e-mail de la société (`creances company set --email ...`) ou `from` dans la section [email] de la configuration
ops-mail-bad-sender = l'expéditeur `{ $sender }` n'est pas une adresse e-mail : { $error }
ops-mail-bad-recipient = le destinataire `{ $recipient }` n'est pas une adresse e-mail : { $error }
ops-mail-bad-attachment = pièce jointe { $file } : type de contenu invalide : { $error }
ops-mail-cannot-build = impossible de construire le message : { $error }
ops-smtp-bad-host = [email.smtp] host `{ $host }` : { $error }
ops-smtp-password-unset = la variable du mot de passe SMTP { $var } n'est pas définie
ops-smtp-password-command-run = impossible de lancer la commande du mot de passe SMTP : { $error }
ops-smtp-password-command-failed = la commande du mot de passe SMTP a échoué ({ $status })
ops-smtp-password-command-empty = la commande du mot de passe SMTP n'a rien affiché
ops-smtp-no-password = [email.smtp] a un user mais ni password_env ni password_command

## src/ops: mandates, receipts, products, locks, tasks, sends, reports, periods
ops-mandate-signed-future = --signed { $signed } est postérieur à aujourd'hui ({ $as_of }) : donnez le jour où le client a signé le mandat
ops-sepa-no-mandate = la facture { $number } doit être payée par prélèvement mais le client { $code } n'a pas de mandat : ajoutez-le avec `creances customer mandate add { $code } --iban ... --bic ... --reference RUM --signed YYYY-MM-DD`, ou indiquez que la facture est payée par virement
ops-sepa-no-creditor-id = la société n'a pas d'identifiant créancier SEPA : indiquez l'ICS donné par votre banque avec `creances company set --sepa-creditor-id FR..ZZZ......`
ops-sepa-no-iban = l'IBAN et le BIC de la société sont nécessaires pour prélever : indiquez-les avec `creances company set --iban ... --bic ...`
ops-customer-no-email = le client { $code } n'a pas d'adresse e-mail : ajoutez-en une avec `creances customer edit { $code } --email ...`
ops-product-exists = le produit { $sku } existe déjà : modifiez-le avec `creances product edit { $sku }`
ops-product-not-in-catalogue = aucun produit `{ $sku }` au catalogue : voir `creances product list`
ops-product-unknown = produit `{ $sku }` inconnu : voir `creances product list`, ou ajoutez-le avec `creances product add --sku { $sku } ...`
ops-lock-file-open = impossible d'ouvrir le fichier de verrou { $path } : { $error }
ops-lock-failed = impossible de verrouiller { $path } : { $error }
ops-send-at-past = --at { $at } est dans le passé (nous sommes le { $as_of }) : donnez aujourd'hui ou un jour ultérieur, ou envoyez maintenant sans --at
ops-forecast-weeks = --weeks doit être compris entre 1 et { $max }
ops-close-until-future = --until { $until } est postérieur à aujourd'hui ({ $today }) : une période se clôture une fois terminée
ops-close-already = les comptes sont déjà clôturés jusqu'au { $closed } : une période clôturée le reste ; donnez un --until plus tardif

## src/ops/documents
ops-invoice-not-sent = { $number } n'a pas été envoyée{ $issued_now ->
    [yes] {" "}(elle est émise et archivée)
   *[other] {""}
} : { $error } ; renvoyez-la avec `creances invoice send { $number }`
ops-offer-not-sent = { $number } n'a pas été envoyé : { $error }
ops-logo-unreadable = [documents] logo { $path } : impossible de le lire ({ $error }) ; corrigez le chemin dans la configuration
ops-logo-not-png = [documents] logo { $path } n'est pas une image PNG
ops-archive-unreadable = le PDF archivé de { $label } ({ $path }) ne peut pas être lu : { $error } ; restaurez-le depuis une sauvegarde
ops-archive-altered = le PDF archivé de { $label } ({ $path }) a été modifié : son SHA-256 n'est pas celui enregistré ({ $sha256 }) ; restaurez-le depuis une sauvegarde
ops-einvoice-draft = le brouillon #{ $id } n'est pas émis : émettez-le d'abord avec `creances invoice issue { $id }` ; un brouillon n'a pas de facture électronique

## src/ops/credit_control.rs ($what: invoice, quote or subscription; $why: " (reason)" or empty)
ops-customer-blocked = le client { $code } est bloqué{ $why } : pas { $what ->
    [quote] de nouveau devis
    [subscription] de nouvel abonnement
   *[other] de nouvelle facture
} sans --force, ou débloquez-le avec `creances customer unblock { $code }`

## src/readers, src/ops/export
ops-rows-column-twice = le fichier { $kind } nomme deux fois la colonne `{ $column }` (colonne { $position }) : n'en gardez qu'une
ops-rows-missing-column = le fichier { $kind } n'a pas de colonne { $missing } : sa première ligne doit nommer les colonnes, parmi { $columns } (voir docs/import.md)
ops-rows-bad-terms = payment_terms_days `{ $value }` n'est pas un nombre de jours, par exemple 30
ops-rows-bad-date = { $column } `{ $value }` n'est pas une date : écrivez AAAA-MM-JJ ou JJ/MM/AAAA, par exemple 2026-03-15 ou 15/03/2026
ops-export-period-needed = donnez la période : --year 2026, ou --from 2026-01-01 --to 2026-12-31
ops-fec-needs-siren = le fichier FEC porte le SIREN de la société dans son nom : indiquez-le avec `creances company set --siren 123456789`
ops-subscription-period-billed = la période du { $start } de l'abonnement #{ $id } est déjà facturée ({ $invoice }) : terminez-le le { $start } ou après, ou faites d'abord un avoir sur cette facture
ops-subscription-deleted-draft = un brouillon supprimé

## src/readers/statement.rs
ops-bank-delimiter = [bank] delimiter `{ $delimiter }` doit être un seul caractère ou `tab`
ops-bank-header-unreadable = impossible de lire la ligne d'en-tête : { $error }
ops-bank-no-column = aucune colonne `{ $column }` dans l'en-tête ({ $header }) : indiquez les noms de colonnes sous [bank] dans la configuration, ou donnez --bank-format camt053 ou ofx s'il ne s'agit pas d'un export CSV
ops-bank-bad-lines = { $count ->
    [one] { $count } ligne incorrecte
   *[other] { $count } lignes incorrectes
}, rien n'a été importé :
