# Aide en français de chaque commande et option (clés : voir src/i18n/help.rs).
