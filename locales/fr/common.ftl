# Mots communs à toute l'interface.

# Comment une erreur s'affiche sur stderr.
common-error = erreur : { $message }
