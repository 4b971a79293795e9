# Aide en français de chaque commande et option (clés : voir src/i18n/help.rs).

help = Comptes clients dans le terminal : clients, devis, factures, paiements et relances dans un seul fichier SQLite
    .db = Le fichier du registre [par défaut : $CREANCES_DB, sinon le dossier de données de la plateforme]
    .as_of = Prendre ce jour pour aujourd'hui (AAAA-MM-JJ) : statuts, retards et dates par défaut en découlent
    .format = Format de sortie : table pour la lecture, csv ou json pour les scripts
    .color = Couleurs des tableaux : auto (sur un terminal, sauf si NO_COLOR est défini), always ou never
    .config = Le fichier de configuration (mail, politique de relance) [par défaut : $CREANCES_CONFIG, sinon le dossier de configuration de la plateforme]
    .lang = Langue de l'interface : fr ou en [par défaut : lang de la section [interface] de la configuration, sinon la locale : LC_ALL, LC_MESSAGES, LANG]

help-init = Créer un nouveau registre avec l'identité de l'entreprise
    .name = Raison sociale telle qu'imprimée sur les factures
    .address = Adresse postale (\n ou plusieurs --address pour les retours à la ligne)
    .siren = SIREN : neuf chiffres
    .vat_number = Numéro de TVA intracommunautaire, par ex. FR40303265045
    .vat_franchise = Franchise en base de TVA (CGI art. 293 B) : pas de TVA sur les documents ; `--vat-franchise false` pour en sortir
    .iban = IBAN imprimé pour le paiement par virement
    .bic = BIC (code SWIFT) de la banque de l'IBAN, imprimé à côté
    .email = Adresse d'expédition des mails aux clients
    .phone = Numéro de téléphone imprimé sur les documents et les mails
    .legal_form = Forme juridique et capital, par ex. « SAS au capital de 10 000 € »
    .terms = Délai de paiement par défaut en jours après émission (0 à 60)
    .penalty_rate = Taux des pénalités de retard en pourcentage annuel ; `legal` pour le taux BCE + 10 points
    .currency = Code de devise ISO 4217
    .sepa_creditor_id = Identifiant créancier SEPA (ICS) pour les prélèvements, par ex. FR72ZZZ123456

help-company = L'identité de l'entreprise imprimée sur les documents : l'afficher ou la modifier

help-company-show = Afficher l'identité de l'entreprise

help-company-set = Modifier l'identité de l'entreprise (seulement les champs donnés)
    .name = Raison sociale telle qu'imprimée sur les factures
    .address = Adresse postale (\n ou plusieurs --address pour les retours à la ligne)
    .siren = SIREN : neuf chiffres
    .vat_number = Numéro de TVA intracommunautaire, par ex. FR40303265045
    .vat_franchise = Franchise en base de TVA (CGI art. 293 B) : pas de TVA sur les documents ; `--vat-franchise false` pour en sortir
    .iban = IBAN imprimé pour le paiement par virement
    .bic = BIC (code SWIFT) de la banque de l'IBAN, imprimé à côté
    .email = Adresse d'expédition des mails aux clients
    .phone = Numéro de téléphone imprimé sur les documents et les mails
    .legal_form = Forme juridique et capital, par ex. « SAS au capital de 10 000 € »
    .terms = Délai de paiement par défaut en jours après émission (0 à 60)
    .penalty_rate = Taux des pénalités de retard en pourcentage annuel ; `legal` pour le taux BCE + 10 points
    .currency = Code de devise ISO 4217
    .sepa_creditor_id = Identifiant créancier SEPA (ICS) pour les prélèvements, par ex. FR72ZZZ123456

help-customer = Clients : ajout, modification, liste, blocage, relevés de compte et mandats SEPA

help-customer-add = Ajouter un client
    .code = Code court utilisé dans toutes les commandes (tiré du nom s'il est absent)
    .name = Raison sociale ou nom de la personne
    .kind = business (professionnel) ou individual (particulier)
    .email = Adresse où envoyer les factures et les relances
    .address = Adresse postale (\n pour les retours à la ligne)
    .siren = SIREN (clients professionnels)
    .vat_number = Numéro de TVA intracommunautaire
    .terms = Délai de paiement en jours (0 à 60) ; `default` pour celui de l'entreprise
    .profile = Profil de relance : standard, vip, new ou late_payer
    .language = Langue des documents et des mails : fr ou en
    .credit_limit = Plafond d'encours : au-delà, un nouveau devis ou une nouvelle facture demande --force ; `none` pour aucun plafond
    .collect = Mode de paiement par défaut de ses factures : transfer (virement) ou direct-debit (prélèvement sous son mandat SEPA)

help-customer-edit = Modifier un client (seulement les champs donnés)
    .code = Le code client
    .name = Raison sociale ou nom de la personne
    .kind = business (professionnel) ou individual (particulier)
    .email = Adresse où envoyer les factures et les relances
    .address = Adresse postale (\n pour les retours à la ligne)
    .siren = SIREN (clients professionnels)
    .vat_number = Numéro de TVA intracommunautaire
    .terms = Délai de paiement en jours (0 à 60) ; `default` pour celui de l'entreprise
    .profile = Profil de relance : standard, vip, new ou late_payer
    .language = Langue des documents et des mails : fr ou en
    .credit_limit = Plafond d'encours : au-delà, un nouveau devis ou une nouvelle facture demande --force ; `none` pour aucun plafond
    .collect = Mode de paiement par défaut de ses factures : transfer (virement) ou direct-debit (prélèvement sous son mandat SEPA)

help-customer-list = Tous les clients avec leur solde, leur montant en retard et leur statut (ok, late, blocked)
    .status = Seulement les clients de ce statut : ok, late ou blocked
    .sort = Ordre : par code, ou par note de paiement (la pire d'abord, les nouveaux clients à la fin)

help-customer-show = Un client et son historique avec le solde cumulé
    .code = Le code client

help-customer-block = Refuser les nouveaux devis et factures de ce client (sauf --force)
    .code = Le code client
    .reason = Pourquoi (affiché quand une nouvelle facture est refusée)

help-customer-unblock = Accepter de nouveau devis et factures
    .code = Le code client

help-customer-statement = Relevé de compte : factures, avoirs, paiements et solde cumulé
    .code = Le code client
    .from = Premier jour affiché ; ce qui précède forme le solde d'ouverture
    .pdf = Écrire le relevé en PDF à envoyer au client (dans le dossier des documents à côté du registre, ou dans --out)
    .out = Le fichier à écrire : un PDF avec --pdf, sinon un classeur Excel (FICHIER.xlsx)

help-customer-mandate = Mandats de prélèvement SEPA

help-customer-mandate-add = Enregistrer le mandat de prélèvement SEPA signé d'un client (le plus récent sert)
    .customer = Code client
    .iban = Le compte débité (vérifié : longueur selon le pays et clé modulo 97)
    .bic = La banque du débiteur
    .reference = La référence unique du mandat (RUM) imprimée sur le mandat signé
    .signed = Le jour où le client l'a signé
    .recurrent = Pour chaque prélèvement jusqu'à révocation (par défaut)
    .one_off = Pour un seul prélèvement

help-customer-mandate-list = Les mandats, avec le nombre de prélèvements de chacun
    .customer = Seulement ce client

help-product = Le catalogue des produits et services que les lignes des documents désignent par `@SKU`

help-product-add = Ajouter un article au catalogue
    .sku = Référence courte utilisée comme `@SKU` dans les lignes
    .name = Désignation imprimée sur les documents
    .price = Prix unitaire HT
    .vat = Taux de TVA en pourcentage (20, 10, 5.5, 2.1, 0)
    .unit = Unité, par ex. jour, heure, pièce
    .kind = service ou goods (marchandises) (compte de ventes 706 ou 707)

help-product-list = Le catalogue

help-product-edit = Modifier un article (seulement les champs donnés) ; les documents déjà faits gardent leurs lignes
    .sku = SKU de l'article à modifier
    .name = Désignation imprimée sur les documents
    .price = Prix unitaire HT
    .vat = Taux de TVA en pourcentage (20, 10, 5.5, 2.1, 0)
    .unit = Unité, par ex. jour, heure, pièce
    .kind = service ou goods (marchandises) (compte de ventes 706 ou 707)

help-offer = Devis : création, acceptation en facture, refus, impression, envoi

help-offer-create = Créer un devis, numéroté dans sa propre série (DEV-2026-0001)
    .customer = Code client
    .lines = Une ligne : "DESIGNATION;QTY;UNIT_PRICE;VAT_RATE[;-DISCOUNT][;goods]" ou "@SKU;QTY[;-DISCOUNT]", la remise en pourcentage (-10%) ou en montant (-50) (répétable)
    .date = Date du devis (par défaut : aujourd'hui ou --as-of)
    .valid_until = Dernier jour où le devis peut être accepté (par défaut : 30 jours après sa date)
    .prices_include_vat = Les prix unitaires sont TTC
    .notes = Une note imprimée sur le devis
    .discount = Une remise sur tout le devis, répartie sur ses taux de TVA : en pourcentage (5%) ou en montant (150)
    .series = Série de numérotation (par défaut DEV)
    .force = Établir le devis même si le client est bloqué

help-offer-list = Les devis avec leur statut (open, expired, accepted, declined)
    .customer = Seulement les devis de ce client (code client)
    .status = open, expired, accepted ou declined

help-offer-show = Un devis avec ses lignes
    .offer = Numéro du devis (DEV-2026-0001)

help-offer-accept = Accepter un devis : une facture brouillon de toutes ses lignes (émise aussitôt avec --issue), ou avec --deposit une facture d'acompte, émise aussitôt
    .offer = Numéro du devis (DEV-2026-0001)
    .issue = Émettre la facture aussitôt
    .date = Date d'émission avec --issue (par défaut : aujourd'hui ou --as-of)
    .series = Série des factures (par défaut FACT)
    .deposit = Demander plutôt un acompte : un pourcentage du total TTC (30%) ou un montant TTC ; la facture d'acompte est émise aussitôt (à --date, sinon aujourd'hui)
    .force = Facturer même si le client est bloqué

help-offer-invoice = La facture de solde d'un devis accepté avec acompte : toutes les lignes, chaque acompte déduit
    .offer = Numéro du devis (DEV-2026-0001)
    .final = La facture de solde : le total du devis moins chaque acompte facturé
    .issue = L'émettre aussitôt
    .date = Date d'émission avec --issue (par défaut : aujourd'hui ou --as-of)
    .series = Série des factures (par défaut FACT)
    .force = Facturer même si le client est bloqué

help-offer-decline = Refuser un devis
    .offer = Numéro du devis (DEV-2026-0001)

help-offer-pdf = Écrire le PDF du devis
    .offer = Numéro du devis (DEV-2026-0001)
    .out = Écrire le PDF ici [par défaut : le dossier des documents à côté du registre]
    .proforma = L'imprimer comme facture pro forma (« Facture pro forma ») : sans numéro, pas une pièce comptable, sans facture électronique incluse (DEV-...-proforma.pdf)

help-offer-send = Envoyer par mail le PDF du devis au client avec un message d'accompagnement
    .offer = Numéro du devis (DEV-2026-0001)

help-invoice = Factures et avoirs : brouillons, émission, paiements, PDF et facture électronique, envoi, suspensions

help-invoice-create = Créer une facture brouillon (sans numéro jusqu'à son émission)
    .customer = Code client
    .lines = Une ligne : "DESIGNATION;QTY;UNIT_PRICE;VAT_RATE[;-DISCOUNT][;goods]" ou "@SKU;QTY[;-DISCOUNT]", la remise en pourcentage (-10%) ou en montant (-50) (répétable)
    .series = Série de numérotation (par défaut FACT)
    .terms = Délai de paiement en jours après émission (par défaut : celui du client, sinon celui de l'entreprise)
    .prices_include_vat = Les prix unitaires sont TTC (la TVA est alors extraite par taux)
    .penalty_rate = Taux des pénalités de retard en pourcentage annuel pour cette facture
    .purchase_order = Le numéro de bon de commande du client
    .notes = Une note imprimée sur la facture
    .delivered = Date de livraison ou d'exécution, si ce n'est pas la date d'émission : un jour (2026-03-15) ou une période (2026-03-01..2026-03-31)
    .deliver_to = L'adresse de livraison, si ce n'est pas celle du client (\n pour les retours à la ligne)
    .currency = La devise de la facture (ISO 4217, par ex. USD ; par défaut : celle de l'entreprise)
    .discount = Une remise sur toute la facture, répartie sur ses taux de TVA : en pourcentage (5%) ou en montant (150) ; `none` la retire (edit)
    .collect = Mode de paiement : transfer (virement) ou direct-debit (prélèvement sous le mandat SEPA du client) (par défaut : celui du client)
    .from_offers = Facturer ces devis ensemble, séparés par des virgules (DEV-2026-0001,DEV-2026-0002) : leurs lignes sous le numéro de chaque devis ; un devis ouvert est accepté au passage
    .from_offer = Facturer ce devis (DEV-2026-0001), comme --from-offers pour un seul ; un devis avec acomptes reçoit sa facture de solde, qui les déduit
    .issue = L'émettre aussitôt
    .date = Date d'émission avec --issue (par défaut : aujourd'hui ou --as-of)
    .rate = Avec --issue, pour une facture en devise étrangère : combien d'unités de cette devise vaut une unité de la devise comptable (par défaut : le taux du fichier des cours à la date d'émission)
    .force = Facturer même si le client est bloqué

help-invoice-group = Une facture de plusieurs bons de livraison d'un client (facture récapitulative) : ses lignes sous le numéro et la date de chaque bon
    .customer = Code client
    .deliveries = Les bons de livraison à facturer, séparés par des virgules (BL-2026-0001,BL-2026-0002)
    .until = Tous les bons de livraison du client pas encore facturés, datés de ce jour ou avant
    .series = Série de numérotation (par défaut FACT)
    .issue = L'émettre aussitôt
    .date = Date d'émission avec --issue (par défaut : aujourd'hui ou --as-of)
    .force = Facturer même si le client est bloqué

help-invoice-edit = Modifier un brouillon (une facture émise est intangible : faites un avoir)
    .invoice = Identifiant du brouillon
    .customer = Un autre code client
    .lines = Une ligne : "DESIGNATION;QTY;UNIT_PRICE;VAT_RATE[;-DISCOUNT][;goods]" ou "@SKU;QTY[;-DISCOUNT]", la remise en pourcentage (-10%) ou en montant (-50) (répétable)
    .series = Série de numérotation (par défaut FACT)
    .terms = Délai de paiement en jours après émission (par défaut : celui du client, sinon celui de l'entreprise)
    .prices_include_vat = Les prix unitaires sont TTC (la TVA est alors extraite par taux)
    .penalty_rate = Taux des pénalités de retard en pourcentage annuel pour cette facture
    .purchase_order = Le numéro de bon de commande du client
    .notes = Une note imprimée sur la facture
    .delivered = Date de livraison ou d'exécution, si ce n'est pas la date d'émission : un jour (2026-03-15) ou une période (2026-03-01..2026-03-31)
    .deliver_to = L'adresse de livraison, si ce n'est pas celle du client (\n pour les retours à la ligne)
    .currency = La devise de la facture (ISO 4217, par ex. USD ; par défaut : celle de l'entreprise)
    .discount = Une remise sur toute la facture, répartie sur ses taux de TVA : en pourcentage (5%) ou en montant (150) ; `none` la retire (edit)
    .collect = Mode de paiement : transfer (virement) ou direct-debit (prélèvement sous le mandat SEPA du client) (par défaut : celui du client)
    .add_lines = Ajouter des lignes au lieu de toutes les remplacer par --line

help-invoice-delete = Supprimer un brouillon
    .invoice = Numéro de facture (FACT-2026-0001) ou identifiant du brouillon

help-invoice-issue = Émettre un brouillon : numéro suivant de sa série, échéance selon le délai de paiement, contenu figé
    .invoice = Identifiant du brouillon
    .date = Date d'émission (par défaut : aujourd'hui ou --as-of)
    .rate = Pour une facture en devise étrangère : combien d'unités de cette devise vaut une unité de la devise comptable, fixé sur la facture (par défaut : le taux du fichier des cours à la date d'émission)
    .force = Émettre même si le client est bloqué

help-invoice-list = Les factures avec leur statut, leur solde et leurs jours de retard
    .status = Seulement ce statut : draft, unsent, sent, overdue, partially_paid, paid, credited, written_off, ou pending_collection (prélèvement émis, l'argent pas encore sur un relevé)
    .customer = Seulement ce client
    .from = Émises ce jour ou après
    .to = Émises ce jour ou avant
    .overdue = Seulement les factures échues avec un solde
    .credit_notes = Lister les avoirs au lieu des factures
    .search = Seulement celles dont le numéro ou le client (code ou nom) contient TEXT, ou dont le total ou le solde vaut le montant TEXT
    .sort = L'ordre : issued (ordre d'enregistrement), due, customer, total, balance ou days-late
    .desc = Les plus grands (ou les plus récents) d'abord
    .limit = Au plus N factures, après le tri
    .no_pager = Afficher directement dans le terminal : pas de pagineur, même pour une liste plus longue que l'écran (une liste n'est paginée que sur un terminal, avec $PAGER ou `less -FRX`)

help-invoice-show = Une facture avec ses lignes et son histoire : envois, paiements, avoirs, relances, suspensions
    .invoice = Numéro de facture (FACT-2026-0001) ou identifiant du brouillon

help-invoice-pay = Enregistrer un paiement de cette facture
    .invoice = Numéro de facture
    .amount = Montant reçu (par défaut : le solde)
    .date = Jour d'arrivée des fonds (par défaut : aujourd'hui ou --as-of)
    .method = transfer, check, card, cash, direct_debit ou other
    .reference = Référence bancaire, numéro de chèque...
    .overpay = Accepter plus que le solde et garder l'excédent en avoir du client
    .rate = Pour une facture en devise étrangère : le cours du jour d'arrivée des fonds (par défaut : celui du fichier des cours)
    .notify = Envoyer au client un reçu de paiement (toujours, si la configuration dit `receipts = true`)

help-invoice-credit = Émettre un avoir sur une facture, total ou partiel
    .invoice = Numéro de facture
    .amount = Montant à créditer, TTC (par défaut : tout ce qui n'est pas encore crédité)
    .lines = Lignes à créditer : "DESIGNATION;QTY;UNIT_PRICE;VAT_RATE" ou "@SKU;QTY" (répétable)
    .reason = Motif : imprimé sur l'avoir
    .date = Date de l'avoir (par défaut : aujourd'hui ou --as-of)
    .series = Série des avoirs (par défaut AV)

help-invoice-write-off = Passer le solde restant en perte (créance irrécouvrable)
    .invoice = Numéro de facture
    .reason = Pourquoi la créance est perdue (liquidation, prescription...)
    .date = Date du passage en perte (par défaut : aujourd'hui ou --as-of)

help-invoice-pdf = Écrire le PDF (le premier PDF d'une facture émise est archivé ; les suivants lui sont comparés)
    .invoice = Numéro de facture ou d'avoir (FACT-2026-0001), ou identifiant d'un brouillon
    .all = Produire et archiver chaque facture et avoir émis qui n'a pas encore de PDF
    .since = Avec --all : seulement ceux émis ce jour ou après
    .out = Écrire le PDF ici [par défaut : le dossier des documents à côté du registre]

help-invoice-xml = Écrire la facture électronique d'une facture ou d'un avoir émis : son XML CII (Factur-X, EN 16931)
    .invoice = Numéro de facture ou d'avoir (FACT-2026-0001)
    .out = Écrire le XML ici [par défaut : la sortie standard]

help-invoice-send = Envoyer par mail le PDF au client avec un message d'accompagnement (un brouillon est d'abord émis)
    .invoice = Numéro de facture ou d'avoir, ou identifiant d'un brouillon (le brouillon est d'abord émis)
    .scheduled = Faire les envois programmés avec --at dus aujourd'hui ou à --as-of, comme `creances daily`, sans ses autres parties (pour cron : code 0 fait, 1 des envois ont échoué et seront retentés, 2 usage ou configuration incorrects, 3 registre verrouillé)
    .date = Date d'émission d'un brouillon (par défaut : aujourd'hui ou --as-of)
    .at = L'envoyer ce jour-là au lieu de maintenant : `creances daily` l'envoie (un brouillon est émis ce jour-là)
    .force = Émettre un brouillon quand même pour un client bloqué, au-delà de son plafond d'encours ou sous la note minimale

help-invoice-mark-sent = Noter que la facture a été envoyée au client (autrement que par `invoice send`)
    .invoice = Numéro de facture
    .date = Jour de l'envoi (par défaut : aujourd'hui ou --as-of)

help-invoice-hold = Suspendre une facture en litige : aucune relance jusqu'à la levée (elle reste dans tous les soldes)
    .invoice = Numéro de facture
    .reason = Pourquoi (par ex. « livraison contestée »)
    .until = Dernier jour de la suspension (par défaut : jusqu'à la levée)

help-invoice-release = Lever une suspension : les relances reprennent
    .invoice = Numéro de facture (FACT-2026-0001) ou identifiant du brouillon

help-delivery = Bons de livraison, facturés ensuite par une facture récapitulative

help-delivery-create = Établir un bon de livraison, numéroté aussitôt (BL-2026-0001) et jamais modifié ensuite
    .customer = Code client
    .lines = Une ligne livrée, au prix auquel elle sera facturée : "DESIGNATION;QTY;UNIT_PRICE;VAT_RATE[;goods]" ou "@SKU;QTY" (répétable)
    .date = Jour de la livraison (par défaut : aujourd'hui ou --as-of)
    .notes = Une note imprimée sur le bon de livraison

help-delivery-list = Les bons de livraison avec la facture qui facture chacun
    .customer = Seulement ce client
    .uninvoiced = Seulement ceux qu'aucune facture ne facture encore

help-delivery-show = Un bon de livraison avec ses lignes
    .delivery = Numéro du bon de livraison (BL-2026-0001)

help-delivery-pdf = Écrire le PDF du bon de livraison (quantités livrées, aucun montant dû)
    .delivery = Numéro du bon de livraison (BL-2026-0001)
    .out = Écrire le PDF ici [par défaut : le dossier des documents à côté du registre]

help-collect = Encaisser par prélèvement SEPA : le fichier bancaire des factures échues

help-collect-sepa = Écrire le fichier de prélèvement SEPA (pain.008.001.02) des factures échues à une date et les marquer en cours de prélèvement ; un second passage les ignore
    .until = Factures dont l'échéance est ce jour ou avant
    .out = Le fichier à écrire pour la banque

help-payment = Paiements reçus : enregistrement, liste, imputation d'avoirs, rapprochement des crédits bancaires avec les factures

help-payment-add = Enregistrer un paiement d'un client, qui règle d'abord ses factures les plus anciennes
    .customer = Code client
    .amount = Montant reçu
    .date = Jour d'arrivée des fonds (par défaut : aujourd'hui ou --as-of)
    .method = transfer, check, card, cash, direct_debit ou other
    .reference = Référence bancaire, numéro de chèque...
    .currency = La devise du paiement si ce n'est pas la devise comptable (il ne règle alors que les factures du client dans cette devise)
    .rate = Avec --currency : combien d'unités de cette devise vaut une unité de la devise comptable le jour du paiement (par défaut : le cours du fichier des cours)

help-payment-list = Les paiements avec ce que chacun a réglé
    .customer = Seulement ce client

help-payment-apply = Imputer le crédit d'un client (un trop-perçu, un paiement libéré par un avoir) sur ses factures ouvertes, les plus anciennes d'abord, ou sur celle donnée
    .customer = Code client
    .invoice = Seulement cette facture (numéro, ou #ID) ; par défaut : les factures ouvertes les plus anciennes d'abord
    .date = Jour de l'imputation (par défaut : aujourd'hui ou --as-of)

help-payment-match = Rapprocher les crédits bancaires importés des factures ouvertes : d'abord le numéro de facture dans le libellé, puis le montant d'une facture ouverte du payeur, puis la somme de plusieurs ; montre ce qui serait enregistré, sauf avec --auto ou --interactive
    .auto = Enregistrer comme paiements les rapprochements sans ambiguïté
    .interactive = Choisir aussi à la main, sur un terminal, les factures des crédits ambigus ou non rapprochés (enregistre aussi les rapprochements sans ambiguïté)

help-payment-unmatched = Les crédits bancaires pas encore rapprochés de factures, avec ce qu'en fait le rapprochement

help-report = Rapports sur les créances : balance âgée, délais de paiement, chiffre d'affaires, prévisions, tableau de bord

help-report-aging = Balance âgée : soldes ouverts par tranches : non échu, 1-30, 31-60, 61-90, plus de 90 jours de retard
    .by = Une ligne par client ou par facture ouverte
    .buckets = Bornes supérieures des tranches de retard, en jours
    .basis = Compter les jours depuis l'échéance, ou depuis la date d'émission
    .out = Écrire le rapport dans un classeur Excel (FICHIER.xlsx) au lieu de l'afficher

help-report-dmp = Délai moyen de paiement (jours de l'émission au paiement, pondérés par les montants) et DSO
    .from = Premier jour de la période (par défaut : un an avant --to)
    .to = Dernier jour de la période (par défaut : aujourd'hui ou --as-of)
    .by = Une ligne par client

help-report-split = Payé / en attente / en relance : nombres, montants et parts

help-report-kpis = Facturé et encaissé, taux d'impayés, retards, créances de plus de 90 jours, payeurs
    .from = Premier jour de la période (par défaut : un an avant --to)
    .to = Dernier jour de la période (par défaut : aujourd'hui ou --as-of)

help-report-revenue = Chiffre d'affaires net (HT, avoirs déduits) par produit, client ou mois
    .by = Une ligne par produit, par client ou par mois
    .from = Premier jour de la période (par défaut : un an avant --to)
    .to = Dernier jour de la période (par défaut : aujourd'hui ou --as-of)

help-report-forecast = Encaissements attendus par semaine, selon le délai passé de chaque client
    .weeks = Combien de semaines à l'avance

help-report-payers = La note de paiement de chaque client, la pire d'abord, avec ce qui la compose
    .out = Écrire le rapport dans un classeur Excel (FICHIER.xlsx) au lieu de l'afficher

help-report-dashboard = Les chiffres du matin en une lecture du registre : créances, retards, DMP et DSO avec leur tendance, balance âgée, répartition, prévisions, pires et meilleurs payeurs, relances du jour
    .out = Écrire le rapport dans un classeur Excel (FICHIER.xlsx) au lieu de l'afficher

help-report-trends = Graphiques par mois : DMP et DSO, facturé et encaissé, et nombre de clients dans chaque classe de note

help-export = Exports pour l'expert-comptable et les tableurs : FEC, écritures, factures

help-export-fec = Fichier des écritures comptables : les écritures de la période, telles que les lisent l'administration fiscale et les logiciels comptables
    .year = Une année civile (exercice = année civile)
    .from = Premier jour de la période
    .to = Dernier jour de la période (date de clôture)
    .out = Où écrire [par défaut : SIRENFECAAAAMMJJ.txt dans le dossier courant]
    .separator = Séparateur de champs : tab ou pipe (|), les deux qu'accepte l'administration fiscale
    .encoding = Jeu de caractères : latin9 (ISO-8859-15, comme le demande le texte) ou utf8

help-export-entries = Les mêmes écritures en CSV pour tableur (UTF-8 avec BOM, `;`, virgule décimale)
    .layout = Disposition du fichier (docs/exports.md)
    .year = Une année civile
    .from = Premier jour de la période
    .to = Dernier jour de la période
    .out = Où écrire [par défaut : ecritures-FROM-TO.csv, XImport-FROM-TO.txt, ebp-FROM-TO.txt]

help-export-invoices = Une ligne par facture avec son statut et son solde (CSV pour tableur)
    .from = Émises ce jour ou après
    .to = Émises ce jour ou avant
    .out = Où écrire [par défaut : factures.csv]

help-dunning = Relances de paiement : le passage quotidien, son plan, son journal, une relance immédiate

help-dunning-run = Envoyer ce qui est dû aujourd'hui, un mail par client (pour cron : code 0 fait, 1 des envois ont échoué et seront retentés, 2 usage incorrect, 3 registre verrouillé)
    .dry_run = Montrer exactement ce que ferait un passage sans rien changer ; vérifier aussi ce dont le vrai passage a besoin (expéditeur, configuration mail, e-mails des clients, lettres) : code 1 si quelque chose de dû n'a pas pu être envoyé
    .catch_up = Ce que devient une mise en demeure due avant tout envoi de relance : `reminder` (la relance la plus ferme d'abord, la mise en demeure après le délai de l'échelle) ou `notice` (aussitôt)

help-dunning-plan = Ce que feront les passages des prochains jours, si rien n'est payé entre-temps
    .days = Combien de jours à l'avance

help-dunning-log = Ce qui a été envoyé, ignoré, en échec ou prévu
    .customer = Seulement ce client
    .invoice = Seulement cette facture

help-dunning-send = Envoyer maintenant la relance en cours d'une facture ; elle compte pour cette étape
    .invoice = Numéro de facture

help-dunning-resend = Renvoyer, au prochain passage, une relance dont l'envoi a été interrompu (incertain)
    .id = L'identifiant de la relance, tel que `dunning run` liste les incertaines

help-recurring = Abonnements facturés chaque semaine, mois, trimestre ou année

help-recurring-add = Facturer un client chaque semaine, mois, trimestre ou année (`recurring run` fait les factures)
    .customer = Code client
    .every = Fréquence : week, month, quarter ou year
    .start = Le premier jour de la première période
    .end = Le dernier jour où une période peut commencer
    .count = Combien de périodes en tout
    .lines = Une ligne : "DESIGNATION;QTY;UNIT_PRICE;VAT_RATE[;-DISCOUNT][;goods]" ou "@SKU;QTY[;-DISCOUNT]", la remise en pourcentage (-10%) ou en montant (-50) (répétable)
    .issue = Émettre chaque facture le premier jour de sa période (par défaut : laissée en brouillon)
    .send = Émettre et envoyer chaque facture
    .day_of_month = Les périodes commencent ce jour du mois (31 : le dernier jour du mois)
    .indexations = Une révision de prix à partir d'un jour, par ex. 3.5%@2027-01-01 (répétable, cumulative)
    .force = Abonner même si le client est bloqué

help-recurring-list = Les abonnements avec leur prochaine période et leur état

help-recurring-show = Un abonnement avec ses lignes, révisions, pauses et factures
    .id = Identifiant de l'abonnement, tel que `recurring list` l'affiche

help-recurring-pause = Arrêter de facturer à partir d'aujourd'hui (ou --as-of) jusqu'à la reprise : les périodes intermédiaires ne sont jamais facturées
    .id = Identifiant de l'abonnement, tel que `recurring list` l'affiche

help-recurring-resume = Facturer de nouveau à partir d'aujourd'hui (ou --as-of)
    .id = Identifiant de l'abonnement, tel que `recurring list` l'affiche

help-recurring-end = Mettre fin à un abonnement : aucune période ne commence après --on (par défaut : aujourd'hui ou --as-of)
    .id = Identifiant de l'abonnement
    .on = Le dernier jour où une période peut commencer (par défaut : aujourd'hui ou --as-of)

help-recurring-edit = Modifier un abonnement à partir d'un jour : ses lignes (--line, --from), sa limite (--end, --count), --issue/--send, son jour du mois ; les périodes facturées ne changent jamais, et `recurring show` liste chaque modification
    .id = Identifiant de l'abonnement
    .lines = Les nouvelles lignes, qui remplacent toutes les lignes actuelles à partir de --from : "DESIGNATION;QTY;UNIT_PRICE;VAT_RATE[;-DISCOUNT][;goods]" ou "@SKU;QTY[;-DISCOUNT]" (répétable)
    .from = Le premier début de période facturé avec les nouvelles lignes (par défaut : aujourd'hui ou --as-of)
    .end = Le dernier jour où une période peut commencer (remplace un --count)
    .count = Combien de périodes en tout (remplace un --end)
    .issue = Émettre chaque facture le premier jour de sa période
    .no_issue = Laisser chaque facture en brouillon (demande --no-send si les factures sont envoyées par mail)
    .send = Émettre et envoyer chaque facture
    .no_send = Arrêter l'envoi des factures par mail (elles restent émises sauf avec --no-issue)
    .day_of_month = Les périodes commencent ce jour du mois (seulement avant qu'une période soit facturée)

help-recurring-run = Faire la facture de chaque période due, en rattrapant les jours manqués (pour cron : code 0 fait, 1 des factures non émises ou non envoyées, 2 usage incorrect, 3 registre verrouillé)
    .dry_run = Montrer ce que ferait un passage sans rien changer
    .force = Facturer aussi les clients bloqués

help-daily = La ligne cron : le passage des abonnements, puis celui des relances, chacun au plus une fois par jour
    .long =
        La ligne cron : le passage des abonnements, puis celui des relances, chacun au plus une fois par jour

        Affiche une ligne de résumé. Code de sortie 0 fait, 1 une partie a échoué et sera reprise par le prochain `daily`, 2 usage ou configuration incorrects, 3 registre verrouillé.

help-import = Importer clients, factures, paiements et relevés bancaires depuis des fichiers

help-import-customers = Clients depuis un fichier CSV (code, name, kind, email, address, siren, vat_number, payment_terms_days, language, iban) ; les codes déjà dans le registre restent tels quels
    .file = Le fichier CSV : UTF-8 ou ISO-8859-15, `;` ou `,`, la première ligne nomme les colonnes (voir docs/import.md)
    .skip_bad = Importer les bonnes lignes et écrire les mauvaises dans ce fichier CSV avec leur numéro de ligne et leur motif

help-import-invoices = Factures d'un autre outil, avec leurs propres numéros et dates (number, customer, issue_date, total ; due_date, net, vat, currency, exchange_rate, paid, paid_on...) ; marquées importées
    .file = Le fichier CSV : UTF-8 ou ISO-8859-15, `;` ou `,`, la première ligne nomme les colonnes (voir docs/import.md)
    .skip_bad = Importer les bonnes lignes et écrire les mauvaises dans ce fichier CSV avec leur numéro de ligne et leur motif

help-import-payments = Paiements reçus (date, customer, amount ; method, reference, invoice, external_id)
    .file = Le fichier CSV : UTF-8 ou ISO-8859-15, `;` ou `,`, la première ligne nomme les colonnes (voir docs/import.md)
    .skip_bad = Importer les bonnes lignes et écrire les mauvaises dans ce fichier CSV avec leur numéro de ligne et leur motif

help-import-bank = Un relevé bancaire : export CSV (colonnes selon [bank] dans la configuration), CAMT.053 ou OFX ; chaque ligne bancaire est enregistrée une fois, puis `creances payment match` s'en sert pour régler les factures
    .file = Le fichier du relevé
    .bank_format = Le format du relevé [par défaut : deviné d'après le contenu]

help-task = Les tâches que laissent les étapes de relance (appeler le client), et leur clôture

help-task-list = Les tâches ouvertes, les plus anciennes d'abord (--all pour les tâches faites aussi)
    .all = Inclure les tâches déjà faites

help-task-done = Marquer une tâche comme faite
    .id = Numéro de la tâche (voir `creances task list`)
    .note = Ce qu'il en est sorti (« paiement promis pour vendredi »)
    .date = Jour où elle a été faite (par défaut : aujourd'hui ou --as-of)

help-backup = Copier tout le registre (un instantané cohérent, relu pour vérification) pour pouvoir le restaurer
    .out = La copie [par défaut : LEDGER-backups/LEDGER-DAY.sqlite à côté du registre]

help-period = Clôturer des périodes comptables : rien n'est enregistré à un jour clôturé ou avant

help-period-close = Clôturer les comptes jusqu'à un jour (inclus) : rien ne peut être enregistré à ce jour ou avant
    .until = Dernier jour de la période clôturée, par ex. la fin de l'exercice remis à l'expert-comptable

help-verify = Vérifier la chaîne du journal d'audit, chaque fait enregistré et les PDF archivés (code 1 si quelque chose a été modifié)

help-demo = Construire un registre de démonstration (une douzaine de clients, un an de factures) et l'afficher
    .customers = Au lieu de la démo, un registre synthétique de ce nombre de clients (pour les mesures de performance)
    .invoices = Nombre de factures du registre synthétique, réparties sur dix ans
    .seed = Graine du registre synthétique : la même graine donne le même registre

help-completions = Afficher le script de complétion du shell (bash, zsh, fish, powershell, elvish)
    .shell = Le shell pour lequel compléter

help-manpage = Afficher la page de manuel (roff) de creances ou d'une commande : `creances manpage invoice send | man -l -`
    .command = La commande, par ex. `invoice send` ; aucune pour la page de creances elle-même

## Les mots de clap lui-même (titres de l'aide, -h, -V, erreurs d'analyse de la ligne de commande).

clap-heading =
    .commands = Commandes
    .arguments = Arguments
    .options = Options
    .global = Options globales
clap-word =
    .usage = Utilisation :
    .help = Afficher l'aide
    .help-short = Afficher l'aide (plus de détails avec '--help')
    .help-long = Afficher l'aide (un résumé avec '-h')
    .version = Afficher la version
    .help-subcommand = Afficher ce message ou l'aide des sous-commandes données
    .help-subcommand-arg = Afficher l'aide de ces sous-commandes
    .default = par défaut
    .possible-values = valeurs possibles
    .error = erreur :
    .tip = conseil :
clap-error-unknown-argument = argument inattendu « { $arg } »
clap-error-unknown-subcommand = sous-commande inconnue « { $name } »
clap-error-missing-argument = ces arguments obligatoires manquent :{ $args }
clap-error-missing-subcommand = « { $command } » demande une sous-commande : { $subcommands }
clap-error-missing-value = une valeur est requise pour « { $arg } »
clap-error-invalid-value = valeur « { $value } » invalide pour « { $arg } »
clap-error-conflict = l'argument « { $arg } » ne peut pas être utilisé avec « { $other } »
clap-error-tip-subcommand = une sous-commande proche existe : « { $name } »
clap-error-tip-argument = un argument proche existe : « { $name } »
clap-error-tip-value = une valeur proche existe : « { $name } »
clap-error-more = Pour en savoir plus, essayez « { $help } ».
