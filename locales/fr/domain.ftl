# domain: messages of src/domain (see src/i18n/mod.rs).

## Dates, amounts, quantities, rates
domain-not-a-date = { $what } `{ $text }` n'est pas une date : écrivez AAAA-MM-JJ, par exemple 2026-11-24
domain-currency-not-iso = la devise `{ $code }` n'est pas un code ISO 4217 de trois lettres, par exemple EUR, USD, CHF
domain-too-many-decimals-for-currency = { $value } a plus de décimales que n'en compte { $currency } : écrivez au plus { $decimals } décimale(s)
domain-currencies-differ = impossible d'additionner un montant en { $left } et un montant en { $right } : convertissez d'abord l'un des deux
domain-not-an-amount = { $what } `{ $text }` n'est pas un montant : écrivez des chiffres avec un point ou une virgule, par exemple 1200,50
domain-amount-cents = { $what } `{ $text }` a plus de deux décimales : les montants sont en centimes, par exemple { $rounded }
domain-amount-too-large = { $what } `{ $text }` est trop grand
domain-not-an-amount-any = { $what } `{ $text }` n'est pas un montant : écrivez des chiffres avec un point ou une virgule décimale, par exemple 1200.50 ou 1 200,50
domain-amount-not-positive = { $what } `{ $text }` doit être supérieur à zéro
domain-quantity-not-a-number = la quantité `{ $text }` n'est pas un nombre : écrivez par exemple 2 ou 1,5
domain-quantity-not-positive = la quantité `{ $text }` doit être supérieure à zéro (pour reprendre quelque chose, faites un avoir)
domain-quantity-decimals = la quantité `{ $text }` a plus de quatre décimales
domain-quantity-too-large = la quantité `{ $text }` est trop grande
domain-vat-rate-invalid = le taux de TVA `{ $text }` n'est pas un taux en pourcentage : écrivez par exemple 20, 10, 5,5, 2,1 ou 0
domain-not-a-percentage = { $what } `{ $text }` n'est pas un pourcentage : écrivez par exemple 12,15
domain-vat-rate-unusual = le taux de TVA de { $rate } % n'est pas un taux français ({ $known } %) : conservé tel quel ; vérifiez qu'il ne s'agit pas d'une faute de frappe

## Document lines
domain-what-unit-price = prix unitaire
domain-what-line-discount = la remise de la ligne
domain-what-designation = la désignation
domain-what-line = la ligne `{ $designation }`
domain-what-sum-of-lines = le total des lignes
domain-what-index-date = la date de --index
domain-line-kind-unknown = la nature `{ $kind }` n'est ni `service` ni `goods`
domain-line-catalogue-shape = ligne `{ $text }` : une ligne du catalogue s'écrit `@SKU;QUANTITÉ`, par exemple `@AUDIT;2`
domain-line-no-sku = la ligne `{ $text }` ne donne pas de référence (SKU) après `@`
domain-line-four-fields = la ligne `{ $text }` doit avoir quatre champs `DÉSIGNATION;QUANTITÉ;PRIX_UNITAIRE;TAUX_TVA`, par exemple `Audit;2;500;20`, ou `@SKU;QUANTITÉ`
domain-line-empty-designation = la ligne `{ $text }` a une désignation vide
domain-line-error = ligne `{ $text }` : { $error }
domain-document-no-line = un document doit avoir au moins une ligne : ajoutez `--line "DÉSIGNATION;QTÉ;PRIX_UNITAIRE;TAUX_TVA"` ou `--line "@SKU;QTÉ"`
domain-line-too-large = la ligne `{ $designation }` s'élève à { $amount } : c'est trop (un document peut totaliser au plus { $max })
domain-discount-rate-not-positive = les lignes à { $rate } % de TVA s'élèvent à { $net } : la remise d'un document est répartie entre ses taux de TVA, chacun doit être supérieur à zéro ; remisez plutôt les lignes
domain-document-too-large = le total des lignes est de { $total } : c'est trop (un document peut totaliser au plus { $max })
domain-document-not-positive = le total des lignes est de { $total } : le total d'un document doit être supérieur à zéro

## Identities
domain-siren-invalid = le SIREN `{ $text }` n'est pas valide : il compte neuf chiffres dont une clé de Luhn, par exemple 732829320
domain-iban-invalid = l'IBAN `{ $iban }` n'est pas valide ({ $reason }) : vérifiez-le sur le RIB (par exemple FR76 3000 6000 0112 3456 7890 189)
domain-iban-reason-base = la forme ou la clé de contrôle d'un IBAN n'est pas respectée
domain-iban-reason-bban = le numéro de compte (BBAN) n'a pas la forme attendue pour ce pays
domain-iban-reason-country = le code pays n'est pas reconnu
domain-bic-invalid = le BIC `{ $bic }` n'est pas valide : 8 ou 11 lettres et chiffres, par exemple AGRIFRPPXXX
domain-vat-number-invalid = le numéro de TVA `{ $vat }` n'est pas valide : { $reason }
domain-vat-number-shape = deux lettres pour le pays, puis ses chiffres, par exemple FR68842130577
domain-vat-number-french-shape = un numéro français s'écrit FR, une clé de deux caractères et les neuf chiffres du SIREN
domain-vat-number-key = la clé du SIREN { $siren } est { $key }, soit FR{ $key }{ $siren }
domain-vat-number-not-siren = le numéro de TVA { $vat } ne correspond pas au SIREN { $siren } : vérifiez les deux (un numéro de TVA français se termine par son SIREN)
domain-email-invalid = l'e-mail `{ $email }` n'est pas une adresse unique comme compta@example.fr (plusieurs adresses ne sont pas admises : gardez-en une)
domain-text-one-line = { $flag } `{ $text }` contient un saut de ligne ou un caractère de contrôle : écrivez-le sur une seule ligne
domain-text-control-character = { $flag } `{ $text }` contient un caractère de contrôle : séparez ses lignes par \n
domain-text-empty = { $flag } ne peut pas être vide
domain-text-too-long = { $flag } compte { $length } caractères : restez en dessous de { $max }
domain-address-control-character = l'adresse `{ $address }` contient un caractère de contrôle : séparez ses lignes par \n
domain-address-too-long = l'adresse compte { $length } caractères : restez en dessous de { $max }

## Discounts
domain-discount-invalid = { $what } `{ $text }` n'est ni un pourcentage ni un montant : écrivez par exemple 10% ou 50
domain-discount-percent-range = { $what } `{ $text }` : un pourcentage est supérieur à 0 et au plus égal à 100, par exemple 10%
domain-discount-not-positive = { $what } `{ $text }` doit être supérieur à zéro
domain-discount-base-not-positive = { $what } s'élève à { $base } : seul un montant supérieur à zéro peut être remisé ; retirez la remise
domain-discount-too-large = une remise de { $discount } ({ $off }) dépasse { $what } ({ $base }) : donnez { $most ->
    [at-most] au plus
   *[less-than] moins de
  } { $base }

## Numbering
domain-number-invalid = `{ $number }` n'est pas un numéro de document : utilisez 1 à 40 lettres, chiffres, -, _, . ou /, en commençant par une lettre ou un chiffre
domain-series-invalid = la série `{ $series }` n'est pas valide : utilisez 1 à 12 lettres ou chiffres, en commençant par une lettre, par exemple FACT ou ATELIER
domain-number-before-last = impossible d'émettre dans la série { $series } le { $date } : { $number } a été émise le { $last_date } et les numéros suivent les dates ; utilisez --date { $last_date } ou plus tard

## Payments
domain-method-unknown = mode de paiement `{ $text }` inconnu : utilisez { $methods } (ou virement, chèque, carte, espèces, prélèvement)

## Exchange rates
domain-rate-same-currency = { $currency } est la devise de la comptabilité : elle n'a pas de taux de change ; retirez --rate
domain-rate-not-positive = le taux de change { $rate } n'est pas positif : indiquez combien de { $foreign } vaut un { $accounting }, par exemple --rate 1.0842
domain-rate-invalid = --rate `{ $text }` n'est pas un nombre positif : indiquez combien d'unités de la devise de la facture vaut une unité de la devise de la comptabilité, par exemple 1.0842

## Invoices, customers, products, company
domain-delivered-period-reversed = --delivered { $text } : la période finit avant de commencer ; écrivez DU..AU, par exemple 2026-03-01..2026-03-31
domain-credit-limit-negative = --credit-limit `{ $text }` est négatif : indiquez 0 ou plus, ou none
domain-company-currency-invalid = la devise `{ $code }` n'est pas un code ISO 4217 comme EUR
domain-customer-kind-unknown = type de client `{ $kind }` inconnu : utilisez business (professionnel) ou individual (particulier)
domain-dunning-profile-unknown = profil de relance `{ $profile }` inconnu : utilisez standard, vip, new ou late_payer
domain-language-unknown = la langue `{ $lang }` n'est pas prise en charge : utilisez fr ou en
domain-terms-out-of-range = un délai de paiement de { $days } jours n'est pas autorisé : de 0 à 60 jours (C. com. L441-10)
domain-customer-code-invalid = le code client `{ $text }` n'est pas valide : utilisez 1 à 20 lettres, chiffres, - ou _
domain-terms-invalid = --terms `{ $text }` n'est pas un nombre de jours : indiquez 0 à 60, ou default
domain-customer-status-unknown = --status `{ $status }` inconnu : utilisez ok, late ou blocked
domain-sku-invalid = la référence (SKU) `{ $text }` n'est pas valide : utilisez des lettres, chiffres, - ou _
domain-search-empty = --search ne peut pas être vide : donnez une partie d'un numéro, le code ou le nom d'un client, ou un montant
domain-from-after-to = --from { $from } est après --to { $to } : inversez-les
domain-buckets-invalid = --buckets `{ $text }` doit être une suite croissante de nombres de jours séparés par des virgules, par exemple 30,60,90

## Subscriptions
domain-recurring-no-lines = donnez les nouvelles lignes avec --line
domain-recurring-deleted-draft = un brouillon supprimé
domain-recurring-period-billed-from = la période du { $start } de l'abonnement n° { $id } est déjà facturée ({ $invoice }) : donnez un --from après le { $start }, ou faites d'abord un avoir sur cette facture
domain-recurring-periods-fixed = l'abonnement n° { $id } a déjà des périodes facturées (depuis le { $start }) : ses périodes ne peuvent plus bouger ; terminez-le (`recurring end { $id }`) et créez-en un nouveau qui commence au nouveau jour
domain-recurring-period-billed-end = la période du { $start } de l'abonnement n° { $id } est déjà facturée ({ $invoice }) : l'abonnement ne peut pas se terminer avant elle
domain-recurring-send-needs-issue = l'abonnement n° { $id } envoie ses factures par e-mail, elles doivent donc être émises : ajoutez --no-send pour les laisser en brouillon
domain-recurring-nothing-to-change = rien à modifier dans l'abonnement n° { $id } : donnez --line (avec --from), --end, --count, --day-of-month, --issue/--no-issue ou --send/--no-send
domain-frequency-unknown = --every `{ $text }` n'est pas une périodicité : écrivez week, month, quarter ou year
domain-index-invalid = --index `{ $text }` n'est pas une révision : écrivez TAUX%@DATE, par exemple 3.5%@2027-01-01 (un taux supérieur à -100 %, au plus 4 décimales)
domain-day-of-month-weekly = --day-of-month ne s'applique pas à un abonnement hebdomadaire : chaque semaine commence le même jour de la semaine que --start ; retirez-le
domain-day-of-month-range = --day-of-month { $day } n'est pas un jour du mois : indiquez 1 à 31 (31 signifie le dernier jour du mois)
domain-end-and-count = donnez --end ou --count, pas les deux
domain-count-zero = --count 0 ne facture rien : indiquez 1 ou plus
domain-start-too-far = --start { $start } est trop loin dans le futur
domain-end-before-first = --end { $end } est avant la première période ({ $first }) : donnez une fin le { $first } ou après

## SEPA
domain-collect-unknown = --collect `{ $text }` inconnu : utilisez direct-debit ou transfer
domain-mandate-used = le mandat { $reference } du client { $customer } est ponctuel et a déjà servi : ajoutez un nouveau mandat avec `creances customer mandate add { $customer } ...`
domain-creditor-id-invalid = l'identifiant créancier `{ $text }` n'est pas valide : c'est l'ICS que votre banque vous a attribué, par exemple FR72ZZZ123456 (pays, 2 chiffres de contrôle, ZZZ, le numéro national)
domain-mandate-reference-invalid = la référence de mandat `{ $text }` n'est pas valide : 1 à 35 lettres, chiffres ou / - ? : ( ) . , ' +, telle qu'imprimée sur le mandat signé, par exemple RUM-ACME-001

## Accounting settings
domain-account-invalid = [accounting] { $key } = "{ $number }" n'est pas un numéro de compte : trois chiffres ou plus, commençant par 1 à 8 (par exemple 411000)
domain-journal-invalid = [accounting] { $key } = "{ $code }" n'est pas un code journal : donnez un code court comme VT, BQ ou OD
domain-journal-twice = [accounting] { $key } et { $other } valent tous deux "{ $code }" : chaque journal doit avoir son propre code

## Dunning ladders
domain-ladder-empty = le plan de relance { $profile } n'a aucune étape : donnez-en au moins une, ou retirez-le pour garder le plan par défaut
domain-step-name-invalid = le nom d'étape de relance `{ $name }` doit compter 1 à 32 lettres, chiffres, - ou _
domain-step-twice = l'étape de relance `{ $name }` apparaît deux fois dans le plan { $profile }
domain-step-offset-range = étape de relance `{ $name }` : le décalage { $offset } est hors limites (de -90 à 365 jours après l'échéance)
domain-step-template-invalid = étape de relance `{ $name }` : le modèle `{ $template }` ne doit contenir que des lettres, chiffres ou _

## Late-payment interest
domain-ecb-line-invalid = table des taux BCE, ligne { $line_number } : `{ $line }` n'est pas de la forme `AAAA-01-01,TAUX` ou `AAAA-07-01,TAUX`
domain-ecb-empty = la table des taux BCE ne contient aucun taux

## Grouping deliveries and quotes
domain-group-nothing = rien à facturer : indiquez au moins un bon de livraison ou un devis
domain-group-twice = { $number } est indiqué deux fois : indiquez chaque document une seule fois
domain-group-two-customers = { $first } est pour le client { $first_customer } et { $second } pour le client { $second_customer } : une facture est pour un seul client ; facturez-les séparément
domain-recap-customer = { $label } facture { $number } du client { $customer } : elle ne peut pas changer de client ; supprimez le brouillon avec `creances invoice delete { $id }` et facturez l'autre client à part
domain-recap-lines = { $label } est une facture récapitulative : ses lignes viennent de { $numbers } ; ajoutez des lignes avec --add-line, ou supprimez le brouillon avec `creances invoice delete { $id }` et regroupez à nouveau

## Deposits
domain-deposit-not-positive = --deposit `{ $text }` : un acompte est une part du prix, par exemple 30% ou 1500
domain-deposit-percent-range = --deposit { $percent }% : un acompte est une part du prix, inférieure à 100 % (la facture finale demande le reste)
domain-deposit-invalid = --deposit `{ $text }` n'est ni un pourcentage ni un montant : écrivez par exemple 30% ou 1500
domain-deposit-too-large = un acompte de { $amount } porterait les acomptes du devis ({ $already } déjà demandés) à son total de { $total } ou au-delà : demandez moins de { $room }, la facture finale demande le reste

## Scores
domain-score-weights = [score] les poids doivent valoir 0 ou plus, et pas tous 0
domain-score-floor = [score] le plancher (floor) doit être compris entre 0 et 100

## Mandatory mentions before issuing
domain-mention-missing = la facture ne peut pas être émise sans { $what }, une mention que la loi y exige : renseignez-la avec `{ $fix }`, puis émettez à nouveau
domain-issue-date-after-today = la date d'émission { $issue_date } est postérieure à aujourd'hui ({ $today }) : une facture est numérotée le jour de son émission, et une date ultérieure bloquerait tous les numéros jusque-là ; donnez --date { $today } ou une date antérieure
domain-mention-company-siren = le SIREN de l'entreprise
domain-mention-company-address = l'adresse de l'entreprise
domain-mention-company-vat-number = le numéro de TVA de l'entreprise
domain-mention-customer-address = l'adresse du client { $code }
domain-mention-customer-siren = le SIREN du client { $code } (ou, pour un client étranger, son numéro de TVA)

## Credit control (`what` is invoice or quote)
domain-credit-over-limit = { $what ->
    [quote] ce devis
   *[other] cette facture
  } de { $document } porterait son encours à { $balance }, au-delà de son plafond d'encours
domain-credit-below-floor = sa note de paiement est sous le plancher de { $floor }
domain-credit-no-limit = aucun
domain-credit-new-score = nouveau
domain-credit-and = et
domain-credit-refusal = client { $customer } : { $reasons }. Encours { $balance }, plafond d'encours { $limit }, note { $score } : { $what ->
    [quote] aucun nouveau devis
   *[other] aucune nouvelle facture
  } sans --force (ou enregistrez ses paiements, ou modifiez le plafond avec `creances customer edit { $customer } --credit-limit ...`)
