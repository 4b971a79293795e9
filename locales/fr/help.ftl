# Aide en français de chaque commande et option (clés : voir src/i18n/help.rs) : la racine et ses options globales, init, company, customer, product, offer, invoice, delivery, collect.
