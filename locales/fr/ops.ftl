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
