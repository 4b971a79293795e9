# Aide en français (suite) : payment, report, export, dunning, recurring, daily, import, task, backup, period, verify, demo, completions, manpage.
