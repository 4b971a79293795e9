# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_creances_global_optspecs
    string join \n db= as-of= format= color= config= lang= h/help V/version
end

function __fish_creances_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_creances_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_creances_using_subcommand
    set -l cmd (__fish_creances_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c creances -n "__fish_creances_needs_command" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_needs_command" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_needs_command" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_needs_command" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_needs_command" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_needs_command" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_needs_command" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_needs_command" -f -a "init" -d 'Create a new ledger with the company\'s identity'
complete -c creances -n "__fish_creances_needs_command" -f -a "company" -d 'The company\'s identity printed on documents: show or change it'
complete -c creances -n "__fish_creances_needs_command" -f -a "customer" -d 'Customers: add, edit, list, block, statements of account and SEPA mandates'
complete -c creances -n "__fish_creances_needs_command" -f -a "product" -d 'The catalogue of products and services that document lines name as `@SKU`'
complete -c creances -n "__fish_creances_needs_command" -f -a "offer" -d 'Quotes (devis): create, accept into an invoice, decline, print, mail'
complete -c creances -n "__fish_creances_needs_command" -f -a "invoice" -d 'Invoices and credit notes: drafts, issue, payments, PDF and e-invoice, mail, holds'
complete -c creances -n "__fish_creances_needs_command" -f -a "delivery" -d 'Delivery notes (bons de livraison), later billed by one recap invoice'
complete -c creances -n "__fish_creances_needs_command" -f -a "collect" -d 'Collect by SEPA direct debit: the bank file of the invoices due'
complete -c creances -n "__fish_creances_needs_command" -f -a "payment" -d 'Payments received: record, list, apply credit, match bank credits to invoices'
complete -c creances -n "__fish_creances_needs_command" -f -a "report" -d 'Reports on receivables: aging, payment delays, revenue, forecast, dashboard'
complete -c creances -n "__fish_creances_needs_command" -f -a "export" -d 'Exports for the accountant and spreadsheets: FEC, entries, invoices'
complete -c creances -n "__fish_creances_needs_command" -f -a "dunning" -d 'Payment reminders: the daily run, its plan, its log, one reminder now'
complete -c creances -n "__fish_creances_needs_command" -f -a "recurring" -d 'Subscriptions billed every week, month, quarter or year'
complete -c creances -n "__fish_creances_needs_command" -f -a "daily" -d 'The cron line: the recurring run, then the dunning run, each at most once a day'
complete -c creances -n "__fish_creances_needs_command" -f -a "import" -d 'Import customers, invoices, payments and bank statements from files'
complete -c creances -n "__fish_creances_needs_command" -f -a "task" -d 'To-dos the dunning steps leave for you (call the customer), and marking them done'
complete -c creances -n "__fish_creances_needs_command" -f -a "backup" -d 'Copy the whole ledger (one consistent snapshot, checked to read back) to restore from'
complete -c creances -n "__fish_creances_needs_command" -f -a "period" -d 'Close accounting periods: nothing is recorded on or before a closed day'
complete -c creances -n "__fish_creances_needs_command" -f -a "verify" -d 'Check the audit log\'s chain, every recorded fact and the archived PDFs (exit 1 if anything was changed)'
complete -c creances -n "__fish_creances_needs_command" -f -a "demo" -d 'Build a demo ledger (a dozen customers, a year of invoices) and show it'
complete -c creances -n "__fish_creances_needs_command" -f -a "completions" -d 'Print the shell completion script (bash, zsh, fish, powershell, elvish)'
complete -c creances -n "__fish_creances_needs_command" -f -a "manpage" -d 'Print the manual page (roff) of creances or of a command: `creances manpage invoice send | man -l -`'
complete -c creances -n "__fish_creances_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c creances -n "__fish_creances_using_subcommand init" -l name -d 'Company name as printed on invoices' -r
complete -c creances -n "__fish_creances_using_subcommand init" -l address -d 'Postal address (use \\n or several --address lines for line breaks)' -r
complete -c creances -n "__fish_creances_using_subcommand init" -l siren -d 'SIREN: nine digits' -r
complete -c creances -n "__fish_creances_using_subcommand init" -l vat-number -d 'Intra-EU VAT number, e.g. FR40303265045' -r
complete -c creances -n "__fish_creances_using_subcommand init" -l vat-franchise -d 'VAT franchise (CGI art. 293 B): no VAT on documents; `--vat-franchise false` to leave it' -r -f -a "true\t''
false\t''"
complete -c creances -n "__fish_creances_using_subcommand init" -l iban -d 'IBAN printed for payment by transfer' -r
complete -c creances -n "__fish_creances_using_subcommand init" -l bic -d 'BIC (SWIFT code) of the bank holding the IBAN, printed beside it' -r
complete -c creances -n "__fish_creances_using_subcommand init" -l email -d 'Sender address of mails to customers' -r
complete -c creances -n "__fish_creances_using_subcommand init" -l phone -d 'Phone number printed on documents and mails' -r
complete -c creances -n "__fish_creances_using_subcommand init" -l legal-form -d 'Legal form and capital, e.g. "SAS au capital de 10 000 €"' -r
complete -c creances -n "__fish_creances_using_subcommand init" -l terms -d 'Default payment terms in days after issue (0 to 60)' -r
complete -c creances -n "__fish_creances_using_subcommand init" -l penalty-rate -d 'Late-payment rate in percent per year; `legal` for the ECB rate + 10 points' -r
complete -c creances -n "__fish_creances_using_subcommand init" -l currency -d 'ISO 4217 currency code' -r
complete -c creances -n "__fish_creances_using_subcommand init" -l sepa-creditor-id -d 'SEPA creditor identifier (ICS) for direct debits, e.g. FR72ZZZ123456' -r
complete -c creances -n "__fish_creances_using_subcommand init" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand init" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand init" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand init" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand init" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand init" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand init" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand company; and not __fish_seen_subcommand_from show set help" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand company; and not __fish_seen_subcommand_from show set help" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand company; and not __fish_seen_subcommand_from show set help" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand company; and not __fish_seen_subcommand_from show set help" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand company; and not __fish_seen_subcommand_from show set help" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand company; and not __fish_seen_subcommand_from show set help" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand company; and not __fish_seen_subcommand_from show set help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand company; and not __fish_seen_subcommand_from show set help" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand company; and not __fish_seen_subcommand_from show set help" -f -a "show" -d 'Show the company\'s identity'
complete -c creances -n "__fish_creances_using_subcommand company; and not __fish_seen_subcommand_from show set help" -f -a "set" -d 'Change the company\'s identity (only the fields given)'
complete -c creances -n "__fish_creances_using_subcommand company; and not __fish_seen_subcommand_from show set help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c creances -n "__fish_creances_using_subcommand company; and __fish_seen_subcommand_from show" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand company; and __fish_seen_subcommand_from show" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand company; and __fish_seen_subcommand_from show" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand company; and __fish_seen_subcommand_from show" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand company; and __fish_seen_subcommand_from show" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand company; and __fish_seen_subcommand_from show" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand company; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand company; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand company; and __fish_seen_subcommand_from set" -l name -d 'Company name as printed on invoices' -r
complete -c creances -n "__fish_creances_using_subcommand company; and __fish_seen_subcommand_from set" -l address -d 'Postal address (use \\n or several --address lines for line breaks)' -r
complete -c creances -n "__fish_creances_using_subcommand company; and __fish_seen_subcommand_from set" -l siren -d 'SIREN: nine digits' -r
complete -c creances -n "__fish_creances_using_subcommand company; and __fish_seen_subcommand_from set" -l vat-number -d 'Intra-EU VAT number, e.g. FR40303265045' -r
complete -c creances -n "__fish_creances_using_subcommand company; and __fish_seen_subcommand_from set" -l vat-franchise -d 'VAT franchise (CGI art. 293 B): no VAT on documents; `--vat-franchise false` to leave it' -r -f -a "true\t''
false\t''"
complete -c creances -n "__fish_creances_using_subcommand company; and __fish_seen_subcommand_from set" -l iban -d 'IBAN printed for payment by transfer' -r
complete -c creances -n "__fish_creances_using_subcommand company; and __fish_seen_subcommand_from set" -l bic -d 'BIC (SWIFT code) of the bank holding the IBAN, printed beside it' -r
complete -c creances -n "__fish_creances_using_subcommand company; and __fish_seen_subcommand_from set" -l email -d 'Sender address of mails to customers' -r
complete -c creances -n "__fish_creances_using_subcommand company; and __fish_seen_subcommand_from set" -l phone -d 'Phone number printed on documents and mails' -r
complete -c creances -n "__fish_creances_using_subcommand company; and __fish_seen_subcommand_from set" -l legal-form -d 'Legal form and capital, e.g. "SAS au capital de 10 000 €"' -r
complete -c creances -n "__fish_creances_using_subcommand company; and __fish_seen_subcommand_from set" -l terms -d 'Default payment terms in days after issue (0 to 60)' -r
complete -c creances -n "__fish_creances_using_subcommand company; and __fish_seen_subcommand_from set" -l penalty-rate -d 'Late-payment rate in percent per year; `legal` for the ECB rate + 10 points' -r
complete -c creances -n "__fish_creances_using_subcommand company; and __fish_seen_subcommand_from set" -l currency -d 'ISO 4217 currency code' -r
complete -c creances -n "__fish_creances_using_subcommand company; and __fish_seen_subcommand_from set" -l sepa-creditor-id -d 'SEPA creditor identifier (ICS) for direct debits, e.g. FR72ZZZ123456' -r
complete -c creances -n "__fish_creances_using_subcommand company; and __fish_seen_subcommand_from set" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand company; and __fish_seen_subcommand_from set" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand company; and __fish_seen_subcommand_from set" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand company; and __fish_seen_subcommand_from set" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand company; and __fish_seen_subcommand_from set" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand company; and __fish_seen_subcommand_from set" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand company; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand company; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand company; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show the company\'s identity'
complete -c creances -n "__fish_creances_using_subcommand company; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change the company\'s identity (only the fields given)'
complete -c creances -n "__fish_creances_using_subcommand company; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c creances -n "__fish_creances_using_subcommand customer; and not __fish_seen_subcommand_from add edit list show block unblock statement mandate help" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand customer; and not __fish_seen_subcommand_from add edit list show block unblock statement mandate help" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand customer; and not __fish_seen_subcommand_from add edit list show block unblock statement mandate help" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand customer; and not __fish_seen_subcommand_from add edit list show block unblock statement mandate help" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand customer; and not __fish_seen_subcommand_from add edit list show block unblock statement mandate help" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand customer; and not __fish_seen_subcommand_from add edit list show block unblock statement mandate help" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand customer; and not __fish_seen_subcommand_from add edit list show block unblock statement mandate help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand customer; and not __fish_seen_subcommand_from add edit list show block unblock statement mandate help" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand customer; and not __fish_seen_subcommand_from add edit list show block unblock statement mandate help" -f -a "add" -d 'Add a customer'
complete -c creances -n "__fish_creances_using_subcommand customer; and not __fish_seen_subcommand_from add edit list show block unblock statement mandate help" -f -a "edit" -d 'Change a customer\'s details (only the fields given)'
complete -c creances -n "__fish_creances_using_subcommand customer; and not __fish_seen_subcommand_from add edit list show block unblock statement mandate help" -f -a "list" -d 'Every customer with open balance, amount overdue and status (ok, late, blocked)'
complete -c creances -n "__fish_creances_using_subcommand customer; and not __fish_seen_subcommand_from add edit list show block unblock statement mandate help" -f -a "show" -d 'One customer and its history with a running balance'
complete -c creances -n "__fish_creances_using_subcommand customer; and not __fish_seen_subcommand_from add edit list show block unblock statement mandate help" -f -a "block" -d 'Refuse new quotes and invoices for this customer (unless --force)'
complete -c creances -n "__fish_creances_using_subcommand customer; and not __fish_seen_subcommand_from add edit list show block unblock statement mandate help" -f -a "unblock" -d 'Accept new quotes and invoices again'
complete -c creances -n "__fish_creances_using_subcommand customer; and not __fish_seen_subcommand_from add edit list show block unblock statement mandate help" -f -a "statement" -d 'Statement of account (relevé): invoices, credit notes, payments and a running balance'
complete -c creances -n "__fish_creances_using_subcommand customer; and not __fish_seen_subcommand_from add edit list show block unblock statement mandate help" -f -a "mandate" -d 'SEPA direct-debit mandates'
complete -c creances -n "__fish_creances_using_subcommand customer; and not __fish_seen_subcommand_from add edit list show block unblock statement mandate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from add" -l code -d 'Short code used in every command (made from the name when absent)' -r
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from add" -l name -d 'Company or person name' -r
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from add" -l kind -d 'business or individual' -r
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from add" -l email -d 'Where invoices and reminders are mailed' -r
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from add" -l address -d 'Postal address (\\n for line breaks)' -r
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from add" -l siren -d 'SIREN (business customers)' -r
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from add" -l vat-number -d 'Intra-EU VAT number' -r
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from add" -l terms -d 'Payment terms in days (0 to 60); `default` for the company\'s' -r
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from add" -l profile -d 'Dunning profile: standard, vip, new or late_payer' -r
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from add" -l language -d 'Language of documents and mails: fr or en' -r
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from add" -l credit-limit -d 'The most the customer may owe before a new quote or invoice needs --force; `none` for no limit' -r
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from add" -l collect -d 'How its invoices are paid by default: transfer, or direct-debit (under its SEPA mandate)' -r
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from add" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from add" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from add" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from add" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from add" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from add" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from edit" -l name -d 'Company or person name' -r
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from edit" -l kind -d 'business or individual' -r
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from edit" -l email -d 'Where invoices and reminders are mailed' -r
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from edit" -l address -d 'Postal address (\\n for line breaks)' -r
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from edit" -l siren -d 'SIREN (business customers)' -r
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from edit" -l vat-number -d 'Intra-EU VAT number' -r
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from edit" -l terms -d 'Payment terms in days (0 to 60); `default` for the company\'s' -r
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from edit" -l profile -d 'Dunning profile: standard, vip, new or late_payer' -r
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from edit" -l language -d 'Language of documents and mails: fr or en' -r
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from edit" -l credit-limit -d 'The most the customer may owe before a new quote or invoice needs --force; `none` for no limit' -r
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from edit" -l collect -d 'How its invoices are paid by default: transfer, or direct-debit (under its SEPA mandate)' -r
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from edit" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from edit" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from edit" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from edit" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from edit" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from edit" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from list" -l status -d 'Only customers with this status: ok, late or blocked' -r
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from list" -l sort -d 'Order: by code, or by payment score (worst first, new customers last)' -r -f -a "code\t''
score\t''"
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from list" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from list" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from list" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from list" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from list" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from list" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from show" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from show" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from show" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from show" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from show" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from show" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from block" -l reason -d 'Why (shown when a new invoice is refused)' -r
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from block" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from block" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from block" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from block" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from block" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from block" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from block" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from block" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from unblock" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from unblock" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from unblock" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from unblock" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from unblock" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from unblock" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from unblock" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from unblock" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from statement" -l from -d 'First day shown; what came before is the opening balance' -r
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from statement" -l out -d 'The file to write: a PDF with --pdf, else an Excel workbook (FILE.xlsx)' -r -F
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from statement" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from statement" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from statement" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from statement" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from statement" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from statement" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from statement" -l pdf -d 'Write the statement as a PDF to send the customer (into the documents folder beside the ledger, or to --out)'
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from statement" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from statement" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from mandate" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from mandate" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from mandate" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from mandate" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from mandate" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from mandate" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from mandate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from mandate" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from mandate" -f -a "add" -d 'Record a customer\'s signed SEPA direct-debit mandate (the latest one is used)'
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from mandate" -f -a "list" -d 'Mandates, with how many collections each made'
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from mandate" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a customer'
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a customer\'s details (only the fields given)'
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "list" -d 'Every customer with open balance, amount overdue and status (ok, late, blocked)'
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "show" -d 'One customer and its history with a running balance'
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "block" -d 'Refuse new quotes and invoices for this customer (unless --force)'
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "unblock" -d 'Accept new quotes and invoices again'
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "statement" -d 'Statement of account (relevé): invoices, credit notes, payments and a running balance'
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "mandate" -d 'SEPA direct-debit mandates'
complete -c creances -n "__fish_creances_using_subcommand customer; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c creances -n "__fish_creances_using_subcommand product; and not __fish_seen_subcommand_from add list edit help" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand product; and not __fish_seen_subcommand_from add list edit help" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand product; and not __fish_seen_subcommand_from add list edit help" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand product; and not __fish_seen_subcommand_from add list edit help" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand product; and not __fish_seen_subcommand_from add list edit help" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand product; and not __fish_seen_subcommand_from add list edit help" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand product; and not __fish_seen_subcommand_from add list edit help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand product; and not __fish_seen_subcommand_from add list edit help" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand product; and not __fish_seen_subcommand_from add list edit help" -f -a "add" -d 'Add a catalogue item'
complete -c creances -n "__fish_creances_using_subcommand product; and not __fish_seen_subcommand_from add list edit help" -f -a "list" -d 'The catalogue'
complete -c creances -n "__fish_creances_using_subcommand product; and not __fish_seen_subcommand_from add list edit help" -f -a "edit" -d 'Change an item (only the fields given); documents already made keep their lines'
complete -c creances -n "__fish_creances_using_subcommand product; and not __fish_seen_subcommand_from add list edit help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c creances -n "__fish_creances_using_subcommand product; and __fish_seen_subcommand_from add" -l sku -d 'Short reference used as `@SKU` in lines' -r
complete -c creances -n "__fish_creances_using_subcommand product; and __fish_seen_subcommand_from add" -l name -d 'Designation printed on documents' -r
complete -c creances -n "__fish_creances_using_subcommand product; and __fish_seen_subcommand_from add" -l price -d 'Unit price excluding VAT' -r
complete -c creances -n "__fish_creances_using_subcommand product; and __fish_seen_subcommand_from add" -l vat -d 'VAT rate in percent (20, 10, 5.5, 2.1, 0)' -r
complete -c creances -n "__fish_creances_using_subcommand product; and __fish_seen_subcommand_from add" -l unit -d 'Unit, e.g. jour, heure, pièce' -r
complete -c creances -n "__fish_creances_using_subcommand product; and __fish_seen_subcommand_from add" -l kind -d 'service or goods (sales account 706 or 707)' -r
complete -c creances -n "__fish_creances_using_subcommand product; and __fish_seen_subcommand_from add" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand product; and __fish_seen_subcommand_from add" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand product; and __fish_seen_subcommand_from add" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand product; and __fish_seen_subcommand_from add" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand product; and __fish_seen_subcommand_from add" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand product; and __fish_seen_subcommand_from add" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand product; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand product; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand product; and __fish_seen_subcommand_from list" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand product; and __fish_seen_subcommand_from list" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand product; and __fish_seen_subcommand_from list" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand product; and __fish_seen_subcommand_from list" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand product; and __fish_seen_subcommand_from list" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand product; and __fish_seen_subcommand_from list" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand product; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand product; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand product; and __fish_seen_subcommand_from edit" -l name -d 'Designation printed on documents' -r
complete -c creances -n "__fish_creances_using_subcommand product; and __fish_seen_subcommand_from edit" -l price -d 'Unit price excluding VAT' -r
complete -c creances -n "__fish_creances_using_subcommand product; and __fish_seen_subcommand_from edit" -l vat -d 'VAT rate in percent (20, 10, 5.5, 2.1, 0)' -r
complete -c creances -n "__fish_creances_using_subcommand product; and __fish_seen_subcommand_from edit" -l unit -d 'Unit, e.g. jour, heure, pièce' -r
complete -c creances -n "__fish_creances_using_subcommand product; and __fish_seen_subcommand_from edit" -l kind -d 'service or goods (sales account 706 or 707)' -r
complete -c creances -n "__fish_creances_using_subcommand product; and __fish_seen_subcommand_from edit" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand product; and __fish_seen_subcommand_from edit" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand product; and __fish_seen_subcommand_from edit" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand product; and __fish_seen_subcommand_from edit" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand product; and __fish_seen_subcommand_from edit" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand product; and __fish_seen_subcommand_from edit" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand product; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand product; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand product; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a catalogue item'
complete -c creances -n "__fish_creances_using_subcommand product; and __fish_seen_subcommand_from help" -f -a "list" -d 'The catalogue'
complete -c creances -n "__fish_creances_using_subcommand product; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change an item (only the fields given); documents already made keep their lines'
complete -c creances -n "__fish_creances_using_subcommand product; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c creances -n "__fish_creances_using_subcommand offer; and not __fish_seen_subcommand_from create list show accept invoice decline pdf send help" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand offer; and not __fish_seen_subcommand_from create list show accept invoice decline pdf send help" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand offer; and not __fish_seen_subcommand_from create list show accept invoice decline pdf send help" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand offer; and not __fish_seen_subcommand_from create list show accept invoice decline pdf send help" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand offer; and not __fish_seen_subcommand_from create list show accept invoice decline pdf send help" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand offer; and not __fish_seen_subcommand_from create list show accept invoice decline pdf send help" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand offer; and not __fish_seen_subcommand_from create list show accept invoice decline pdf send help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand offer; and not __fish_seen_subcommand_from create list show accept invoice decline pdf send help" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand offer; and not __fish_seen_subcommand_from create list show accept invoice decline pdf send help" -f -a "create" -d 'Create a quote, numbered in its own series (DEV-2026-0001)'
complete -c creances -n "__fish_creances_using_subcommand offer; and not __fish_seen_subcommand_from create list show accept invoice decline pdf send help" -f -a "list" -d 'Quotes with their status (open, expired, accepted, declined)'
complete -c creances -n "__fish_creances_using_subcommand offer; and not __fish_seen_subcommand_from create list show accept invoice decline pdf send help" -f -a "show" -d 'One quote with its lines'
complete -c creances -n "__fish_creances_using_subcommand offer; and not __fish_seen_subcommand_from create list show accept invoice decline pdf send help" -f -a "accept" -d 'Accept a quote: a draft invoice with every line (issued at once with --issue), or with --deposit a deposit invoice (facture d\'acompte), issued at once'
complete -c creances -n "__fish_creances_using_subcommand offer; and not __fish_seen_subcommand_from create list show accept invoice decline pdf send help" -f -a "invoice" -d 'The final invoice of a quote accepted with a deposit: every line, each deposit deducted'
complete -c creances -n "__fish_creances_using_subcommand offer; and not __fish_seen_subcommand_from create list show accept invoice decline pdf send help" -f -a "decline" -d 'Decline a quote'
complete -c creances -n "__fish_creances_using_subcommand offer; and not __fish_seen_subcommand_from create list show accept invoice decline pdf send help" -f -a "pdf" -d 'Write the quote\'s PDF'
complete -c creances -n "__fish_creances_using_subcommand offer; and not __fish_seen_subcommand_from create list show accept invoice decline pdf send help" -f -a "send" -d 'Mail the quote\'s PDF to the customer with a cover message'
complete -c creances -n "__fish_creances_using_subcommand offer; and not __fish_seen_subcommand_from create list show accept invoice decline pdf send help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from create" -l customer -d 'Customer code' -r
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from create" -l line -d 'A line: "DESIGNATION;QTY;UNIT_PRICE;VAT_RATE[;-DISCOUNT][;goods]" or "@SKU;QTY[;-DISCOUNT]", the discount a percentage (-10%) or an amount (-50) (repeatable)' -r
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from create" -l date -d 'Date of the quote (default: today or --as-of)' -r
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from create" -l valid-until -d 'Last day the quote can be accepted (default: 30 days after its date)' -r
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from create" -l notes -d 'A note printed on the quote' -r
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from create" -l discount -d 'A discount off the whole quote, shared over its VAT rates: a percentage (5%) or an amount (150)' -r
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from create" -l series -d 'Numbering series (default DEV)' -r
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from create" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from create" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from create" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from create" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from create" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from create" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from create" -l prices-include-vat -d 'Unit prices include VAT'
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from create" -l force -d 'Quote a blocked customer all the same'
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from list" -l customer -d 'Only this customer\'s quotes (customer code)' -r
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from list" -l status -d 'open, expired, accepted or declined' -r
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from list" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from list" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from list" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from list" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from list" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from list" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from show" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from show" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from show" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from show" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from show" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from show" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from accept" -l date -d 'Issue date with --issue (default: today or --as-of)' -r
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from accept" -l series -d 'Invoice series (default FACT)' -r
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from accept" -l deposit -d 'Ask a deposit instead: a percentage of the total including VAT (30%) or an amount including VAT; the deposit invoice is issued at once (on --date, else today)' -r
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from accept" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from accept" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from accept" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from accept" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from accept" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from accept" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from accept" -l issue -d 'Issue the invoice at once'
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from accept" -l force -d 'Invoice a blocked customer all the same'
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from accept" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from accept" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from invoice" -l date -d 'Issue date with --issue (default: today or --as-of)' -r
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from invoice" -l series -d 'Invoice series (default FACT)' -r
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from invoice" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from invoice" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from invoice" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from invoice" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from invoice" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from invoice" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from invoice" -l final -d 'The final invoice: the quote\'s total less each deposit invoiced'
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from invoice" -l issue -d 'Issue it at once'
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from invoice" -l force -d 'Invoice a blocked customer all the same'
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from invoice" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from invoice" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from decline" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from decline" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from decline" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from decline" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from decline" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from decline" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from decline" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from decline" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from pdf" -l out -d 'Write the PDF here [default: the documents folder beside the ledger]' -r -F
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from pdf" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from pdf" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from pdf" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from pdf" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from pdf" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from pdf" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from pdf" -l proforma -d 'Print it as a pro-forma invoice ("Facture pro forma"): no number, not an accounting document, no e-invoice inside (DEV-...-proforma.pdf)'
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from pdf" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from pdf" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from send" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from send" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from send" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from send" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from send" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from send" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from send" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from send" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a quote, numbered in its own series (DEV-2026-0001)'
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from help" -f -a "list" -d 'Quotes with their status (open, expired, accepted, declined)'
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from help" -f -a "show" -d 'One quote with its lines'
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from help" -f -a "accept" -d 'Accept a quote: a draft invoice with every line (issued at once with --issue), or with --deposit a deposit invoice (facture d\'acompte), issued at once'
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from help" -f -a "invoice" -d 'The final invoice of a quote accepted with a deposit: every line, each deposit deducted'
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from help" -f -a "decline" -d 'Decline a quote'
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from help" -f -a "pdf" -d 'Write the quote\'s PDF'
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from help" -f -a "send" -d 'Mail the quote\'s PDF to the customer with a cover message'
complete -c creances -n "__fish_creances_using_subcommand offer; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c creances -n "__fish_creances_using_subcommand invoice; and not __fish_seen_subcommand_from create group edit delete issue list show pay credit write-off pdf xml send mark-sent hold release help" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand invoice; and not __fish_seen_subcommand_from create group edit delete issue list show pay credit write-off pdf xml send mark-sent hold release help" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and not __fish_seen_subcommand_from create group edit delete issue list show pay credit write-off pdf xml send mark-sent hold release help" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand invoice; and not __fish_seen_subcommand_from create group edit delete issue list show pay credit write-off pdf xml send mark-sent hold release help" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand invoice; and not __fish_seen_subcommand_from create group edit delete issue list show pay credit write-off pdf xml send mark-sent hold release help" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand invoice; and not __fish_seen_subcommand_from create group edit delete issue list show pay credit write-off pdf xml send mark-sent hold release help" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand invoice; and not __fish_seen_subcommand_from create group edit delete issue list show pay credit write-off pdf xml send mark-sent hold release help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand invoice; and not __fish_seen_subcommand_from create group edit delete issue list show pay credit write-off pdf xml send mark-sent hold release help" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand invoice; and not __fish_seen_subcommand_from create group edit delete issue list show pay credit write-off pdf xml send mark-sent hold release help" -f -a "create" -d 'Create a draft invoice (no number until it is issued)'
complete -c creances -n "__fish_creances_using_subcommand invoice; and not __fish_seen_subcommand_from create group edit delete issue list show pay credit write-off pdf xml send mark-sent hold release help" -f -a "group" -d 'One invoice of several delivery notes of a customer (a recap invoice, facture récapitulative): its lines under each note\'s number and date'
complete -c creances -n "__fish_creances_using_subcommand invoice; and not __fish_seen_subcommand_from create group edit delete issue list show pay credit write-off pdf xml send mark-sent hold release help" -f -a "edit" -d 'Change a draft (issued invoices are immutable: make a credit note)'
complete -c creances -n "__fish_creances_using_subcommand invoice; and not __fish_seen_subcommand_from create group edit delete issue list show pay credit write-off pdf xml send mark-sent hold release help" -f -a "delete" -d 'Delete a draft'
complete -c creances -n "__fish_creances_using_subcommand invoice; and not __fish_seen_subcommand_from create group edit delete issue list show pay credit write-off pdf xml send mark-sent hold release help" -f -a "issue" -d 'Issue a draft: next number of its series, due date from the terms, content frozen'
complete -c creances -n "__fish_creances_using_subcommand invoice; and not __fish_seen_subcommand_from create group edit delete issue list show pay credit write-off pdf xml send mark-sent hold release help" -f -a "list" -d 'Invoices with status, balance and days late'
complete -c creances -n "__fish_creances_using_subcommand invoice; and not __fish_seen_subcommand_from create group edit delete issue list show pay credit write-off pdf xml send mark-sent hold release help" -f -a "show" -d 'One invoice with its lines and its story: sends, payments, credit notes, reminders, holds'
complete -c creances -n "__fish_creances_using_subcommand invoice; and not __fish_seen_subcommand_from create group edit delete issue list show pay credit write-off pdf xml send mark-sent hold release help" -f -a "pay" -d 'Record a payment of this invoice'
complete -c creances -n "__fish_creances_using_subcommand invoice; and not __fish_seen_subcommand_from create group edit delete issue list show pay credit write-off pdf xml send mark-sent hold release help" -f -a "credit" -d 'Issue a credit note (avoir) against an invoice, full or partial'
complete -c creances -n "__fish_creances_using_subcommand invoice; and not __fish_seen_subcommand_from create group edit delete issue list show pay credit write-off pdf xml send mark-sent hold release help" -f -a "write-off" -d 'Write the remaining balance off as bad debt'
complete -c creances -n "__fish_creances_using_subcommand invoice; and not __fish_seen_subcommand_from create group edit delete issue list show pay credit write-off pdf xml send mark-sent hold release help" -f -a "pdf" -d 'Write the PDF (an issued invoice\'s first PDF is archived; later ones are compared with it)'
complete -c creances -n "__fish_creances_using_subcommand invoice; and not __fish_seen_subcommand_from create group edit delete issue list show pay credit write-off pdf xml send mark-sent hold release help" -f -a "xml" -d 'Write the e-invoice of an issued invoice or credit note: its CII XML (Factur-X, EN 16931)'
complete -c creances -n "__fish_creances_using_subcommand invoice; and not __fish_seen_subcommand_from create group edit delete issue list show pay credit write-off pdf xml send mark-sent hold release help" -f -a "send" -d 'Mail the PDF to the customer with a cover message (a draft is issued first)'
complete -c creances -n "__fish_creances_using_subcommand invoice; and not __fish_seen_subcommand_from create group edit delete issue list show pay credit write-off pdf xml send mark-sent hold release help" -f -a "mark-sent" -d 'Record that the invoice was sent to the customer (by other means than `invoice send`)'
complete -c creances -n "__fish_creances_using_subcommand invoice; and not __fish_seen_subcommand_from create group edit delete issue list show pay credit write-off pdf xml send mark-sent hold release help" -f -a "hold" -d 'Hold a disputed invoice: no reminder until released (it stays in every balance)'
complete -c creances -n "__fish_creances_using_subcommand invoice; and not __fish_seen_subcommand_from create group edit delete issue list show pay credit write-off pdf xml send mark-sent hold release help" -f -a "release" -d 'End a hold: reminders resume'
complete -c creances -n "__fish_creances_using_subcommand invoice; and not __fish_seen_subcommand_from create group edit delete issue list show pay credit write-off pdf xml send mark-sent hold release help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from create" -l customer -d 'Customer code' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from create" -l line -d 'A line: "DESIGNATION;QTY;UNIT_PRICE;VAT_RATE[;-DISCOUNT][;goods]" or "@SKU;QTY[;-DISCOUNT]", the discount a percentage (-10%) or an amount (-50) (repeatable)' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from create" -l series -d 'Numbering series (default FACT)' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from create" -l terms -d 'Payment terms in days after issue (default: the customer\'s, else the company\'s)' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from create" -l penalty-rate -d 'Late-payment rate in percent per year for this invoice' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from create" -l po -d 'The customer\'s purchase-order number' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from create" -l notes -d 'A note printed on the invoice' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from create" -l delivered -d 'When the goods were delivered or the service done, if not on the issue date: a day (2026-03-15) or a period (2026-03-01..2026-03-31)' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from create" -l deliver-to -d 'The delivery address, when it is not the customer\'s (\\n for line breaks)' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from create" -l currency -d 'The invoice\'s currency (ISO 4217, e.g. USD; default: the company\'s)' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from create" -l discount -d 'A discount off the whole invoice, shared over its VAT rates: a percentage (5%) or an amount (150); `none` takes it away (edit)' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from create" -l collect -d 'How it is paid: transfer, or direct-debit under the customer\'s SEPA mandate (default: the customer\'s way)' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from create" -l from-offers -d 'Invoice these quotes together, comma-separated (DEV-2026-0001,DEV-2026-0002): their lines under each quote\'s number; an open quote is accepted on the way' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from create" -l from-offer -d 'Invoice this quote (DEV-2026-0001), as --from-offers does for one; a quote with deposits gets its final invoice, deducting them' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from create" -l date -d 'Issue date with --issue (default: today or --as-of)' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from create" -l rate -d 'With --issue, for an invoice in another currency: how many units of it one unit of the accounting currency buys (default: the rates file\'s rate of the issue date)' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from create" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from create" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from create" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from create" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from create" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from create" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from create" -l prices-include-vat -d 'Unit prices include VAT (VAT is then taken out per rate)'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from create" -l issue -d 'Issue it at once'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from create" -l force -d 'Invoice a blocked customer all the same'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from group" -l customer -d 'Customer code' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from group" -l deliveries -d 'The delivery notes to invoice, comma-separated (BL-2026-0001,BL-2026-0002)' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from group" -l until -d 'Every delivery note of the customer not invoiced yet, dated on or before this day' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from group" -l series -d 'Numbering series (default FACT)' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from group" -l date -d 'Issue date with --issue (default: today or --as-of)' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from group" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from group" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from group" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from group" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from group" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from group" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from group" -l issue -d 'Issue it at once'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from group" -l force -d 'Invoice a blocked customer all the same'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from group" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from group" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from edit" -l customer -d 'Another customer code' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from edit" -l line -d 'A line: "DESIGNATION;QTY;UNIT_PRICE;VAT_RATE[;-DISCOUNT][;goods]" or "@SKU;QTY[;-DISCOUNT]", the discount a percentage (-10%) or an amount (-50) (repeatable)' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from edit" -l series -d 'Numbering series (default FACT)' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from edit" -l terms -d 'Payment terms in days after issue (default: the customer\'s, else the company\'s)' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from edit" -l penalty-rate -d 'Late-payment rate in percent per year for this invoice' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from edit" -l po -d 'The customer\'s purchase-order number' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from edit" -l notes -d 'A note printed on the invoice' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from edit" -l delivered -d 'When the goods were delivered or the service done, if not on the issue date: a day (2026-03-15) or a period (2026-03-01..2026-03-31)' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from edit" -l deliver-to -d 'The delivery address, when it is not the customer\'s (\\n for line breaks)' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from edit" -l currency -d 'The invoice\'s currency (ISO 4217, e.g. USD; default: the company\'s)' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from edit" -l discount -d 'A discount off the whole invoice, shared over its VAT rates: a percentage (5%) or an amount (150); `none` takes it away (edit)' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from edit" -l collect -d 'How it is paid: transfer, or direct-debit under the customer\'s SEPA mandate (default: the customer\'s way)' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from edit" -l add-line -d 'Add lines instead of replacing them all with --line' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from edit" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from edit" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from edit" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from edit" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from edit" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from edit" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from edit" -l prices-include-vat -d 'Unit prices include VAT (VAT is then taken out per rate)'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from delete" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from delete" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from delete" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from delete" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from delete" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from delete" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from issue" -l date -d 'Issue date (default: today or --as-of)' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from issue" -l rate -d 'For an invoice in another currency: how many units of it one unit of the accounting currency buys, fixed on the invoice (default: the rates file\'s rate of the issue date)' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from issue" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from issue" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from issue" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from issue" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from issue" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from issue" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from issue" -l force -d 'Issue for a blocked customer all the same'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from issue" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from issue" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from list" -l status -d 'Only this status: draft, unsent, sent, overdue, partially_paid, paid, credited, written_off, or pending_collection (a SEPA debit made, its money not on a statement yet)' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from list" -l customer -d 'Only this customer' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from list" -l from -d 'Issued on or after' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from list" -l to -d 'Issued on or before' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from list" -l search -d 'Only those whose number or customer (code or name) contains TEXT, or whose total or balance is the amount TEXT' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from list" -l sort -d 'The order: issued (as recorded), due, customer, total, balance or days-late' -r -f -a "issued\t''
due\t''
customer\t''
total\t''
balance\t''
days-late\t''"
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from list" -l limit -d 'At most N invoices, after sorting' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from list" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from list" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from list" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from list" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from list" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from list" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from list" -l overdue -d 'Only invoices past their due date with a balance'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from list" -l credit-notes -d 'List credit notes instead of invoices'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from list" -l desc -d 'Largest (or latest) first'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from list" -l no-pager -d 'Print straight to the terminal: no pager, even for a list longer than the screen (a list is paged only on a terminal, with $PAGER or `less -FRX`)'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from show" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from show" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from show" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from show" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from show" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from show" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from pay" -l amount -d 'Amount received (default: the balance)' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from pay" -l date -d 'Day the money arrived (default: today or --as-of)' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from pay" -l method -d 'transfer, check, card, cash, direct_debit or other' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from pay" -l reference -d 'Bank reference, cheque number...' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from pay" -l rate -d 'For an invoice in another currency: the rate of the day the money arrived (default: the rates file\'s)' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from pay" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from pay" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from pay" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from pay" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from pay" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from pay" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from pay" -l overpay -d 'Accept more than the balance and keep the excess as customer credit'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from pay" -l notify -d 'Mail the customer a payment receipt (always, if the config says `receipts = true`)'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from pay" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from pay" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from credit" -l amount -d 'Amount to credit, VAT included (default: all that is not credited yet)' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from credit" -l line -d 'Lines to credit: "DESIGNATION;QTY;UNIT_PRICE;VAT_RATE" or "@SKU;QTY" (repeatable)' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from credit" -l reason -d 'Why: printed on the credit note' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from credit" -l date -d 'Credit note date (default: today or --as-of)' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from credit" -l series -d 'Credit-note series (default AV)' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from credit" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from credit" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from credit" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from credit" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from credit" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from credit" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from credit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from credit" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from write-off" -l reason -d 'Why the debt is lost (liquidation, prescription...)' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from write-off" -l date -d 'Date of the write-off (default: today or --as-of)' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from write-off" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from write-off" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from write-off" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from write-off" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from write-off" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from write-off" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from write-off" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from write-off" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from pdf" -l since -d 'With --all: only those issued on or after this day' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from pdf" -l out -d 'Write the PDF here [default: the documents folder beside the ledger]' -r -F
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from pdf" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from pdf" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from pdf" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from pdf" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from pdf" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from pdf" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from pdf" -l all -d 'Render and archive every issued invoice and credit note that has no PDF yet'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from pdf" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from pdf" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from xml" -l out -d 'Write the XML here [default: the standard output]' -r -F
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from xml" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from xml" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from xml" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from xml" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from xml" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from xml" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from xml" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from xml" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from send" -l date -d 'Issue date of a draft (default: today or --as-of)' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from send" -l at -d 'Send it on that day instead of now: `creances daily` sends it (a draft is issued that day)' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from send" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from send" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from send" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from send" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from send" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from send" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from send" -l scheduled -d 'Make the sends scheduled with --at that are due on today or --as-of, as `creances daily` does, without its other parts (for cron: exit 0 done, 1 some sends failed and will be retried, 2 bad usage or config, 3 ledger locked)'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from send" -l force -d 'Issue a draft all the same for a blocked customer, over its credit limit or under the score floor'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from send" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from send" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from mark-sent" -l date -d 'Day it was sent (default: today or --as-of)' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from mark-sent" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from mark-sent" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from mark-sent" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from mark-sent" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from mark-sent" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from mark-sent" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from mark-sent" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from mark-sent" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from hold" -l reason -d 'Why (e.g. "delivery disputed")' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from hold" -l until -d 'Last day of the hold (default: until released)' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from hold" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from hold" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from hold" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from hold" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from hold" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from hold" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from hold" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from hold" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from release" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from release" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from release" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from release" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from release" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from release" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from release" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from release" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a draft invoice (no number until it is issued)'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "group" -d 'One invoice of several delivery notes of a customer (a recap invoice, facture récapitulative): its lines under each note\'s number and date'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a draft (issued invoices are immutable: make a credit note)'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a draft'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "issue" -d 'Issue a draft: next number of its series, due date from the terms, content frozen'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "list" -d 'Invoices with status, balance and days late'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "show" -d 'One invoice with its lines and its story: sends, payments, credit notes, reminders, holds'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "pay" -d 'Record a payment of this invoice'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "credit" -d 'Issue a credit note (avoir) against an invoice, full or partial'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "write-off" -d 'Write the remaining balance off as bad debt'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "pdf" -d 'Write the PDF (an issued invoice\'s first PDF is archived; later ones are compared with it)'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "xml" -d 'Write the e-invoice of an issued invoice or credit note: its CII XML (Factur-X, EN 16931)'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "send" -d 'Mail the PDF to the customer with a cover message (a draft is issued first)'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "mark-sent" -d 'Record that the invoice was sent to the customer (by other means than `invoice send`)'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "hold" -d 'Hold a disputed invoice: no reminder until released (it stays in every balance)'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "release" -d 'End a hold: reminders resume'
complete -c creances -n "__fish_creances_using_subcommand invoice; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c creances -n "__fish_creances_using_subcommand delivery; and not __fish_seen_subcommand_from create list show pdf help" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand delivery; and not __fish_seen_subcommand_from create list show pdf help" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand delivery; and not __fish_seen_subcommand_from create list show pdf help" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand delivery; and not __fish_seen_subcommand_from create list show pdf help" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand delivery; and not __fish_seen_subcommand_from create list show pdf help" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand delivery; and not __fish_seen_subcommand_from create list show pdf help" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand delivery; and not __fish_seen_subcommand_from create list show pdf help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand delivery; and not __fish_seen_subcommand_from create list show pdf help" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand delivery; and not __fish_seen_subcommand_from create list show pdf help" -f -a "create" -d 'Make a delivery note, numbered at once (BL-2026-0001) and never changed after'
complete -c creances -n "__fish_creances_using_subcommand delivery; and not __fish_seen_subcommand_from create list show pdf help" -f -a "list" -d 'Delivery notes with the invoice that bills each'
complete -c creances -n "__fish_creances_using_subcommand delivery; and not __fish_seen_subcommand_from create list show pdf help" -f -a "show" -d 'One delivery note with its lines'
complete -c creances -n "__fish_creances_using_subcommand delivery; and not __fish_seen_subcommand_from create list show pdf help" -f -a "pdf" -d 'Write the delivery note\'s PDF (quantities delivered, no amount due)'
complete -c creances -n "__fish_creances_using_subcommand delivery; and not __fish_seen_subcommand_from create list show pdf help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c creances -n "__fish_creances_using_subcommand delivery; and __fish_seen_subcommand_from create" -l customer -d 'Customer code' -r
complete -c creances -n "__fish_creances_using_subcommand delivery; and __fish_seen_subcommand_from create" -l line -d 'A line delivered, at the price it will be invoiced: "DESIGNATION;QTY;UNIT_PRICE;VAT_RATE[;goods]" or "@SKU;QTY" (repeatable)' -r
complete -c creances -n "__fish_creances_using_subcommand delivery; and __fish_seen_subcommand_from create" -l date -d 'Day of the delivery (default: today or --as-of)' -r
complete -c creances -n "__fish_creances_using_subcommand delivery; and __fish_seen_subcommand_from create" -l notes -d 'A note printed on the delivery note' -r
complete -c creances -n "__fish_creances_using_subcommand delivery; and __fish_seen_subcommand_from create" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand delivery; and __fish_seen_subcommand_from create" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand delivery; and __fish_seen_subcommand_from create" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand delivery; and __fish_seen_subcommand_from create" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand delivery; and __fish_seen_subcommand_from create" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand delivery; and __fish_seen_subcommand_from create" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand delivery; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand delivery; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand delivery; and __fish_seen_subcommand_from list" -l customer -d 'Only this customer' -r
complete -c creances -n "__fish_creances_using_subcommand delivery; and __fish_seen_subcommand_from list" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand delivery; and __fish_seen_subcommand_from list" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand delivery; and __fish_seen_subcommand_from list" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand delivery; and __fish_seen_subcommand_from list" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand delivery; and __fish_seen_subcommand_from list" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand delivery; and __fish_seen_subcommand_from list" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand delivery; and __fish_seen_subcommand_from list" -l uninvoiced -d 'Only those no invoice bills yet'
complete -c creances -n "__fish_creances_using_subcommand delivery; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand delivery; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand delivery; and __fish_seen_subcommand_from show" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand delivery; and __fish_seen_subcommand_from show" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand delivery; and __fish_seen_subcommand_from show" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand delivery; and __fish_seen_subcommand_from show" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand delivery; and __fish_seen_subcommand_from show" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand delivery; and __fish_seen_subcommand_from show" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand delivery; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand delivery; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand delivery; and __fish_seen_subcommand_from pdf" -l out -d 'Write the PDF here [default: the documents folder beside the ledger]' -r -F
complete -c creances -n "__fish_creances_using_subcommand delivery; and __fish_seen_subcommand_from pdf" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand delivery; and __fish_seen_subcommand_from pdf" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand delivery; and __fish_seen_subcommand_from pdf" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand delivery; and __fish_seen_subcommand_from pdf" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand delivery; and __fish_seen_subcommand_from pdf" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand delivery; and __fish_seen_subcommand_from pdf" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand delivery; and __fish_seen_subcommand_from pdf" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand delivery; and __fish_seen_subcommand_from pdf" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand delivery; and __fish_seen_subcommand_from help" -f -a "create" -d 'Make a delivery note, numbered at once (BL-2026-0001) and never changed after'
complete -c creances -n "__fish_creances_using_subcommand delivery; and __fish_seen_subcommand_from help" -f -a "list" -d 'Delivery notes with the invoice that bills each'
complete -c creances -n "__fish_creances_using_subcommand delivery; and __fish_seen_subcommand_from help" -f -a "show" -d 'One delivery note with its lines'
complete -c creances -n "__fish_creances_using_subcommand delivery; and __fish_seen_subcommand_from help" -f -a "pdf" -d 'Write the delivery note\'s PDF (quantities delivered, no amount due)'
complete -c creances -n "__fish_creances_using_subcommand delivery; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c creances -n "__fish_creances_using_subcommand collect; and not __fish_seen_subcommand_from sepa help" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand collect; and not __fish_seen_subcommand_from sepa help" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand collect; and not __fish_seen_subcommand_from sepa help" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand collect; and not __fish_seen_subcommand_from sepa help" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand collect; and not __fish_seen_subcommand_from sepa help" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand collect; and not __fish_seen_subcommand_from sepa help" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand collect; and not __fish_seen_subcommand_from sepa help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand collect; and not __fish_seen_subcommand_from sepa help" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand collect; and not __fish_seen_subcommand_from sepa help" -f -a "sepa" -d 'Write the SEPA direct-debit file (pain.008.001.02) of the invoices due by a day and mark them pending collection; a second run skips them'
complete -c creances -n "__fish_creances_using_subcommand collect; and not __fish_seen_subcommand_from sepa help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c creances -n "__fish_creances_using_subcommand collect; and __fish_seen_subcommand_from sepa" -l until -d 'Invoices due on or before this day' -r
complete -c creances -n "__fish_creances_using_subcommand collect; and __fish_seen_subcommand_from sepa" -l out -d 'The file to write for the bank' -r -F
complete -c creances -n "__fish_creances_using_subcommand collect; and __fish_seen_subcommand_from sepa" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand collect; and __fish_seen_subcommand_from sepa" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand collect; and __fish_seen_subcommand_from sepa" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand collect; and __fish_seen_subcommand_from sepa" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand collect; and __fish_seen_subcommand_from sepa" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand collect; and __fish_seen_subcommand_from sepa" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand collect; and __fish_seen_subcommand_from sepa" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand collect; and __fish_seen_subcommand_from sepa" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand collect; and __fish_seen_subcommand_from help" -f -a "sepa" -d 'Write the SEPA direct-debit file (pain.008.001.02) of the invoices due by a day and mark them pending collection; a second run skips them'
complete -c creances -n "__fish_creances_using_subcommand collect; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c creances -n "__fish_creances_using_subcommand payment; and not __fish_seen_subcommand_from add list apply match unmatched help" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand payment; and not __fish_seen_subcommand_from add list apply match unmatched help" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand payment; and not __fish_seen_subcommand_from add list apply match unmatched help" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand payment; and not __fish_seen_subcommand_from add list apply match unmatched help" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand payment; and not __fish_seen_subcommand_from add list apply match unmatched help" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand payment; and not __fish_seen_subcommand_from add list apply match unmatched help" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand payment; and not __fish_seen_subcommand_from add list apply match unmatched help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand payment; and not __fish_seen_subcommand_from add list apply match unmatched help" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand payment; and not __fish_seen_subcommand_from add list apply match unmatched help" -f -a "add" -d 'Record a payment from a customer, settling its oldest invoices first'
complete -c creances -n "__fish_creances_using_subcommand payment; and not __fish_seen_subcommand_from add list apply match unmatched help" -f -a "list" -d 'Payments with what each settled'
complete -c creances -n "__fish_creances_using_subcommand payment; and not __fish_seen_subcommand_from add list apply match unmatched help" -f -a "apply" -d 'Apply a customer\'s credit (an overpayment, a payment freed by a credit note) to its open invoices, oldest first, or to the one given'
complete -c creances -n "__fish_creances_using_subcommand payment; and not __fish_seen_subcommand_from add list apply match unmatched help" -f -a "match" -d 'Match imported bank credits to open invoices: the invoice number in the text first, then the amount of one open invoice of the payer, then the sum of several; shows what would be recorded unless --auto or --interactive'
complete -c creances -n "__fish_creances_using_subcommand payment; and not __fish_seen_subcommand_from add list apply match unmatched help" -f -a "unmatched" -d 'Bank credits not matched to invoices yet, with what the matcher makes of them'
complete -c creances -n "__fish_creances_using_subcommand payment; and not __fish_seen_subcommand_from add list apply match unmatched help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from add" -l customer -d 'Customer code' -r
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from add" -l amount -d 'Amount received' -r
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from add" -l date -d 'Day the money arrived (default: today or --as-of)' -r
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from add" -l method -d 'transfer, check, card, cash, direct_debit or other' -r
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from add" -l reference -d 'Bank reference, cheque number...' -r
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from add" -l currency -d 'The payment\'s currency when it is not the accounting one (it then settles the customer\'s invoices in that currency only)' -r
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from add" -l rate -d 'With --currency: how many units of it one unit of the accounting currency buys on the payment\'s day (default: the rates file\'s)' -r
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from add" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from add" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from add" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from add" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from add" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from add" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from list" -l customer -d 'Only this customer' -r
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from list" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from list" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from list" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from list" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from list" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from list" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from apply" -l customer -d 'Customer code' -r
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from apply" -l invoice -d 'Only this invoice (number, or #ID); default: the oldest open invoices first' -r
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from apply" -l date -d 'Day the credit is applied (default: today or --as-of)' -r
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from apply" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from apply" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from apply" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from apply" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from apply" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from apply" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from apply" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from apply" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from match" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from match" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from match" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from match" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from match" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from match" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from match" -l auto -d 'Record the unambiguous matches as payments'
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from match" -l interactive -d 'Also pick by hand, on a terminal, the invoices of ambiguous and unmatched credits (records the unambiguous matches too)'
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from match" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from match" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from unmatched" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from unmatched" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from unmatched" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from unmatched" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from unmatched" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from unmatched" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from unmatched" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from unmatched" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from help" -f -a "add" -d 'Record a payment from a customer, settling its oldest invoices first'
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from help" -f -a "list" -d 'Payments with what each settled'
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from help" -f -a "apply" -d 'Apply a customer\'s credit (an overpayment, a payment freed by a credit note) to its open invoices, oldest first, or to the one given'
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from help" -f -a "match" -d 'Match imported bank credits to open invoices: the invoice number in the text first, then the amount of one open invoice of the payer, then the sum of several; shows what would be recorded unless --auto or --interactive'
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from help" -f -a "unmatched" -d 'Bank credits not matched to invoices yet, with what the matcher makes of them'
complete -c creances -n "__fish_creances_using_subcommand payment; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c creances -n "__fish_creances_using_subcommand report; and not __fish_seen_subcommand_from aging dmp split kpis revenue forecast payers dashboard trends help" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand report; and not __fish_seen_subcommand_from aging dmp split kpis revenue forecast payers dashboard trends help" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand report; and not __fish_seen_subcommand_from aging dmp split kpis revenue forecast payers dashboard trends help" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand report; and not __fish_seen_subcommand_from aging dmp split kpis revenue forecast payers dashboard trends help" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand report; and not __fish_seen_subcommand_from aging dmp split kpis revenue forecast payers dashboard trends help" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand report; and not __fish_seen_subcommand_from aging dmp split kpis revenue forecast payers dashboard trends help" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand report; and not __fish_seen_subcommand_from aging dmp split kpis revenue forecast payers dashboard trends help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand report; and not __fish_seen_subcommand_from aging dmp split kpis revenue forecast payers dashboard trends help" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand report; and not __fish_seen_subcommand_from aging dmp split kpis revenue forecast payers dashboard trends help" -f -a "aging" -d 'Open balances in buckets: not yet due, 1-30, 31-60, 61-90, over 90 days late'
complete -c creances -n "__fish_creances_using_subcommand report; and not __fish_seen_subcommand_from aging dmp split kpis revenue forecast payers dashboard trends help" -f -a "dmp" -d 'Délai moyen de paiement (amount-weighted days from issue to payment) and DSO'
complete -c creances -n "__fish_creances_using_subcommand report; and not __fish_seen_subcommand_from aging dmp split kpis revenue forecast payers dashboard trends help" -f -a "split" -d 'Paid / pending / dunning: counts, amounts and shares'
complete -c creances -n "__fish_creances_using_subcommand report; and not __fish_seen_subcommand_from aging dmp split kpis revenue forecast payers dashboard trends help" -f -a "kpis" -d 'Invoiced vs collected, unpaid rate, lateness, receivables over 90 days, payers'
complete -c creances -n "__fish_creances_using_subcommand report; and not __fish_seen_subcommand_from aging dmp split kpis revenue forecast payers dashboard trends help" -f -a "revenue" -d 'Net revenue (excl. VAT, credit notes subtracted) by product, customer or month'
complete -c creances -n "__fish_creances_using_subcommand report; and not __fish_seen_subcommand_from aging dmp split kpis revenue forecast payers dashboard trends help" -f -a "forecast" -d 'Expected cash-in per week, from each customer\'s own past delay'
complete -c creances -n "__fish_creances_using_subcommand report; and not __fish_seen_subcommand_from aging dmp split kpis revenue forecast payers dashboard trends help" -f -a "payers" -d 'Every customer\'s payment score, worst first, with what it is made of'
complete -c creances -n "__fish_creances_using_subcommand report; and not __fish_seen_subcommand_from aging dmp split kpis revenue forecast payers dashboard trends help" -f -a "dashboard" -d 'The morning\'s figures from one read of the ledger: receivables, overdue, DMP and DSO with their trend, aging, split, forecast, worst and best payers, today\'s dunning'
complete -c creances -n "__fish_creances_using_subcommand report; and not __fish_seen_subcommand_from aging dmp split kpis revenue forecast payers dashboard trends help" -f -a "trends" -d 'Charts by month: DMP and DSO, invoiced vs collected, and how many customers have each score grade'
complete -c creances -n "__fish_creances_using_subcommand report; and not __fish_seen_subcommand_from aging dmp split kpis revenue forecast payers dashboard trends help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from aging" -l by -d 'One row per customer or per open invoice' -r -f -a "customer\t''
invoice\t''"
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from aging" -l buckets -d 'Upper limits of the late buckets, in days' -r
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from aging" -l basis -d 'Count days past the due date, or since the issue date' -r -f -a "due\t''
issue\t''"
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from aging" -l out -d 'Write the report as an Excel workbook (FILE.xlsx) instead of printing it' -r -F
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from aging" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from aging" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from aging" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from aging" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from aging" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from aging" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from aging" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from aging" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from dmp" -l from -d 'First day of the period (default: a year before --to)' -r
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from dmp" -l to -d 'Last day of the period (default: today or --as-of)' -r
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from dmp" -l by -d 'One row per customer' -r -f -a "customer\t''"
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from dmp" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from dmp" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from dmp" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from dmp" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from dmp" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from dmp" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from dmp" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from dmp" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from split" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from split" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from split" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from split" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from split" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from split" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from split" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from split" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from kpis" -l from -d 'First day of the period (default: a year before --to)' -r
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from kpis" -l to -d 'Last day of the period (default: today or --as-of)' -r
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from kpis" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from kpis" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from kpis" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from kpis" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from kpis" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from kpis" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from kpis" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from kpis" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from revenue" -l by -d 'One row per product, per customer or per month' -r -f -a "product\t''
customer\t''
month\t''"
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from revenue" -l from -d 'First day of the period (default: a year before --to)' -r
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from revenue" -l to -d 'Last day of the period (default: today or --as-of)' -r
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from revenue" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from revenue" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from revenue" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from revenue" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from revenue" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from revenue" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from revenue" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from revenue" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from forecast" -l weeks -d 'How many weeks ahead' -r
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from forecast" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from forecast" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from forecast" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from forecast" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from forecast" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from forecast" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from forecast" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from forecast" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from payers" -l out -d 'Write the report as an Excel workbook (FILE.xlsx) instead of printing it' -r -F
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from payers" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from payers" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from payers" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from payers" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from payers" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from payers" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from payers" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from payers" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from dashboard" -l out -d 'Write the report as an Excel workbook (FILE.xlsx) instead of printing it' -r -F
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from dashboard" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from dashboard" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from dashboard" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from dashboard" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from dashboard" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from dashboard" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from dashboard" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from dashboard" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from trends" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from trends" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from trends" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from trends" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from trends" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from trends" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from trends" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from trends" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "aging" -d 'Open balances in buckets: not yet due, 1-30, 31-60, 61-90, over 90 days late'
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "dmp" -d 'Délai moyen de paiement (amount-weighted days from issue to payment) and DSO'
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "split" -d 'Paid / pending / dunning: counts, amounts and shares'
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "kpis" -d 'Invoiced vs collected, unpaid rate, lateness, receivables over 90 days, payers'
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "revenue" -d 'Net revenue (excl. VAT, credit notes subtracted) by product, customer or month'
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "forecast" -d 'Expected cash-in per week, from each customer\'s own past delay'
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "payers" -d 'Every customer\'s payment score, worst first, with what it is made of'
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "dashboard" -d 'The morning\'s figures from one read of the ledger: receivables, overdue, DMP and DSO with their trend, aging, split, forecast, worst and best payers, today\'s dunning'
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "trends" -d 'Charts by month: DMP and DSO, invoiced vs collected, and how many customers have each score grade'
complete -c creances -n "__fish_creances_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c creances -n "__fish_creances_using_subcommand export; and not __fish_seen_subcommand_from fec entries invoices help" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand export; and not __fish_seen_subcommand_from fec entries invoices help" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand export; and not __fish_seen_subcommand_from fec entries invoices help" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand export; and not __fish_seen_subcommand_from fec entries invoices help" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand export; and not __fish_seen_subcommand_from fec entries invoices help" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand export; and not __fish_seen_subcommand_from fec entries invoices help" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand export; and not __fish_seen_subcommand_from fec entries invoices help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand export; and not __fish_seen_subcommand_from fec entries invoices help" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand export; and not __fish_seen_subcommand_from fec entries invoices help" -f -a "fec" -d 'Fichier des écritures comptables: the period\'s entries, as the tax office and accounting software read them'
complete -c creances -n "__fish_creances_using_subcommand export; and not __fish_seen_subcommand_from fec entries invoices help" -f -a "entries" -d 'The same entries as a spreadsheet-friendly CSV (UTF-8 with BOM, `;`, decimal comma)'
complete -c creances -n "__fish_creances_using_subcommand export; and not __fish_seen_subcommand_from fec entries invoices help" -f -a "invoices" -d 'One line per invoice with its status and balance (CSV for spreadsheets)'
complete -c creances -n "__fish_creances_using_subcommand export; and not __fish_seen_subcommand_from fec entries invoices help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c creances -n "__fish_creances_using_subcommand export; and __fish_seen_subcommand_from fec" -l year -d 'A calendar year (fiscal year = calendar year)' -r
complete -c creances -n "__fish_creances_using_subcommand export; and __fish_seen_subcommand_from fec" -l from -d 'First day of the period' -r
complete -c creances -n "__fish_creances_using_subcommand export; and __fish_seen_subcommand_from fec" -l to -d 'Last day of the period (closing date)' -r
complete -c creances -n "__fish_creances_using_subcommand export; and __fish_seen_subcommand_from fec" -l out -d 'Where to write [default: SIRENFECYYYYMMDD.txt in the current folder]' -r -F
complete -c creances -n "__fish_creances_using_subcommand export; and __fish_seen_subcommand_from fec" -l separator -d 'Field separator: tab or pipe (|), the two the tax office accepts' -r -f -a "tab\t''
pipe\t''"
complete -c creances -n "__fish_creances_using_subcommand export; and __fish_seen_subcommand_from fec" -l encoding -d 'Character set: latin9 (ISO-8859-15, as the text asks) or utf8' -r -f -a "latin9\t'ISO-8859-15, as the text asks'
utf8\t'UTF-8, accepted by most software but not in the text'"
complete -c creances -n "__fish_creances_using_subcommand export; and __fish_seen_subcommand_from fec" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand export; and __fish_seen_subcommand_from fec" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand export; and __fish_seen_subcommand_from fec" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand export; and __fish_seen_subcommand_from fec" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand export; and __fish_seen_subcommand_from fec" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand export; and __fish_seen_subcommand_from fec" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand export; and __fish_seen_subcommand_from fec" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand export; and __fish_seen_subcommand_from fec" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand export; and __fish_seen_subcommand_from entries" -l layout -d 'Layout of the file (docs/exports.md)' -r -f -a "fec-csv\t'The FEC columns for a spreadsheet: UTF-8 with BOM, `;`, decimal comma'
sage\t'Sage 50 / Ciel XImport: fixed width, code page 850'
ebp\t'EBP ASCII entry import: commas, code page 850'"
complete -c creances -n "__fish_creances_using_subcommand export; and __fish_seen_subcommand_from entries" -l year -d 'A calendar year' -r
complete -c creances -n "__fish_creances_using_subcommand export; and __fish_seen_subcommand_from entries" -l from -d 'First day of the period' -r
complete -c creances -n "__fish_creances_using_subcommand export; and __fish_seen_subcommand_from entries" -l to -d 'Last day of the period' -r
complete -c creances -n "__fish_creances_using_subcommand export; and __fish_seen_subcommand_from entries" -l out -d 'Where to write [default: ecritures-FROM-TO.csv, XImport-FROM-TO.txt, ebp-FROM-TO.txt]' -r -F
complete -c creances -n "__fish_creances_using_subcommand export; and __fish_seen_subcommand_from entries" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand export; and __fish_seen_subcommand_from entries" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand export; and __fish_seen_subcommand_from entries" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand export; and __fish_seen_subcommand_from entries" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand export; and __fish_seen_subcommand_from entries" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand export; and __fish_seen_subcommand_from entries" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand export; and __fish_seen_subcommand_from entries" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand export; and __fish_seen_subcommand_from entries" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand export; and __fish_seen_subcommand_from invoices" -l from -d 'Issued on or after' -r
complete -c creances -n "__fish_creances_using_subcommand export; and __fish_seen_subcommand_from invoices" -l to -d 'Issued on or before' -r
complete -c creances -n "__fish_creances_using_subcommand export; and __fish_seen_subcommand_from invoices" -l out -d 'Where to write [default: factures.csv]' -r -F
complete -c creances -n "__fish_creances_using_subcommand export; and __fish_seen_subcommand_from invoices" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand export; and __fish_seen_subcommand_from invoices" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand export; and __fish_seen_subcommand_from invoices" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand export; and __fish_seen_subcommand_from invoices" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand export; and __fish_seen_subcommand_from invoices" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand export; and __fish_seen_subcommand_from invoices" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand export; and __fish_seen_subcommand_from invoices" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand export; and __fish_seen_subcommand_from invoices" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "fec" -d 'Fichier des écritures comptables: the period\'s entries, as the tax office and accounting software read them'
complete -c creances -n "__fish_creances_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "entries" -d 'The same entries as a spreadsheet-friendly CSV (UTF-8 with BOM, `;`, decimal comma)'
complete -c creances -n "__fish_creances_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "invoices" -d 'One line per invoice with its status and balance (CSV for spreadsheets)'
complete -c creances -n "__fish_creances_using_subcommand export; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c creances -n "__fish_creances_using_subcommand dunning; and not __fish_seen_subcommand_from run plan log send resend help" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand dunning; and not __fish_seen_subcommand_from run plan log send resend help" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand dunning; and not __fish_seen_subcommand_from run plan log send resend help" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand dunning; and not __fish_seen_subcommand_from run plan log send resend help" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand dunning; and not __fish_seen_subcommand_from run plan log send resend help" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand dunning; and not __fish_seen_subcommand_from run plan log send resend help" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand dunning; and not __fish_seen_subcommand_from run plan log send resend help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand dunning; and not __fish_seen_subcommand_from run plan log send resend help" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand dunning; and not __fish_seen_subcommand_from run plan log send resend help" -f -a "run" -d 'Send what is due today, one mail per customer (for cron: exit 0 done, 1 some sends failed and will be retried, 2 bad usage, 3 ledger locked)'
complete -c creances -n "__fish_creances_using_subcommand dunning; and not __fish_seen_subcommand_from run plan log send resend help" -f -a "plan" -d 'What the runs of the next days will do, if nothing is paid meanwhile'
complete -c creances -n "__fish_creances_using_subcommand dunning; and not __fish_seen_subcommand_from run plan log send resend help" -f -a "log" -d 'What was sent, skipped, failed or planned'
complete -c creances -n "__fish_creances_using_subcommand dunning; and not __fish_seen_subcommand_from run plan log send resend help" -f -a "send" -d 'Send an invoice\'s current reminder now; it counts as that step'
complete -c creances -n "__fish_creances_using_subcommand dunning; and not __fish_seen_subcommand_from run plan log send resend help" -f -a "resend" -d 'Send again, with the next run, a reminder whose send was interrupted (uncertain)'
complete -c creances -n "__fish_creances_using_subcommand dunning; and not __fish_seen_subcommand_from run plan log send resend help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c creances -n "__fish_creances_using_subcommand dunning; and __fish_seen_subcommand_from run" -l catch-up -d 'What a formal notice due before any reminder was mailed becomes: `reminder` (the firmest reminder first, the notice after the ladder\'s delay) or `notice` (at once)' -r -f -a "reminder\t''
notice\t''"
complete -c creances -n "__fish_creances_using_subcommand dunning; and __fish_seen_subcommand_from run" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand dunning; and __fish_seen_subcommand_from run" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand dunning; and __fish_seen_subcommand_from run" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand dunning; and __fish_seen_subcommand_from run" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand dunning; and __fish_seen_subcommand_from run" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand dunning; and __fish_seen_subcommand_from run" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand dunning; and __fish_seen_subcommand_from run" -l dry-run -d 'Show exactly what a run would do and change nothing; also check what the real run needs (sender, mail config, customers\' emails, letters): exit 1 if something due could not be sent'
complete -c creances -n "__fish_creances_using_subcommand dunning; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand dunning; and __fish_seen_subcommand_from run" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand dunning; and __fish_seen_subcommand_from plan" -l days -d 'How many days ahead' -r
complete -c creances -n "__fish_creances_using_subcommand dunning; and __fish_seen_subcommand_from plan" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand dunning; and __fish_seen_subcommand_from plan" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand dunning; and __fish_seen_subcommand_from plan" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand dunning; and __fish_seen_subcommand_from plan" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand dunning; and __fish_seen_subcommand_from plan" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand dunning; and __fish_seen_subcommand_from plan" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand dunning; and __fish_seen_subcommand_from plan" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand dunning; and __fish_seen_subcommand_from plan" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand dunning; and __fish_seen_subcommand_from log" -l customer -d 'Only this customer' -r
complete -c creances -n "__fish_creances_using_subcommand dunning; and __fish_seen_subcommand_from log" -l invoice -d 'Only this invoice' -r
complete -c creances -n "__fish_creances_using_subcommand dunning; and __fish_seen_subcommand_from log" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand dunning; and __fish_seen_subcommand_from log" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand dunning; and __fish_seen_subcommand_from log" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand dunning; and __fish_seen_subcommand_from log" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand dunning; and __fish_seen_subcommand_from log" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand dunning; and __fish_seen_subcommand_from log" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand dunning; and __fish_seen_subcommand_from log" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand dunning; and __fish_seen_subcommand_from log" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand dunning; and __fish_seen_subcommand_from send" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand dunning; and __fish_seen_subcommand_from send" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand dunning; and __fish_seen_subcommand_from send" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand dunning; and __fish_seen_subcommand_from send" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand dunning; and __fish_seen_subcommand_from send" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand dunning; and __fish_seen_subcommand_from send" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand dunning; and __fish_seen_subcommand_from send" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand dunning; and __fish_seen_subcommand_from send" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand dunning; and __fish_seen_subcommand_from resend" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand dunning; and __fish_seen_subcommand_from resend" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand dunning; and __fish_seen_subcommand_from resend" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand dunning; and __fish_seen_subcommand_from resend" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand dunning; and __fish_seen_subcommand_from resend" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand dunning; and __fish_seen_subcommand_from resend" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand dunning; and __fish_seen_subcommand_from resend" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand dunning; and __fish_seen_subcommand_from resend" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand dunning; and __fish_seen_subcommand_from help" -f -a "run" -d 'Send what is due today, one mail per customer (for cron: exit 0 done, 1 some sends failed and will be retried, 2 bad usage, 3 ledger locked)'
complete -c creances -n "__fish_creances_using_subcommand dunning; and __fish_seen_subcommand_from help" -f -a "plan" -d 'What the runs of the next days will do, if nothing is paid meanwhile'
complete -c creances -n "__fish_creances_using_subcommand dunning; and __fish_seen_subcommand_from help" -f -a "log" -d 'What was sent, skipped, failed or planned'
complete -c creances -n "__fish_creances_using_subcommand dunning; and __fish_seen_subcommand_from help" -f -a "send" -d 'Send an invoice\'s current reminder now; it counts as that step'
complete -c creances -n "__fish_creances_using_subcommand dunning; and __fish_seen_subcommand_from help" -f -a "resend" -d 'Send again, with the next run, a reminder whose send was interrupted (uncertain)'
complete -c creances -n "__fish_creances_using_subcommand dunning; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c creances -n "__fish_creances_using_subcommand recurring; and not __fish_seen_subcommand_from add list show pause resume end edit run help" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand recurring; and not __fish_seen_subcommand_from add list show pause resume end edit run help" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand recurring; and not __fish_seen_subcommand_from add list show pause resume end edit run help" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand recurring; and not __fish_seen_subcommand_from add list show pause resume end edit run help" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand recurring; and not __fish_seen_subcommand_from add list show pause resume end edit run help" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand recurring; and not __fish_seen_subcommand_from add list show pause resume end edit run help" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand recurring; and not __fish_seen_subcommand_from add list show pause resume end edit run help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand recurring; and not __fish_seen_subcommand_from add list show pause resume end edit run help" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand recurring; and not __fish_seen_subcommand_from add list show pause resume end edit run help" -f -a "add" -d 'Bill a customer every week, month, quarter or year (`recurring run` makes the invoices)'
complete -c creances -n "__fish_creances_using_subcommand recurring; and not __fish_seen_subcommand_from add list show pause resume end edit run help" -f -a "list" -d 'Subscriptions with their next period and state'
complete -c creances -n "__fish_creances_using_subcommand recurring; and not __fish_seen_subcommand_from add list show pause resume end edit run help" -f -a "show" -d 'One subscription with its lines, revisions, pauses and invoices'
complete -c creances -n "__fish_creances_using_subcommand recurring; and not __fish_seen_subcommand_from add list show pause resume end edit run help" -f -a "pause" -d 'Stop billing from today (or --as-of) until resumed: the periods in between are never billed'
complete -c creances -n "__fish_creances_using_subcommand recurring; and not __fish_seen_subcommand_from add list show pause resume end edit run help" -f -a "resume" -d 'Bill again from today (or --as-of)'
complete -c creances -n "__fish_creances_using_subcommand recurring; and not __fish_seen_subcommand_from add list show pause resume end edit run help" -f -a "end" -d 'End a subscription: no period starts after --on (default: today or --as-of)'
complete -c creances -n "__fish_creances_using_subcommand recurring; and not __fish_seen_subcommand_from add list show pause resume end edit run help" -f -a "edit" -d 'Change a subscription from a day on: its lines (--line, --from), its limit (--end, --count), --issue/--send, its day of month; billed periods never change, and `recurring show` lists each edit'
complete -c creances -n "__fish_creances_using_subcommand recurring; and not __fish_seen_subcommand_from add list show pause resume end edit run help" -f -a "run" -d 'Make the invoice of every period due, catching up missed days (for cron: exit 0 done, 1 some invoices not issued or not sent, 2 bad usage, 3 ledger locked)'
complete -c creances -n "__fish_creances_using_subcommand recurring; and not __fish_seen_subcommand_from add list show pause resume end edit run help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from add" -l customer -d 'Customer code' -r
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from add" -l every -d 'How often: week, month, quarter or year' -r
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from add" -l start -d 'The first period\'s day' -r
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from add" -l end -d 'The last day a period may start' -r
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from add" -l count -d 'How many periods in all' -r
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from add" -l line -d 'A line: "DESIGNATION;QTY;UNIT_PRICE;VAT_RATE[;-DISCOUNT][;goods]" or "@SKU;QTY[;-DISCOUNT]", the discount a percentage (-10%) or an amount (-50) (repeatable)' -r
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from add" -l day-of-month -d 'Periods start on this day of the month (31: the month\'s last day)' -r
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from add" -l index -d 'A price revision from a day on, e.g. 3.5%@2027-01-01 (repeatable, compounding)' -r
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from add" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from add" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from add" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from add" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from add" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from add" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from add" -l issue -d 'Issue each invoice on its period\'s first day (default: left as a draft)'
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from add" -l send -d 'Issue and mail each invoice'
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from add" -l force -d 'Subscribe a blocked customer all the same'
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from list" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from list" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from list" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from list" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from list" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from list" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from show" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from show" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from show" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from show" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from show" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from show" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from pause" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from pause" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from pause" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from pause" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from pause" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from pause" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from pause" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from pause" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from resume" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from resume" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from resume" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from resume" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from resume" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from resume" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from resume" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from resume" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from end" -l on -d 'The last day a period may start (default: today or --as-of)' -r
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from end" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from end" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from end" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from end" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from end" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from end" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from end" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from end" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from edit" -l line -d 'The new lines, replacing all the current ones from --from on: "DESIGNATION;QTY;UNIT_PRICE;VAT_RATE[;-DISCOUNT][;goods]" or "@SKU;QTY[;-DISCOUNT]" (repeatable)' -r
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from edit" -l from -d 'The first period start billed with the new lines (default: today or --as-of)' -r
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from edit" -l end -d 'The last day a period may start (replaces a --count)' -r
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from edit" -l count -d 'How many periods in all (replaces an --end)' -r
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from edit" -l day-of-month -d 'Periods start on this day of the month (only before a period is billed)' -r
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from edit" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from edit" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from edit" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from edit" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from edit" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from edit" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from edit" -l issue -d 'Issue each invoice on its period\'s first day'
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from edit" -l no-issue -d 'Leave each invoice as a draft (needs --no-send if the invoices are mailed)'
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from edit" -l send -d 'Issue and mail each invoice'
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from edit" -l no-send -d 'Stop mailing the invoices (they stay issued unless --no-issue)'
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from run" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from run" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from run" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from run" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from run" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from run" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from run" -l dry-run -d 'Show what a run would do and change nothing'
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from run" -l force -d 'Invoice blocked customers too'
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from run" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from help" -f -a "add" -d 'Bill a customer every week, month, quarter or year (`recurring run` makes the invoices)'
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from help" -f -a "list" -d 'Subscriptions with their next period and state'
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from help" -f -a "show" -d 'One subscription with its lines, revisions, pauses and invoices'
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from help" -f -a "pause" -d 'Stop billing from today (or --as-of) until resumed: the periods in between are never billed'
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from help" -f -a "resume" -d 'Bill again from today (or --as-of)'
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from help" -f -a "end" -d 'End a subscription: no period starts after --on (default: today or --as-of)'
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a subscription from a day on: its lines (--line, --from), its limit (--end, --count), --issue/--send, its day of month; billed periods never change, and `recurring show` lists each edit'
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from help" -f -a "run" -d 'Make the invoice of every period due, catching up missed days (for cron: exit 0 done, 1 some invoices not issued or not sent, 2 bad usage, 3 ledger locked)'
complete -c creances -n "__fish_creances_using_subcommand recurring; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c creances -n "__fish_creances_using_subcommand daily" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand daily" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand daily" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand daily" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand daily" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand daily" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand daily" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand daily" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand import; and not __fish_seen_subcommand_from customers invoices payments bank help" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand import; and not __fish_seen_subcommand_from customers invoices payments bank help" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand import; and not __fish_seen_subcommand_from customers invoices payments bank help" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand import; and not __fish_seen_subcommand_from customers invoices payments bank help" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand import; and not __fish_seen_subcommand_from customers invoices payments bank help" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand import; and not __fish_seen_subcommand_from customers invoices payments bank help" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand import; and not __fish_seen_subcommand_from customers invoices payments bank help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand import; and not __fish_seen_subcommand_from customers invoices payments bank help" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand import; and not __fish_seen_subcommand_from customers invoices payments bank help" -f -a "customers" -d 'Customers from a CSV file (code, name, kind, email, address, siren, vat_number, payment_terms_days, language, iban); codes already in the ledger are left as they are'
complete -c creances -n "__fish_creances_using_subcommand import; and not __fish_seen_subcommand_from customers invoices payments bank help" -f -a "invoices" -d 'Invoices from another tool, with their own numbers and dates (number, customer, issue_date, total; due_date, net, vat, currency, exchange_rate, paid, paid_on...); marked imported'
complete -c creances -n "__fish_creances_using_subcommand import; and not __fish_seen_subcommand_from customers invoices payments bank help" -f -a "payments" -d 'Payments received (date, customer, amount; method, reference, invoice, external_id)'
complete -c creances -n "__fish_creances_using_subcommand import; and not __fish_seen_subcommand_from customers invoices payments bank help" -f -a "bank" -d 'A bank statement: CSV export (columns from [bank] in the config), CAMT.053 or OFX; each bank line is stored once, then `creances payment match` pays invoices with it'
complete -c creances -n "__fish_creances_using_subcommand import; and not __fish_seen_subcommand_from customers invoices payments bank help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c creances -n "__fish_creances_using_subcommand import; and __fish_seen_subcommand_from customers" -l skip-bad -d 'Import the good rows and write the bad ones to this CSV file with their line and reason' -r -F
complete -c creances -n "__fish_creances_using_subcommand import; and __fish_seen_subcommand_from customers" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand import; and __fish_seen_subcommand_from customers" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand import; and __fish_seen_subcommand_from customers" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand import; and __fish_seen_subcommand_from customers" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand import; and __fish_seen_subcommand_from customers" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand import; and __fish_seen_subcommand_from customers" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand import; and __fish_seen_subcommand_from customers" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand import; and __fish_seen_subcommand_from customers" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand import; and __fish_seen_subcommand_from invoices" -l skip-bad -d 'Import the good rows and write the bad ones to this CSV file with their line and reason' -r -F
complete -c creances -n "__fish_creances_using_subcommand import; and __fish_seen_subcommand_from invoices" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand import; and __fish_seen_subcommand_from invoices" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand import; and __fish_seen_subcommand_from invoices" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand import; and __fish_seen_subcommand_from invoices" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand import; and __fish_seen_subcommand_from invoices" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand import; and __fish_seen_subcommand_from invoices" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand import; and __fish_seen_subcommand_from invoices" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand import; and __fish_seen_subcommand_from invoices" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand import; and __fish_seen_subcommand_from payments" -l skip-bad -d 'Import the good rows and write the bad ones to this CSV file with their line and reason' -r -F
complete -c creances -n "__fish_creances_using_subcommand import; and __fish_seen_subcommand_from payments" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand import; and __fish_seen_subcommand_from payments" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand import; and __fish_seen_subcommand_from payments" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand import; and __fish_seen_subcommand_from payments" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand import; and __fish_seen_subcommand_from payments" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand import; and __fish_seen_subcommand_from payments" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand import; and __fish_seen_subcommand_from payments" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand import; and __fish_seen_subcommand_from payments" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand import; and __fish_seen_subcommand_from bank" -l bank-format -d 'The statement\'s format [default: guessed from the content]' -r -f -a "csv\t''
camt053\t''
ofx\t''"
complete -c creances -n "__fish_creances_using_subcommand import; and __fish_seen_subcommand_from bank" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand import; and __fish_seen_subcommand_from bank" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand import; and __fish_seen_subcommand_from bank" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand import; and __fish_seen_subcommand_from bank" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand import; and __fish_seen_subcommand_from bank" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand import; and __fish_seen_subcommand_from bank" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand import; and __fish_seen_subcommand_from bank" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand import; and __fish_seen_subcommand_from bank" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "customers" -d 'Customers from a CSV file (code, name, kind, email, address, siren, vat_number, payment_terms_days, language, iban); codes already in the ledger are left as they are'
complete -c creances -n "__fish_creances_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "invoices" -d 'Invoices from another tool, with their own numbers and dates (number, customer, issue_date, total; due_date, net, vat, currency, exchange_rate, paid, paid_on...); marked imported'
complete -c creances -n "__fish_creances_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "payments" -d 'Payments received (date, customer, amount; method, reference, invoice, external_id)'
complete -c creances -n "__fish_creances_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "bank" -d 'A bank statement: CSV export (columns from [bank] in the config), CAMT.053 or OFX; each bank line is stored once, then `creances payment match` pays invoices with it'
complete -c creances -n "__fish_creances_using_subcommand import; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c creances -n "__fish_creances_using_subcommand task; and not __fish_seen_subcommand_from list done help" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand task; and not __fish_seen_subcommand_from list done help" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand task; and not __fish_seen_subcommand_from list done help" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand task; and not __fish_seen_subcommand_from list done help" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand task; and not __fish_seen_subcommand_from list done help" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand task; and not __fish_seen_subcommand_from list done help" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand task; and not __fish_seen_subcommand_from list done help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand task; and not __fish_seen_subcommand_from list done help" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand task; and not __fish_seen_subcommand_from list done help" -f -a "list" -d 'Open tasks, oldest first (--all for done ones too)'
complete -c creances -n "__fish_creances_using_subcommand task; and not __fish_seen_subcommand_from list done help" -f -a "done" -d 'Mark a task done'
complete -c creances -n "__fish_creances_using_subcommand task; and not __fish_seen_subcommand_from list done help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c creances -n "__fish_creances_using_subcommand task; and __fish_seen_subcommand_from list" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand task; and __fish_seen_subcommand_from list" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand task; and __fish_seen_subcommand_from list" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand task; and __fish_seen_subcommand_from list" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand task; and __fish_seen_subcommand_from list" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand task; and __fish_seen_subcommand_from list" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand task; and __fish_seen_subcommand_from list" -l all -d 'Include the tasks already done'
complete -c creances -n "__fish_creances_using_subcommand task; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand task; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand task; and __fish_seen_subcommand_from done" -l note -d 'What came of it ("promised payment by Friday")' -r
complete -c creances -n "__fish_creances_using_subcommand task; and __fish_seen_subcommand_from done" -l date -d 'Day it was done (default: today or --as-of)' -r
complete -c creances -n "__fish_creances_using_subcommand task; and __fish_seen_subcommand_from done" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand task; and __fish_seen_subcommand_from done" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand task; and __fish_seen_subcommand_from done" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand task; and __fish_seen_subcommand_from done" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand task; and __fish_seen_subcommand_from done" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand task; and __fish_seen_subcommand_from done" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand task; and __fish_seen_subcommand_from done" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand task; and __fish_seen_subcommand_from done" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand task; and __fish_seen_subcommand_from help" -f -a "list" -d 'Open tasks, oldest first (--all for done ones too)'
complete -c creances -n "__fish_creances_using_subcommand task; and __fish_seen_subcommand_from help" -f -a "done" -d 'Mark a task done'
complete -c creances -n "__fish_creances_using_subcommand task; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c creances -n "__fish_creances_using_subcommand backup" -l out -d 'The copy [default: LEDGER-backups/LEDGER-DAY.sqlite beside the ledger]' -r -F
complete -c creances -n "__fish_creances_using_subcommand backup" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand backup" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand backup" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand backup" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand backup" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand backup" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand backup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand backup" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand period; and not __fish_seen_subcommand_from close help" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand period; and not __fish_seen_subcommand_from close help" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand period; and not __fish_seen_subcommand_from close help" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand period; and not __fish_seen_subcommand_from close help" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand period; and not __fish_seen_subcommand_from close help" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand period; and not __fish_seen_subcommand_from close help" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand period; and not __fish_seen_subcommand_from close help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand period; and not __fish_seen_subcommand_from close help" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand period; and not __fish_seen_subcommand_from close help" -f -a "close" -d 'Close the books up to a day (inclusive): nothing may be recorded on or before it'
complete -c creances -n "__fish_creances_using_subcommand period; and not __fish_seen_subcommand_from close help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c creances -n "__fish_creances_using_subcommand period; and __fish_seen_subcommand_from close" -l until -d 'Last day of the closed period, e.g. the end of the fiscal year handed to the accountant' -r
complete -c creances -n "__fish_creances_using_subcommand period; and __fish_seen_subcommand_from close" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand period; and __fish_seen_subcommand_from close" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand period; and __fish_seen_subcommand_from close" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand period; and __fish_seen_subcommand_from close" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand period; and __fish_seen_subcommand_from close" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand period; and __fish_seen_subcommand_from close" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand period; and __fish_seen_subcommand_from close" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand period; and __fish_seen_subcommand_from close" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand period; and __fish_seen_subcommand_from help" -f -a "close" -d 'Close the books up to a day (inclusive): nothing may be recorded on or before it'
complete -c creances -n "__fish_creances_using_subcommand period; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c creances -n "__fish_creances_using_subcommand verify" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand verify" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand verify" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand verify" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand verify" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand verify" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand verify" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand demo" -l customers -d 'Instead of the demo, a synthetic ledger of this many customers (for benchmarks)' -r
complete -c creances -n "__fish_creances_using_subcommand demo" -l invoices -d 'Number of invoices of the synthetic ledger, spread over ten years' -r
complete -c creances -n "__fish_creances_using_subcommand demo" -l seed -d 'Seed of the synthetic ledger: the same seed gives the same ledger' -r
complete -c creances -n "__fish_creances_using_subcommand demo" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand demo" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand demo" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand demo" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand demo" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand demo" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand demo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand demo" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand completions" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand completions" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand completions" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand completions" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand completions" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand completions" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand completions" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand manpage" -l db -d 'The ledger file [default: $CREANCES_DB, else the platform data dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand manpage" -l as-of -d 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it' -r
complete -c creances -n "__fish_creances_using_subcommand manpage" -l format -d 'Output format: table for humans, csv or json for scripts' -r -f -a "table\t''
csv\t''
json\t''"
complete -c creances -n "__fish_creances_using_subcommand manpage" -l color -d 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never' -r -f -a "auto\t'On a terminal, unless NO_COLOR is set'
always\t'Always, even into a pipe or with NO_COLOR'
never\t'Never'"
complete -c creances -n "__fish_creances_using_subcommand manpage" -l config -d 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]' -r -F
complete -c creances -n "__fish_creances_using_subcommand manpage" -l lang -d 'Language of the interface: fr or en [default: the config\'s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]' -r -f -a "en\t''
fr\t''"
complete -c creances -n "__fish_creances_using_subcommand manpage" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c creances -n "__fish_creances_using_subcommand manpage" -s V -l version -d 'Print version'
complete -c creances -n "__fish_creances_using_subcommand help; and not __fish_seen_subcommand_from init company customer product offer invoice delivery collect payment report export dunning recurring daily import task backup period verify demo completions manpage help" -f -a "init" -d 'Create a new ledger with the company\'s identity'
complete -c creances -n "__fish_creances_using_subcommand help; and not __fish_seen_subcommand_from init company customer product offer invoice delivery collect payment report export dunning recurring daily import task backup period verify demo completions manpage help" -f -a "company" -d 'The company\'s identity printed on documents: show or change it'
complete -c creances -n "__fish_creances_using_subcommand help; and not __fish_seen_subcommand_from init company customer product offer invoice delivery collect payment report export dunning recurring daily import task backup period verify demo completions manpage help" -f -a "customer" -d 'Customers: add, edit, list, block, statements of account and SEPA mandates'
complete -c creances -n "__fish_creances_using_subcommand help; and not __fish_seen_subcommand_from init company customer product offer invoice delivery collect payment report export dunning recurring daily import task backup period verify demo completions manpage help" -f -a "product" -d 'The catalogue of products and services that document lines name as `@SKU`'
complete -c creances -n "__fish_creances_using_subcommand help; and not __fish_seen_subcommand_from init company customer product offer invoice delivery collect payment report export dunning recurring daily import task backup period verify demo completions manpage help" -f -a "offer" -d 'Quotes (devis): create, accept into an invoice, decline, print, mail'
complete -c creances -n "__fish_creances_using_subcommand help; and not __fish_seen_subcommand_from init company customer product offer invoice delivery collect payment report export dunning recurring daily import task backup period verify demo completions manpage help" -f -a "invoice" -d 'Invoices and credit notes: drafts, issue, payments, PDF and e-invoice, mail, holds'
complete -c creances -n "__fish_creances_using_subcommand help; and not __fish_seen_subcommand_from init company customer product offer invoice delivery collect payment report export dunning recurring daily import task backup period verify demo completions manpage help" -f -a "delivery" -d 'Delivery notes (bons de livraison), later billed by one recap invoice'
complete -c creances -n "__fish_creances_using_subcommand help; and not __fish_seen_subcommand_from init company customer product offer invoice delivery collect payment report export dunning recurring daily import task backup period verify demo completions manpage help" -f -a "collect" -d 'Collect by SEPA direct debit: the bank file of the invoices due'
complete -c creances -n "__fish_creances_using_subcommand help; and not __fish_seen_subcommand_from init company customer product offer invoice delivery collect payment report export dunning recurring daily import task backup period verify demo completions manpage help" -f -a "payment" -d 'Payments received: record, list, apply credit, match bank credits to invoices'
complete -c creances -n "__fish_creances_using_subcommand help; and not __fish_seen_subcommand_from init company customer product offer invoice delivery collect payment report export dunning recurring daily import task backup period verify demo completions manpage help" -f -a "report" -d 'Reports on receivables: aging, payment delays, revenue, forecast, dashboard'
complete -c creances -n "__fish_creances_using_subcommand help; and not __fish_seen_subcommand_from init company customer product offer invoice delivery collect payment report export dunning recurring daily import task backup period verify demo completions manpage help" -f -a "export" -d 'Exports for the accountant and spreadsheets: FEC, entries, invoices'
complete -c creances -n "__fish_creances_using_subcommand help; and not __fish_seen_subcommand_from init company customer product offer invoice delivery collect payment report export dunning recurring daily import task backup period verify demo completions manpage help" -f -a "dunning" -d 'Payment reminders: the daily run, its plan, its log, one reminder now'
complete -c creances -n "__fish_creances_using_subcommand help; and not __fish_seen_subcommand_from init company customer product offer invoice delivery collect payment report export dunning recurring daily import task backup period verify demo completions manpage help" -f -a "recurring" -d 'Subscriptions billed every week, month, quarter or year'
complete -c creances -n "__fish_creances_using_subcommand help; and not __fish_seen_subcommand_from init company customer product offer invoice delivery collect payment report export dunning recurring daily import task backup period verify demo completions manpage help" -f -a "daily" -d 'The cron line: the recurring run, then the dunning run, each at most once a day'
complete -c creances -n "__fish_creances_using_subcommand help; and not __fish_seen_subcommand_from init company customer product offer invoice delivery collect payment report export dunning recurring daily import task backup period verify demo completions manpage help" -f -a "import" -d 'Import customers, invoices, payments and bank statements from files'
complete -c creances -n "__fish_creances_using_subcommand help; and not __fish_seen_subcommand_from init company customer product offer invoice delivery collect payment report export dunning recurring daily import task backup period verify demo completions manpage help" -f -a "task" -d 'To-dos the dunning steps leave for you (call the customer), and marking them done'
complete -c creances -n "__fish_creances_using_subcommand help; and not __fish_seen_subcommand_from init company customer product offer invoice delivery collect payment report export dunning recurring daily import task backup period verify demo completions manpage help" -f -a "backup" -d 'Copy the whole ledger (one consistent snapshot, checked to read back) to restore from'
complete -c creances -n "__fish_creances_using_subcommand help; and not __fish_seen_subcommand_from init company customer product offer invoice delivery collect payment report export dunning recurring daily import task backup period verify demo completions manpage help" -f -a "period" -d 'Close accounting periods: nothing is recorded on or before a closed day'
complete -c creances -n "__fish_creances_using_subcommand help; and not __fish_seen_subcommand_from init company customer product offer invoice delivery collect payment report export dunning recurring daily import task backup period verify demo completions manpage help" -f -a "verify" -d 'Check the audit log\'s chain, every recorded fact and the archived PDFs (exit 1 if anything was changed)'
complete -c creances -n "__fish_creances_using_subcommand help; and not __fish_seen_subcommand_from init company customer product offer invoice delivery collect payment report export dunning recurring daily import task backup period verify demo completions manpage help" -f -a "demo" -d 'Build a demo ledger (a dozen customers, a year of invoices) and show it'
complete -c creances -n "__fish_creances_using_subcommand help; and not __fish_seen_subcommand_from init company customer product offer invoice delivery collect payment report export dunning recurring daily import task backup period verify demo completions manpage help" -f -a "completions" -d 'Print the shell completion script (bash, zsh, fish, powershell, elvish)'
complete -c creances -n "__fish_creances_using_subcommand help; and not __fish_seen_subcommand_from init company customer product offer invoice delivery collect payment report export dunning recurring daily import task backup period verify demo completions manpage help" -f -a "manpage" -d 'Print the manual page (roff) of creances or of a command: `creances manpage invoice send | man -l -`'
complete -c creances -n "__fish_creances_using_subcommand help; and not __fish_seen_subcommand_from init company customer product offer invoice delivery collect payment report export dunning recurring daily import task backup period verify demo completions manpage help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from company" -f -a "show" -d 'Show the company\'s identity'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from company" -f -a "set" -d 'Change the company\'s identity (only the fields given)'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "add" -d 'Add a customer'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "edit" -d 'Change a customer\'s details (only the fields given)'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "list" -d 'Every customer with open balance, amount overdue and status (ok, late, blocked)'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "show" -d 'One customer and its history with a running balance'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "block" -d 'Refuse new quotes and invoices for this customer (unless --force)'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "unblock" -d 'Accept new quotes and invoices again'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "statement" -d 'Statement of account (relevé): invoices, credit notes, payments and a running balance'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from customer" -f -a "mandate" -d 'SEPA direct-debit mandates'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from product" -f -a "add" -d 'Add a catalogue item'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from product" -f -a "list" -d 'The catalogue'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from product" -f -a "edit" -d 'Change an item (only the fields given); documents already made keep their lines'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from offer" -f -a "create" -d 'Create a quote, numbered in its own series (DEV-2026-0001)'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from offer" -f -a "list" -d 'Quotes with their status (open, expired, accepted, declined)'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from offer" -f -a "show" -d 'One quote with its lines'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from offer" -f -a "accept" -d 'Accept a quote: a draft invoice with every line (issued at once with --issue), or with --deposit a deposit invoice (facture d\'acompte), issued at once'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from offer" -f -a "invoice" -d 'The final invoice of a quote accepted with a deposit: every line, each deposit deducted'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from offer" -f -a "decline" -d 'Decline a quote'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from offer" -f -a "pdf" -d 'Write the quote\'s PDF'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from offer" -f -a "send" -d 'Mail the quote\'s PDF to the customer with a cover message'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "create" -d 'Create a draft invoice (no number until it is issued)'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "group" -d 'One invoice of several delivery notes of a customer (a recap invoice, facture récapitulative): its lines under each note\'s number and date'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "edit" -d 'Change a draft (issued invoices are immutable: make a credit note)'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "delete" -d 'Delete a draft'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "issue" -d 'Issue a draft: next number of its series, due date from the terms, content frozen'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "list" -d 'Invoices with status, balance and days late'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "show" -d 'One invoice with its lines and its story: sends, payments, credit notes, reminders, holds'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "pay" -d 'Record a payment of this invoice'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "credit" -d 'Issue a credit note (avoir) against an invoice, full or partial'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "write-off" -d 'Write the remaining balance off as bad debt'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "pdf" -d 'Write the PDF (an issued invoice\'s first PDF is archived; later ones are compared with it)'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "xml" -d 'Write the e-invoice of an issued invoice or credit note: its CII XML (Factur-X, EN 16931)'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "send" -d 'Mail the PDF to the customer with a cover message (a draft is issued first)'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "mark-sent" -d 'Record that the invoice was sent to the customer (by other means than `invoice send`)'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "hold" -d 'Hold a disputed invoice: no reminder until released (it stays in every balance)'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from invoice" -f -a "release" -d 'End a hold: reminders resume'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from delivery" -f -a "create" -d 'Make a delivery note, numbered at once (BL-2026-0001) and never changed after'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from delivery" -f -a "list" -d 'Delivery notes with the invoice that bills each'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from delivery" -f -a "show" -d 'One delivery note with its lines'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from delivery" -f -a "pdf" -d 'Write the delivery note\'s PDF (quantities delivered, no amount due)'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from collect" -f -a "sepa" -d 'Write the SEPA direct-debit file (pain.008.001.02) of the invoices due by a day and mark them pending collection; a second run skips them'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from payment" -f -a "add" -d 'Record a payment from a customer, settling its oldest invoices first'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from payment" -f -a "list" -d 'Payments with what each settled'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from payment" -f -a "apply" -d 'Apply a customer\'s credit (an overpayment, a payment freed by a credit note) to its open invoices, oldest first, or to the one given'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from payment" -f -a "match" -d 'Match imported bank credits to open invoices: the invoice number in the text first, then the amount of one open invoice of the payer, then the sum of several; shows what would be recorded unless --auto or --interactive'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from payment" -f -a "unmatched" -d 'Bank credits not matched to invoices yet, with what the matcher makes of them'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "aging" -d 'Open balances in buckets: not yet due, 1-30, 31-60, 61-90, over 90 days late'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "dmp" -d 'Délai moyen de paiement (amount-weighted days from issue to payment) and DSO'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "split" -d 'Paid / pending / dunning: counts, amounts and shares'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "kpis" -d 'Invoiced vs collected, unpaid rate, lateness, receivables over 90 days, payers'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "revenue" -d 'Net revenue (excl. VAT, credit notes subtracted) by product, customer or month'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "forecast" -d 'Expected cash-in per week, from each customer\'s own past delay'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "payers" -d 'Every customer\'s payment score, worst first, with what it is made of'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "dashboard" -d 'The morning\'s figures from one read of the ledger: receivables, overdue, DMP and DSO with their trend, aging, split, forecast, worst and best payers, today\'s dunning'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "trends" -d 'Charts by month: DMP and DSO, invoiced vs collected, and how many customers have each score grade'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "fec" -d 'Fichier des écritures comptables: the period\'s entries, as the tax office and accounting software read them'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "entries" -d 'The same entries as a spreadsheet-friendly CSV (UTF-8 with BOM, `;`, decimal comma)'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from export" -f -a "invoices" -d 'One line per invoice with its status and balance (CSV for spreadsheets)'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from dunning" -f -a "run" -d 'Send what is due today, one mail per customer (for cron: exit 0 done, 1 some sends failed and will be retried, 2 bad usage, 3 ledger locked)'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from dunning" -f -a "plan" -d 'What the runs of the next days will do, if nothing is paid meanwhile'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from dunning" -f -a "log" -d 'What was sent, skipped, failed or planned'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from dunning" -f -a "send" -d 'Send an invoice\'s current reminder now; it counts as that step'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from dunning" -f -a "resend" -d 'Send again, with the next run, a reminder whose send was interrupted (uncertain)'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from recurring" -f -a "add" -d 'Bill a customer every week, month, quarter or year (`recurring run` makes the invoices)'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from recurring" -f -a "list" -d 'Subscriptions with their next period and state'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from recurring" -f -a "show" -d 'One subscription with its lines, revisions, pauses and invoices'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from recurring" -f -a "pause" -d 'Stop billing from today (or --as-of) until resumed: the periods in between are never billed'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from recurring" -f -a "resume" -d 'Bill again from today (or --as-of)'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from recurring" -f -a "end" -d 'End a subscription: no period starts after --on (default: today or --as-of)'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from recurring" -f -a "edit" -d 'Change a subscription from a day on: its lines (--line, --from), its limit (--end, --count), --issue/--send, its day of month; billed periods never change, and `recurring show` lists each edit'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from recurring" -f -a "run" -d 'Make the invoice of every period due, catching up missed days (for cron: exit 0 done, 1 some invoices not issued or not sent, 2 bad usage, 3 ledger locked)'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from import" -f -a "customers" -d 'Customers from a CSV file (code, name, kind, email, address, siren, vat_number, payment_terms_days, language, iban); codes already in the ledger are left as they are'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from import" -f -a "invoices" -d 'Invoices from another tool, with their own numbers and dates (number, customer, issue_date, total; due_date, net, vat, currency, exchange_rate, paid, paid_on...); marked imported'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from import" -f -a "payments" -d 'Payments received (date, customer, amount; method, reference, invoice, external_id)'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from import" -f -a "bank" -d 'A bank statement: CSV export (columns from [bank] in the config), CAMT.053 or OFX; each bank line is stored once, then `creances payment match` pays invoices with it'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from task" -f -a "list" -d 'Open tasks, oldest first (--all for done ones too)'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from task" -f -a "done" -d 'Mark a task done'
complete -c creances -n "__fish_creances_using_subcommand help; and __fish_seen_subcommand_from period" -f -a "close" -d 'Close the books up to a day (inclusive): nothing may be recorded on or before it'
