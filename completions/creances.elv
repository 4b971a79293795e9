
use builtin;
use str;

set edit:completion:arg-completer[creances] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'creances'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'creances'= {
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create a new ledger with the company''s identity'
            cand company 'The company''s identity printed on documents: show or change it'
            cand customer 'Customers: add, edit, list, block, statements of account and SEPA mandates'
            cand product 'The catalogue of products and services that document lines name as `@SKU`'
            cand offer 'Quotes (devis): create, accept into an invoice, decline, print, mail'
            cand invoice 'Invoices and credit notes: drafts, issue, payments, PDF and e-invoice, mail, holds'
            cand delivery 'Delivery notes (bons de livraison), later billed by one recap invoice'
            cand collect 'Collect by SEPA direct debit: the bank file of the invoices due'
            cand payment 'Payments received: record, list, apply credit, match bank credits to invoices'
            cand report 'Reports on receivables: aging, payment delays, revenue, forecast, dashboard'
            cand export 'Exports for the accountant and spreadsheets: FEC, entries, invoices'
            cand dunning 'Payment reminders: the daily run, its plan, its log, one reminder now'
            cand recurring 'Subscriptions billed every week, month, quarter or year'
            cand daily 'The cron line: the recurring run, then the dunning run, each at most once a day'
            cand import 'Import customers, invoices, payments and bank statements from files'
            cand task 'To-dos the dunning steps leave for you (call the customer), and marking them done'
            cand backup 'Copy the whole ledger (one consistent snapshot, checked to read back) to restore from'
            cand period 'Close accounting periods: nothing is recorded on or before a closed day'
            cand verify 'Check the audit log''s chain, every recorded fact and the archived PDFs (exit 1 if anything was changed)'
            cand demo 'Build a demo ledger (a dozen customers, a year of invoices) and show it'
            cand completions 'Print the shell completion script (bash, zsh, fish, powershell, elvish)'
            cand manpage 'Print the manual page (roff) of creances or of a command: `creances manpage invoice send | man -l -`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'creances;init'= {
            cand --name 'Company name as printed on invoices'
            cand --address 'Postal address (use \n or several --address lines for line breaks)'
            cand --siren 'SIREN: nine digits'
            cand --vat-number 'Intra-EU VAT number, e.g. FR40303265045'
            cand --vat-franchise 'VAT franchise (CGI art. 293 B): no VAT on documents; `--vat-franchise false` to leave it'
            cand --iban 'IBAN printed for payment by transfer'
            cand --bic 'BIC (SWIFT code) of the bank holding the IBAN, printed beside it'
            cand --email 'Sender address of mails to customers'
            cand --phone 'Phone number printed on documents and mails'
            cand --legal-form 'Legal form and capital, e.g. "SAS au capital de 10 000 €"'
            cand --terms 'Default payment terms in days after issue (0 to 60)'
            cand --penalty-rate 'Late-payment rate in percent per year; `legal` for the ECB rate + 10 points'
            cand --currency 'ISO 4217 currency code'
            cand --sepa-creditor-id 'SEPA creditor identifier (ICS) for direct debits, e.g. FR72ZZZ123456'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;company'= {
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Show the company''s identity'
            cand set 'Change the company''s identity (only the fields given)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'creances;company;show'= {
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;company;set'= {
            cand --name 'Company name as printed on invoices'
            cand --address 'Postal address (use \n or several --address lines for line breaks)'
            cand --siren 'SIREN: nine digits'
            cand --vat-number 'Intra-EU VAT number, e.g. FR40303265045'
            cand --vat-franchise 'VAT franchise (CGI art. 293 B): no VAT on documents; `--vat-franchise false` to leave it'
            cand --iban 'IBAN printed for payment by transfer'
            cand --bic 'BIC (SWIFT code) of the bank holding the IBAN, printed beside it'
            cand --email 'Sender address of mails to customers'
            cand --phone 'Phone number printed on documents and mails'
            cand --legal-form 'Legal form and capital, e.g. "SAS au capital de 10 000 €"'
            cand --terms 'Default payment terms in days after issue (0 to 60)'
            cand --penalty-rate 'Late-payment rate in percent per year; `legal` for the ECB rate + 10 points'
            cand --currency 'ISO 4217 currency code'
            cand --sepa-creditor-id 'SEPA creditor identifier (ICS) for direct debits, e.g. FR72ZZZ123456'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;company;help'= {
            cand show 'Show the company''s identity'
            cand set 'Change the company''s identity (only the fields given)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'creances;company;help;show'= {
        }
        &'creances;company;help;set'= {
        }
        &'creances;company;help;help'= {
        }
        &'creances;customer'= {
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a customer'
            cand edit 'Change a customer''s details (only the fields given)'
            cand list 'Every customer with open balance, amount overdue and status (ok, late, blocked)'
            cand show 'One customer and its history with a running balance'
            cand block 'Refuse new quotes and invoices for this customer (unless --force)'
            cand unblock 'Accept new quotes and invoices again'
            cand statement 'Statement of account (relevé): invoices, credit notes, payments and a running balance'
            cand mandate 'SEPA direct-debit mandates'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'creances;customer;add'= {
            cand --code 'Short code used in every command (made from the name when absent)'
            cand --name 'Company or person name'
            cand --kind 'business or individual'
            cand --email 'Where invoices and reminders are mailed'
            cand --address 'Postal address (\n for line breaks)'
            cand --siren 'SIREN (business customers)'
            cand --vat-number 'Intra-EU VAT number'
            cand --terms 'Payment terms in days (0 to 60); `default` for the company''s'
            cand --profile 'Dunning profile: standard, vip, new or late_payer'
            cand --language 'Language of documents and mails: fr or en'
            cand --credit-limit 'The most the customer may owe before a new quote or invoice needs --force; `none` for no limit'
            cand --collect 'How its invoices are paid by default: transfer, or direct-debit (under its SEPA mandate)'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;customer;edit'= {
            cand --name 'Company or person name'
            cand --kind 'business or individual'
            cand --email 'Where invoices and reminders are mailed'
            cand --address 'Postal address (\n for line breaks)'
            cand --siren 'SIREN (business customers)'
            cand --vat-number 'Intra-EU VAT number'
            cand --terms 'Payment terms in days (0 to 60); `default` for the company''s'
            cand --profile 'Dunning profile: standard, vip, new or late_payer'
            cand --language 'Language of documents and mails: fr or en'
            cand --credit-limit 'The most the customer may owe before a new quote or invoice needs --force; `none` for no limit'
            cand --collect 'How its invoices are paid by default: transfer, or direct-debit (under its SEPA mandate)'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;customer;list'= {
            cand --status 'Only customers with this status: ok, late or blocked'
            cand --sort 'Order: by code, or by payment score (worst first, new customers last)'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;customer;show'= {
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;customer;block'= {
            cand --reason 'Why (shown when a new invoice is refused)'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;customer;unblock'= {
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;customer;statement'= {
            cand --from 'First day shown; what came before is the opening balance'
            cand --out 'The file to write: a PDF with --pdf, else an Excel workbook (FILE.xlsx)'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand --pdf 'Write the statement as a PDF to send the customer (into the documents folder beside the ledger, or to --out)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;customer;mandate'= {
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Record a customer''s signed SEPA direct-debit mandate (the latest one is used)'
            cand list 'Mandates, with how many collections each made'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'creances;customer;mandate;add'= {
            cand --iban 'The account debited (checked: country length and mod-97 key)'
            cand --bic 'The debtor''s bank'
            cand --reference 'The unique mandate reference (RUM) printed on the signed mandate'
            cand --signed 'The day the customer signed it'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand --recurrent 'For every collection until revoked (the default)'
            cand --one-off 'For one collection only'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;customer;mandate;list'= {
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;customer;mandate;help'= {
            cand add 'Record a customer''s signed SEPA direct-debit mandate (the latest one is used)'
            cand list 'Mandates, with how many collections each made'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'creances;customer;mandate;help;add'= {
        }
        &'creances;customer;mandate;help;list'= {
        }
        &'creances;customer;mandate;help;help'= {
        }
        &'creances;customer;help'= {
            cand add 'Add a customer'
            cand edit 'Change a customer''s details (only the fields given)'
            cand list 'Every customer with open balance, amount overdue and status (ok, late, blocked)'
            cand show 'One customer and its history with a running balance'
            cand block 'Refuse new quotes and invoices for this customer (unless --force)'
            cand unblock 'Accept new quotes and invoices again'
            cand statement 'Statement of account (relevé): invoices, credit notes, payments and a running balance'
            cand mandate 'SEPA direct-debit mandates'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'creances;customer;help;add'= {
        }
        &'creances;customer;help;edit'= {
        }
        &'creances;customer;help;list'= {
        }
        &'creances;customer;help;show'= {
        }
        &'creances;customer;help;block'= {
        }
        &'creances;customer;help;unblock'= {
        }
        &'creances;customer;help;statement'= {
        }
        &'creances;customer;help;mandate'= {
            cand add 'Record a customer''s signed SEPA direct-debit mandate (the latest one is used)'
            cand list 'Mandates, with how many collections each made'
        }
        &'creances;customer;help;mandate;add'= {
        }
        &'creances;customer;help;mandate;list'= {
        }
        &'creances;customer;help;help'= {
        }
        &'creances;product'= {
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a catalogue item'
            cand list 'The catalogue'
            cand edit 'Change an item (only the fields given); documents already made keep their lines'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'creances;product;add'= {
            cand --sku 'Short reference used as `@SKU` in lines'
            cand --name 'Designation printed on documents'
            cand --price 'Unit price excluding VAT'
            cand --vat 'VAT rate in percent (20, 10, 5.5, 2.1, 0)'
            cand --unit 'Unit, e.g. jour, heure, pièce'
            cand --kind 'service or goods (sales account 706 or 707)'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;product;list'= {
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;product;edit'= {
            cand --name 'Designation printed on documents'
            cand --price 'Unit price excluding VAT'
            cand --vat 'VAT rate in percent (20, 10, 5.5, 2.1, 0)'
            cand --unit 'Unit, e.g. jour, heure, pièce'
            cand --kind 'service or goods (sales account 706 or 707)'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;product;help'= {
            cand add 'Add a catalogue item'
            cand list 'The catalogue'
            cand edit 'Change an item (only the fields given); documents already made keep their lines'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'creances;product;help;add'= {
        }
        &'creances;product;help;list'= {
        }
        &'creances;product;help;edit'= {
        }
        &'creances;product;help;help'= {
        }
        &'creances;offer'= {
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a quote, numbered in its own series (DEV-2026-0001)'
            cand list 'Quotes with their status (open, expired, accepted, declined)'
            cand show 'One quote with its lines'
            cand accept 'Accept a quote: a draft invoice with every line (issued at once with --issue), or with --deposit a deposit invoice (facture d''acompte), issued at once'
            cand invoice 'The final invoice of a quote accepted with a deposit: every line, each deposit deducted'
            cand decline 'Decline a quote'
            cand pdf 'Write the quote''s PDF'
            cand send 'Mail the quote''s PDF to the customer with a cover message'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'creances;offer;create'= {
            cand --customer 'Customer code'
            cand --line 'A line: "DESIGNATION;QTY;UNIT_PRICE;VAT_RATE[;-DISCOUNT][;goods]" or "@SKU;QTY[;-DISCOUNT]", the discount a percentage (-10%) or an amount (-50) (repeatable)'
            cand --date 'Date of the quote (default: today or --as-of)'
            cand --valid-until 'Last day the quote can be accepted (default: 30 days after its date)'
            cand --notes 'A note printed on the quote'
            cand --discount 'A discount off the whole quote, shared over its VAT rates: a percentage (5%) or an amount (150)'
            cand --series 'Numbering series (default DEV)'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand --prices-include-vat 'Unit prices include VAT'
            cand --force 'Quote a blocked customer all the same'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;offer;list'= {
            cand --customer 'Only this customer''s quotes (customer code)'
            cand --status 'open, expired, accepted or declined'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;offer;show'= {
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;offer;accept'= {
            cand --date 'Issue date with --issue (default: today or --as-of)'
            cand --series 'Invoice series (default FACT)'
            cand --deposit 'Ask a deposit instead: a percentage of the total including VAT (30%) or an amount including VAT; the deposit invoice is issued at once (on --date, else today)'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand --issue 'Issue the invoice at once'
            cand --force 'Invoice a blocked customer all the same'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;offer;invoice'= {
            cand --date 'Issue date with --issue (default: today or --as-of)'
            cand --series 'Invoice series (default FACT)'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand --final 'The final invoice: the quote''s total less each deposit invoiced'
            cand --issue 'Issue it at once'
            cand --force 'Invoice a blocked customer all the same'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;offer;decline'= {
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;offer;pdf'= {
            cand --out 'Write the PDF here [default: the documents folder beside the ledger]'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand --proforma 'Print it as a pro-forma invoice ("Facture pro forma"): no number, not an accounting document, no e-invoice inside (DEV-...-proforma.pdf)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;offer;send'= {
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;offer;help'= {
            cand create 'Create a quote, numbered in its own series (DEV-2026-0001)'
            cand list 'Quotes with their status (open, expired, accepted, declined)'
            cand show 'One quote with its lines'
            cand accept 'Accept a quote: a draft invoice with every line (issued at once with --issue), or with --deposit a deposit invoice (facture d''acompte), issued at once'
            cand invoice 'The final invoice of a quote accepted with a deposit: every line, each deposit deducted'
            cand decline 'Decline a quote'
            cand pdf 'Write the quote''s PDF'
            cand send 'Mail the quote''s PDF to the customer with a cover message'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'creances;offer;help;create'= {
        }
        &'creances;offer;help;list'= {
        }
        &'creances;offer;help;show'= {
        }
        &'creances;offer;help;accept'= {
        }
        &'creances;offer;help;invoice'= {
        }
        &'creances;offer;help;decline'= {
        }
        &'creances;offer;help;pdf'= {
        }
        &'creances;offer;help;send'= {
        }
        &'creances;offer;help;help'= {
        }
        &'creances;invoice'= {
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a draft invoice (no number until it is issued)'
            cand group 'One invoice of several delivery notes of a customer (a recap invoice, facture récapitulative): its lines under each note''s number and date'
            cand edit 'Change a draft (issued invoices are immutable: make a credit note)'
            cand delete 'Delete a draft'
            cand issue 'Issue a draft: next number of its series, due date from the terms, content frozen'
            cand list 'Invoices with status, balance and days late'
            cand show 'One invoice with its lines and its story: sends, payments, credit notes, reminders, holds'
            cand pay 'Record a payment of this invoice'
            cand credit 'Issue a credit note (avoir) against an invoice, full or partial'
            cand write-off 'Write the remaining balance off as bad debt'
            cand pdf 'Write the PDF (an issued invoice''s first PDF is archived; later ones are compared with it)'
            cand xml 'Write the e-invoice of an issued invoice or credit note: its CII XML (Factur-X, EN 16931)'
            cand send 'Mail the PDF to the customer with a cover message (a draft is issued first)'
            cand mark-sent 'Record that the invoice was sent to the customer (by other means than `invoice send`)'
            cand hold 'Hold a disputed invoice: no reminder until released (it stays in every balance)'
            cand release 'End a hold: reminders resume'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'creances;invoice;create'= {
            cand --customer 'Customer code'
            cand --line 'A line: "DESIGNATION;QTY;UNIT_PRICE;VAT_RATE[;-DISCOUNT][;goods]" or "@SKU;QTY[;-DISCOUNT]", the discount a percentage (-10%) or an amount (-50) (repeatable)'
            cand --series 'Numbering series (default FACT)'
            cand --terms 'Payment terms in days after issue (default: the customer''s, else the company''s)'
            cand --penalty-rate 'Late-payment rate in percent per year for this invoice'
            cand --po 'The customer''s purchase-order number'
            cand --notes 'A note printed on the invoice'
            cand --delivered 'When the goods were delivered or the service done, if not on the issue date: a day (2026-03-15) or a period (2026-03-01..2026-03-31)'
            cand --deliver-to 'The delivery address, when it is not the customer''s (\n for line breaks)'
            cand --currency 'The invoice''s currency (ISO 4217, e.g. USD; default: the company''s)'
            cand --discount 'A discount off the whole invoice, shared over its VAT rates: a percentage (5%) or an amount (150); `none` takes it away (edit)'
            cand --collect 'How it is paid: transfer, or direct-debit under the customer''s SEPA mandate (default: the customer''s way)'
            cand --from-offers 'Invoice these quotes together, comma-separated (DEV-2026-0001,DEV-2026-0002): their lines under each quote''s number; an open quote is accepted on the way'
            cand --from-offer 'Invoice this quote (DEV-2026-0001), as --from-offers does for one; a quote with deposits gets its final invoice, deducting them'
            cand --date 'Issue date with --issue (default: today or --as-of)'
            cand --rate 'With --issue, for an invoice in another currency: how many units of it one unit of the accounting currency buys (default: the rates file''s rate of the issue date)'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand --prices-include-vat 'Unit prices include VAT (VAT is then taken out per rate)'
            cand --issue 'Issue it at once'
            cand --force 'Invoice a blocked customer all the same'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;invoice;group'= {
            cand --customer 'Customer code'
            cand --deliveries 'The delivery notes to invoice, comma-separated (BL-2026-0001,BL-2026-0002)'
            cand --until 'Every delivery note of the customer not invoiced yet, dated on or before this day'
            cand --series 'Numbering series (default FACT)'
            cand --date 'Issue date with --issue (default: today or --as-of)'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand --issue 'Issue it at once'
            cand --force 'Invoice a blocked customer all the same'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;invoice;edit'= {
            cand --customer 'Another customer code'
            cand --line 'A line: "DESIGNATION;QTY;UNIT_PRICE;VAT_RATE[;-DISCOUNT][;goods]" or "@SKU;QTY[;-DISCOUNT]", the discount a percentage (-10%) or an amount (-50) (repeatable)'
            cand --series 'Numbering series (default FACT)'
            cand --terms 'Payment terms in days after issue (default: the customer''s, else the company''s)'
            cand --penalty-rate 'Late-payment rate in percent per year for this invoice'
            cand --po 'The customer''s purchase-order number'
            cand --notes 'A note printed on the invoice'
            cand --delivered 'When the goods were delivered or the service done, if not on the issue date: a day (2026-03-15) or a period (2026-03-01..2026-03-31)'
            cand --deliver-to 'The delivery address, when it is not the customer''s (\n for line breaks)'
            cand --currency 'The invoice''s currency (ISO 4217, e.g. USD; default: the company''s)'
            cand --discount 'A discount off the whole invoice, shared over its VAT rates: a percentage (5%) or an amount (150); `none` takes it away (edit)'
            cand --collect 'How it is paid: transfer, or direct-debit under the customer''s SEPA mandate (default: the customer''s way)'
            cand --add-line 'Add lines instead of replacing them all with --line'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand --prices-include-vat 'Unit prices include VAT (VAT is then taken out per rate)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;invoice;delete'= {
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;invoice;issue'= {
            cand --date 'Issue date (default: today or --as-of)'
            cand --rate 'For an invoice in another currency: how many units of it one unit of the accounting currency buys, fixed on the invoice (default: the rates file''s rate of the issue date)'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand --force 'Issue for a blocked customer all the same'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;invoice;list'= {
            cand --status 'Only this status: draft, unsent, sent, overdue, partially_paid, paid, credited, written_off, or pending_collection (a SEPA debit made, its money not on a statement yet)'
            cand --customer 'Only this customer'
            cand --from 'Issued on or after'
            cand --to 'Issued on or before'
            cand --search 'Only those whose number or customer (code or name) contains TEXT, or whose total or balance is the amount TEXT'
            cand --sort 'The order: issued (as recorded), due, customer, total, balance or days-late'
            cand --limit 'At most N invoices, after sorting'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand --overdue 'Only invoices past their due date with a balance'
            cand --credit-notes 'List credit notes instead of invoices'
            cand --desc 'Largest (or latest) first'
            cand --no-pager 'Print straight to the terminal: no pager, even for a list longer than the screen (a list is paged only on a terminal, with $PAGER or `less -FRX`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;invoice;show'= {
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;invoice;pay'= {
            cand --amount 'Amount received (default: the balance)'
            cand --date 'Day the money arrived (default: today or --as-of)'
            cand --method 'transfer, check, card, cash, direct_debit or other'
            cand --reference 'Bank reference, cheque number...'
            cand --rate 'For an invoice in another currency: the rate of the day the money arrived (default: the rates file''s)'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand --overpay 'Accept more than the balance and keep the excess as customer credit'
            cand --notify 'Mail the customer a payment receipt (always, if the config says `receipts = true`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;invoice;credit'= {
            cand --amount 'Amount to credit, VAT included (default: all that is not credited yet)'
            cand --line 'Lines to credit: "DESIGNATION;QTY;UNIT_PRICE;VAT_RATE" or "@SKU;QTY" (repeatable)'
            cand --reason 'Why: printed on the credit note'
            cand --date 'Credit note date (default: today or --as-of)'
            cand --series 'Credit-note series (default AV)'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;invoice;write-off'= {
            cand --reason 'Why the debt is lost (liquidation, prescription...)'
            cand --date 'Date of the write-off (default: today or --as-of)'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;invoice;pdf'= {
            cand --since 'With --all: only those issued on or after this day'
            cand --out 'Write the PDF here [default: the documents folder beside the ledger]'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand --all 'Render and archive every issued invoice and credit note that has no PDF yet'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;invoice;xml'= {
            cand --out 'Write the XML here [default: the standard output]'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;invoice;send'= {
            cand --date 'Issue date of a draft (default: today or --as-of)'
            cand --at 'Send it on that day instead of now: `creances daily` sends it (a draft is issued that day)'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand --scheduled 'Make the sends scheduled with --at that are due on today or --as-of, as `creances daily` does, without its other parts (for cron: exit 0 done, 1 some sends failed and will be retried, 2 bad usage or config, 3 ledger locked)'
            cand --force 'Issue a draft all the same for a blocked customer, over its credit limit or under the score floor'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;invoice;mark-sent'= {
            cand --date 'Day it was sent (default: today or --as-of)'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;invoice;hold'= {
            cand --reason 'Why (e.g. "delivery disputed")'
            cand --until 'Last day of the hold (default: until released)'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;invoice;release'= {
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;invoice;help'= {
            cand create 'Create a draft invoice (no number until it is issued)'
            cand group 'One invoice of several delivery notes of a customer (a recap invoice, facture récapitulative): its lines under each note''s number and date'
            cand edit 'Change a draft (issued invoices are immutable: make a credit note)'
            cand delete 'Delete a draft'
            cand issue 'Issue a draft: next number of its series, due date from the terms, content frozen'
            cand list 'Invoices with status, balance and days late'
            cand show 'One invoice with its lines and its story: sends, payments, credit notes, reminders, holds'
            cand pay 'Record a payment of this invoice'
            cand credit 'Issue a credit note (avoir) against an invoice, full or partial'
            cand write-off 'Write the remaining balance off as bad debt'
            cand pdf 'Write the PDF (an issued invoice''s first PDF is archived; later ones are compared with it)'
            cand xml 'Write the e-invoice of an issued invoice or credit note: its CII XML (Factur-X, EN 16931)'
            cand send 'Mail the PDF to the customer with a cover message (a draft is issued first)'
            cand mark-sent 'Record that the invoice was sent to the customer (by other means than `invoice send`)'
            cand hold 'Hold a disputed invoice: no reminder until released (it stays in every balance)'
            cand release 'End a hold: reminders resume'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'creances;invoice;help;create'= {
        }
        &'creances;invoice;help;group'= {
        }
        &'creances;invoice;help;edit'= {
        }
        &'creances;invoice;help;delete'= {
        }
        &'creances;invoice;help;issue'= {
        }
        &'creances;invoice;help;list'= {
        }
        &'creances;invoice;help;show'= {
        }
        &'creances;invoice;help;pay'= {
        }
        &'creances;invoice;help;credit'= {
        }
        &'creances;invoice;help;write-off'= {
        }
        &'creances;invoice;help;pdf'= {
        }
        &'creances;invoice;help;xml'= {
        }
        &'creances;invoice;help;send'= {
        }
        &'creances;invoice;help;mark-sent'= {
        }
        &'creances;invoice;help;hold'= {
        }
        &'creances;invoice;help;release'= {
        }
        &'creances;invoice;help;help'= {
        }
        &'creances;delivery'= {
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Make a delivery note, numbered at once (BL-2026-0001) and never changed after'
            cand list 'Delivery notes with the invoice that bills each'
            cand show 'One delivery note with its lines'
            cand pdf 'Write the delivery note''s PDF (quantities delivered, no amount due)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'creances;delivery;create'= {
            cand --customer 'Customer code'
            cand --line 'A line delivered, at the price it will be invoiced: "DESIGNATION;QTY;UNIT_PRICE;VAT_RATE[;goods]" or "@SKU;QTY" (repeatable)'
            cand --date 'Day of the delivery (default: today or --as-of)'
            cand --notes 'A note printed on the delivery note'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;delivery;list'= {
            cand --customer 'Only this customer'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand --uninvoiced 'Only those no invoice bills yet'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;delivery;show'= {
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;delivery;pdf'= {
            cand --out 'Write the PDF here [default: the documents folder beside the ledger]'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;delivery;help'= {
            cand create 'Make a delivery note, numbered at once (BL-2026-0001) and never changed after'
            cand list 'Delivery notes with the invoice that bills each'
            cand show 'One delivery note with its lines'
            cand pdf 'Write the delivery note''s PDF (quantities delivered, no amount due)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'creances;delivery;help;create'= {
        }
        &'creances;delivery;help;list'= {
        }
        &'creances;delivery;help;show'= {
        }
        &'creances;delivery;help;pdf'= {
        }
        &'creances;delivery;help;help'= {
        }
        &'creances;collect'= {
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand sepa 'Write the SEPA direct-debit file (pain.008.001.02) of the invoices due by a day and mark them pending collection; a second run skips them'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'creances;collect;sepa'= {
            cand --until 'Invoices due on or before this day'
            cand --out 'The file to write for the bank'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;collect;help'= {
            cand sepa 'Write the SEPA direct-debit file (pain.008.001.02) of the invoices due by a day and mark them pending collection; a second run skips them'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'creances;collect;help;sepa'= {
        }
        &'creances;collect;help;help'= {
        }
        &'creances;payment'= {
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Record a payment from a customer, settling its oldest invoices first'
            cand list 'Payments with what each settled'
            cand apply 'Apply a customer''s credit (an overpayment, a payment freed by a credit note) to its open invoices, oldest first, or to the one given'
            cand match 'Match imported bank credits to open invoices: the invoice number in the text first, then the amount of one open invoice of the payer, then the sum of several; shows what would be recorded unless --auto or --interactive'
            cand unmatched 'Bank credits not matched to invoices yet, with what the matcher makes of them'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'creances;payment;add'= {
            cand --customer 'Customer code'
            cand --amount 'Amount received'
            cand --date 'Day the money arrived (default: today or --as-of)'
            cand --method 'transfer, check, card, cash, direct_debit or other'
            cand --reference 'Bank reference, cheque number...'
            cand --currency 'The payment''s currency when it is not the accounting one (it then settles the customer''s invoices in that currency only)'
            cand --rate 'With --currency: how many units of it one unit of the accounting currency buys on the payment''s day (default: the rates file''s)'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;payment;list'= {
            cand --customer 'Only this customer'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;payment;apply'= {
            cand --customer 'Customer code'
            cand --invoice 'Only this invoice (number, or #ID); default: the oldest open invoices first'
            cand --date 'Day the credit is applied (default: today or --as-of)'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;payment;match'= {
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand --auto 'Record the unambiguous matches as payments'
            cand --interactive 'Also pick by hand, on a terminal, the invoices of ambiguous and unmatched credits (records the unambiguous matches too)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;payment;unmatched'= {
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;payment;help'= {
            cand add 'Record a payment from a customer, settling its oldest invoices first'
            cand list 'Payments with what each settled'
            cand apply 'Apply a customer''s credit (an overpayment, a payment freed by a credit note) to its open invoices, oldest first, or to the one given'
            cand match 'Match imported bank credits to open invoices: the invoice number in the text first, then the amount of one open invoice of the payer, then the sum of several; shows what would be recorded unless --auto or --interactive'
            cand unmatched 'Bank credits not matched to invoices yet, with what the matcher makes of them'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'creances;payment;help;add'= {
        }
        &'creances;payment;help;list'= {
        }
        &'creances;payment;help;apply'= {
        }
        &'creances;payment;help;match'= {
        }
        &'creances;payment;help;unmatched'= {
        }
        &'creances;payment;help;help'= {
        }
        &'creances;report'= {
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand aging 'Open balances in buckets: not yet due, 1-30, 31-60, 61-90, over 90 days late'
            cand dmp 'Délai moyen de paiement (amount-weighted days from issue to payment) and DSO'
            cand split 'Paid / pending / dunning: counts, amounts and shares'
            cand kpis 'Invoiced vs collected, unpaid rate, lateness, receivables over 90 days, payers'
            cand revenue 'Net revenue (excl. VAT, credit notes subtracted) by product, customer or month'
            cand forecast 'Expected cash-in per week, from each customer''s own past delay'
            cand payers 'Every customer''s payment score, worst first, with what it is made of'
            cand dashboard 'The morning''s figures from one read of the ledger: receivables, overdue, DMP and DSO with their trend, aging, split, forecast, worst and best payers, today''s dunning'
            cand trends 'Charts by month: DMP and DSO, invoiced vs collected, and how many customers have each score grade'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'creances;report;aging'= {
            cand --by 'One row per customer or per open invoice'
            cand --buckets 'Upper limits of the late buckets, in days'
            cand --basis 'Count days past the due date, or since the issue date'
            cand --out 'Write the report as an Excel workbook (FILE.xlsx) instead of printing it'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;report;dmp'= {
            cand --from 'First day of the period (default: a year before --to)'
            cand --to 'Last day of the period (default: today or --as-of)'
            cand --by 'One row per customer'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;report;split'= {
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;report;kpis'= {
            cand --from 'First day of the period (default: a year before --to)'
            cand --to 'Last day of the period (default: today or --as-of)'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;report;revenue'= {
            cand --by 'One row per product, per customer or per month'
            cand --from 'First day of the period (default: a year before --to)'
            cand --to 'Last day of the period (default: today or --as-of)'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;report;forecast'= {
            cand --weeks 'How many weeks ahead'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;report;payers'= {
            cand --out 'Write the report as an Excel workbook (FILE.xlsx) instead of printing it'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;report;dashboard'= {
            cand --out 'Write the report as an Excel workbook (FILE.xlsx) instead of printing it'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;report;trends'= {
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;report;help'= {
            cand aging 'Open balances in buckets: not yet due, 1-30, 31-60, 61-90, over 90 days late'
            cand dmp 'Délai moyen de paiement (amount-weighted days from issue to payment) and DSO'
            cand split 'Paid / pending / dunning: counts, amounts and shares'
            cand kpis 'Invoiced vs collected, unpaid rate, lateness, receivables over 90 days, payers'
            cand revenue 'Net revenue (excl. VAT, credit notes subtracted) by product, customer or month'
            cand forecast 'Expected cash-in per week, from each customer''s own past delay'
            cand payers 'Every customer''s payment score, worst first, with what it is made of'
            cand dashboard 'The morning''s figures from one read of the ledger: receivables, overdue, DMP and DSO with their trend, aging, split, forecast, worst and best payers, today''s dunning'
            cand trends 'Charts by month: DMP and DSO, invoiced vs collected, and how many customers have each score grade'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'creances;report;help;aging'= {
        }
        &'creances;report;help;dmp'= {
        }
        &'creances;report;help;split'= {
        }
        &'creances;report;help;kpis'= {
        }
        &'creances;report;help;revenue'= {
        }
        &'creances;report;help;forecast'= {
        }
        &'creances;report;help;payers'= {
        }
        &'creances;report;help;dashboard'= {
        }
        &'creances;report;help;trends'= {
        }
        &'creances;report;help;help'= {
        }
        &'creances;export'= {
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand fec 'Fichier des écritures comptables: the period''s entries, as the tax office and accounting software read them'
            cand entries 'The same entries as a spreadsheet-friendly CSV (UTF-8 with BOM, `;`, decimal comma)'
            cand invoices 'One line per invoice with its status and balance (CSV for spreadsheets)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'creances;export;fec'= {
            cand --year 'A calendar year (fiscal year = calendar year)'
            cand --from 'First day of the period'
            cand --to 'Last day of the period (closing date)'
            cand --out 'Where to write [default: SIRENFECYYYYMMDD.txt in the current folder]'
            cand --separator 'Field separator: tab or pipe (|), the two the tax office accepts'
            cand --encoding 'Character set: latin9 (ISO-8859-15, as the text asks) or utf8'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;export;entries'= {
            cand --layout 'Layout of the file (docs/exports.md)'
            cand --year 'A calendar year'
            cand --from 'First day of the period'
            cand --to 'Last day of the period'
            cand --out 'Where to write [default: ecritures-FROM-TO.csv, XImport-FROM-TO.txt, ebp-FROM-TO.txt]'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;export;invoices'= {
            cand --from 'Issued on or after'
            cand --to 'Issued on or before'
            cand --out 'Where to write [default: factures.csv]'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;export;help'= {
            cand fec 'Fichier des écritures comptables: the period''s entries, as the tax office and accounting software read them'
            cand entries 'The same entries as a spreadsheet-friendly CSV (UTF-8 with BOM, `;`, decimal comma)'
            cand invoices 'One line per invoice with its status and balance (CSV for spreadsheets)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'creances;export;help;fec'= {
        }
        &'creances;export;help;entries'= {
        }
        &'creances;export;help;invoices'= {
        }
        &'creances;export;help;help'= {
        }
        &'creances;dunning'= {
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand run 'Send what is due today, one mail per customer (for cron: exit 0 done, 1 some sends failed and will be retried, 2 bad usage, 3 ledger locked)'
            cand plan 'What the runs of the next days will do, if nothing is paid meanwhile'
            cand log 'What was sent, skipped, failed or planned'
            cand send 'Send an invoice''s current reminder now; it counts as that step'
            cand resend 'Send again, with the next run, a reminder whose send was interrupted (uncertain)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'creances;dunning;run'= {
            cand --catch-up 'What a formal notice due before any reminder was mailed becomes: `reminder` (the firmest reminder first, the notice after the ladder''s delay) or `notice` (at once)'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand --dry-run 'Show exactly what a run would do and change nothing; also check what the real run needs (sender, mail config, customers'' emails, letters): exit 1 if something due could not be sent'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;dunning;plan'= {
            cand --days 'How many days ahead'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;dunning;log'= {
            cand --customer 'Only this customer'
            cand --invoice 'Only this invoice'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;dunning;send'= {
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;dunning;resend'= {
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;dunning;help'= {
            cand run 'Send what is due today, one mail per customer (for cron: exit 0 done, 1 some sends failed and will be retried, 2 bad usage, 3 ledger locked)'
            cand plan 'What the runs of the next days will do, if nothing is paid meanwhile'
            cand log 'What was sent, skipped, failed or planned'
            cand send 'Send an invoice''s current reminder now; it counts as that step'
            cand resend 'Send again, with the next run, a reminder whose send was interrupted (uncertain)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'creances;dunning;help;run'= {
        }
        &'creances;dunning;help;plan'= {
        }
        &'creances;dunning;help;log'= {
        }
        &'creances;dunning;help;send'= {
        }
        &'creances;dunning;help;resend'= {
        }
        &'creances;dunning;help;help'= {
        }
        &'creances;recurring'= {
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Bill a customer every week, month, quarter or year (`recurring run` makes the invoices)'
            cand list 'Subscriptions with their next period and state'
            cand show 'One subscription with its lines, revisions, pauses and invoices'
            cand pause 'Stop billing from today (or --as-of) until resumed: the periods in between are never billed'
            cand resume 'Bill again from today (or --as-of)'
            cand end 'End a subscription: no period starts after --on (default: today or --as-of)'
            cand edit 'Change a subscription from a day on: its lines (--line, --from), its limit (--end, --count), --issue/--send, its day of month; billed periods never change, and `recurring show` lists each edit'
            cand run 'Make the invoice of every period due, catching up missed days (for cron: exit 0 done, 1 some invoices not issued or not sent, 2 bad usage, 3 ledger locked)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'creances;recurring;add'= {
            cand --customer 'Customer code'
            cand --every 'How often: week, month, quarter or year'
            cand --start 'The first period''s day'
            cand --end 'The last day a period may start'
            cand --count 'How many periods in all'
            cand --line 'A line: "DESIGNATION;QTY;UNIT_PRICE;VAT_RATE[;-DISCOUNT][;goods]" or "@SKU;QTY[;-DISCOUNT]", the discount a percentage (-10%) or an amount (-50) (repeatable)'
            cand --day-of-month 'Periods start on this day of the month (31: the month''s last day)'
            cand --index 'A price revision from a day on, e.g. 3.5%@2027-01-01 (repeatable, compounding)'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand --issue 'Issue each invoice on its period''s first day (default: left as a draft)'
            cand --send 'Issue and mail each invoice'
            cand --force 'Subscribe a blocked customer all the same'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;recurring;list'= {
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;recurring;show'= {
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;recurring;pause'= {
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;recurring;resume'= {
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;recurring;end'= {
            cand --on 'The last day a period may start (default: today or --as-of)'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;recurring;edit'= {
            cand --line 'The new lines, replacing all the current ones from --from on: "DESIGNATION;QTY;UNIT_PRICE;VAT_RATE[;-DISCOUNT][;goods]" or "@SKU;QTY[;-DISCOUNT]" (repeatable)'
            cand --from 'The first period start billed with the new lines (default: today or --as-of)'
            cand --end 'The last day a period may start (replaces a --count)'
            cand --count 'How many periods in all (replaces an --end)'
            cand --day-of-month 'Periods start on this day of the month (only before a period is billed)'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand --issue 'Issue each invoice on its period''s first day'
            cand --no-issue 'Leave each invoice as a draft (needs --no-send if the invoices are mailed)'
            cand --send 'Issue and mail each invoice'
            cand --no-send 'Stop mailing the invoices (they stay issued unless --no-issue)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;recurring;run'= {
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand --dry-run 'Show what a run would do and change nothing'
            cand --force 'Invoice blocked customers too'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;recurring;help'= {
            cand add 'Bill a customer every week, month, quarter or year (`recurring run` makes the invoices)'
            cand list 'Subscriptions with their next period and state'
            cand show 'One subscription with its lines, revisions, pauses and invoices'
            cand pause 'Stop billing from today (or --as-of) until resumed: the periods in between are never billed'
            cand resume 'Bill again from today (or --as-of)'
            cand end 'End a subscription: no period starts after --on (default: today or --as-of)'
            cand edit 'Change a subscription from a day on: its lines (--line, --from), its limit (--end, --count), --issue/--send, its day of month; billed periods never change, and `recurring show` lists each edit'
            cand run 'Make the invoice of every period due, catching up missed days (for cron: exit 0 done, 1 some invoices not issued or not sent, 2 bad usage, 3 ledger locked)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'creances;recurring;help;add'= {
        }
        &'creances;recurring;help;list'= {
        }
        &'creances;recurring;help;show'= {
        }
        &'creances;recurring;help;pause'= {
        }
        &'creances;recurring;help;resume'= {
        }
        &'creances;recurring;help;end'= {
        }
        &'creances;recurring;help;edit'= {
        }
        &'creances;recurring;help;run'= {
        }
        &'creances;recurring;help;help'= {
        }
        &'creances;daily'= {
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;import'= {
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand customers 'Customers from a CSV file (code, name, kind, email, address, siren, vat_number, payment_terms_days, language, iban); codes already in the ledger are left as they are'
            cand invoices 'Invoices from another tool, with their own numbers and dates (number, customer, issue_date, total; due_date, net, vat, currency, exchange_rate, paid, paid_on...); marked imported'
            cand payments 'Payments received (date, customer, amount; method, reference, invoice, external_id)'
            cand bank 'A bank statement: CSV export (columns from [bank] in the config), CAMT.053 or OFX; each bank line is stored once, then `creances payment match` pays invoices with it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'creances;import;customers'= {
            cand --skip-bad 'Import the good rows and write the bad ones to this CSV file with their line and reason'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;import;invoices'= {
            cand --skip-bad 'Import the good rows and write the bad ones to this CSV file with their line and reason'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;import;payments'= {
            cand --skip-bad 'Import the good rows and write the bad ones to this CSV file with their line and reason'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;import;bank'= {
            cand --bank-format 'The statement''s format [default: guessed from the content]'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;import;help'= {
            cand customers 'Customers from a CSV file (code, name, kind, email, address, siren, vat_number, payment_terms_days, language, iban); codes already in the ledger are left as they are'
            cand invoices 'Invoices from another tool, with their own numbers and dates (number, customer, issue_date, total; due_date, net, vat, currency, exchange_rate, paid, paid_on...); marked imported'
            cand payments 'Payments received (date, customer, amount; method, reference, invoice, external_id)'
            cand bank 'A bank statement: CSV export (columns from [bank] in the config), CAMT.053 or OFX; each bank line is stored once, then `creances payment match` pays invoices with it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'creances;import;help;customers'= {
        }
        &'creances;import;help;invoices'= {
        }
        &'creances;import;help;payments'= {
        }
        &'creances;import;help;bank'= {
        }
        &'creances;import;help;help'= {
        }
        &'creances;task'= {
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'Open tasks, oldest first (--all for done ones too)'
            cand done 'Mark a task done'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'creances;task;list'= {
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand --all 'Include the tasks already done'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;task;done'= {
            cand --note 'What came of it ("promised payment by Friday")'
            cand --date 'Day it was done (default: today or --as-of)'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;task;help'= {
            cand list 'Open tasks, oldest first (--all for done ones too)'
            cand done 'Mark a task done'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'creances;task;help;list'= {
        }
        &'creances;task;help;done'= {
        }
        &'creances;task;help;help'= {
        }
        &'creances;backup'= {
            cand --out 'The copy [default: LEDGER-backups/LEDGER-DAY.sqlite beside the ledger]'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;period'= {
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand close 'Close the books up to a day (inclusive): nothing may be recorded on or before it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'creances;period;close'= {
            cand --until 'Last day of the closed period, e.g. the end of the fiscal year handed to the accountant'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;period;help'= {
            cand close 'Close the books up to a day (inclusive): nothing may be recorded on or before it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'creances;period;help;close'= {
        }
        &'creances;period;help;help'= {
        }
        &'creances;verify'= {
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;demo'= {
            cand --customers 'Instead of the demo, a synthetic ledger of this many customers (for benchmarks)'
            cand --invoices 'Number of invoices of the synthetic ledger, spread over ten years'
            cand --seed 'Seed of the synthetic ledger: the same seed gives the same ledger'
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;completions'= {
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;manpage'= {
            cand --db 'The ledger file [default: $CREANCES_DB, else the platform data dir]'
            cand --as-of 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it'
            cand --format 'Output format: table for humans, csv or json for scripts'
            cand --color 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never'
            cand --config 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]'
            cand --lang 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'creances;help'= {
            cand init 'Create a new ledger with the company''s identity'
            cand company 'The company''s identity printed on documents: show or change it'
            cand customer 'Customers: add, edit, list, block, statements of account and SEPA mandates'
            cand product 'The catalogue of products and services that document lines name as `@SKU`'
            cand offer 'Quotes (devis): create, accept into an invoice, decline, print, mail'
            cand invoice 'Invoices and credit notes: drafts, issue, payments, PDF and e-invoice, mail, holds'
            cand delivery 'Delivery notes (bons de livraison), later billed by one recap invoice'
            cand collect 'Collect by SEPA direct debit: the bank file of the invoices due'
            cand payment 'Payments received: record, list, apply credit, match bank credits to invoices'
            cand report 'Reports on receivables: aging, payment delays, revenue, forecast, dashboard'
            cand export 'Exports for the accountant and spreadsheets: FEC, entries, invoices'
            cand dunning 'Payment reminders: the daily run, its plan, its log, one reminder now'
            cand recurring 'Subscriptions billed every week, month, quarter or year'
            cand daily 'The cron line: the recurring run, then the dunning run, each at most once a day'
            cand import 'Import customers, invoices, payments and bank statements from files'
            cand task 'To-dos the dunning steps leave for you (call the customer), and marking them done'
            cand backup 'Copy the whole ledger (one consistent snapshot, checked to read back) to restore from'
            cand period 'Close accounting periods: nothing is recorded on or before a closed day'
            cand verify 'Check the audit log''s chain, every recorded fact and the archived PDFs (exit 1 if anything was changed)'
            cand demo 'Build a demo ledger (a dozen customers, a year of invoices) and show it'
            cand completions 'Print the shell completion script (bash, zsh, fish, powershell, elvish)'
            cand manpage 'Print the manual page (roff) of creances or of a command: `creances manpage invoice send | man -l -`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'creances;help;init'= {
        }
        &'creances;help;company'= {
            cand show 'Show the company''s identity'
            cand set 'Change the company''s identity (only the fields given)'
        }
        &'creances;help;company;show'= {
        }
        &'creances;help;company;set'= {
        }
        &'creances;help;customer'= {
            cand add 'Add a customer'
            cand edit 'Change a customer''s details (only the fields given)'
            cand list 'Every customer with open balance, amount overdue and status (ok, late, blocked)'
            cand show 'One customer and its history with a running balance'
            cand block 'Refuse new quotes and invoices for this customer (unless --force)'
            cand unblock 'Accept new quotes and invoices again'
            cand statement 'Statement of account (relevé): invoices, credit notes, payments and a running balance'
            cand mandate 'SEPA direct-debit mandates'
        }
        &'creances;help;customer;add'= {
        }
        &'creances;help;customer;edit'= {
        }
        &'creances;help;customer;list'= {
        }
        &'creances;help;customer;show'= {
        }
        &'creances;help;customer;block'= {
        }
        &'creances;help;customer;unblock'= {
        }
        &'creances;help;customer;statement'= {
        }
        &'creances;help;customer;mandate'= {
            cand add 'Record a customer''s signed SEPA direct-debit mandate (the latest one is used)'
            cand list 'Mandates, with how many collections each made'
        }
        &'creances;help;customer;mandate;add'= {
        }
        &'creances;help;customer;mandate;list'= {
        }
        &'creances;help;product'= {
            cand add 'Add a catalogue item'
            cand list 'The catalogue'
            cand edit 'Change an item (only the fields given); documents already made keep their lines'
        }
        &'creances;help;product;add'= {
        }
        &'creances;help;product;list'= {
        }
        &'creances;help;product;edit'= {
        }
        &'creances;help;offer'= {
            cand create 'Create a quote, numbered in its own series (DEV-2026-0001)'
            cand list 'Quotes with their status (open, expired, accepted, declined)'
            cand show 'One quote with its lines'
            cand accept 'Accept a quote: a draft invoice with every line (issued at once with --issue), or with --deposit a deposit invoice (facture d''acompte), issued at once'
            cand invoice 'The final invoice of a quote accepted with a deposit: every line, each deposit deducted'
            cand decline 'Decline a quote'
            cand pdf 'Write the quote''s PDF'
            cand send 'Mail the quote''s PDF to the customer with a cover message'
        }
        &'creances;help;offer;create'= {
        }
        &'creances;help;offer;list'= {
        }
        &'creances;help;offer;show'= {
        }
        &'creances;help;offer;accept'= {
        }
        &'creances;help;offer;invoice'= {
        }
        &'creances;help;offer;decline'= {
        }
        &'creances;help;offer;pdf'= {
        }
        &'creances;help;offer;send'= {
        }
        &'creances;help;invoice'= {
            cand create 'Create a draft invoice (no number until it is issued)'
            cand group 'One invoice of several delivery notes of a customer (a recap invoice, facture récapitulative): its lines under each note''s number and date'
            cand edit 'Change a draft (issued invoices are immutable: make a credit note)'
            cand delete 'Delete a draft'
            cand issue 'Issue a draft: next number of its series, due date from the terms, content frozen'
            cand list 'Invoices with status, balance and days late'
            cand show 'One invoice with its lines and its story: sends, payments, credit notes, reminders, holds'
            cand pay 'Record a payment of this invoice'
            cand credit 'Issue a credit note (avoir) against an invoice, full or partial'
            cand write-off 'Write the remaining balance off as bad debt'
            cand pdf 'Write the PDF (an issued invoice''s first PDF is archived; later ones are compared with it)'
            cand xml 'Write the e-invoice of an issued invoice or credit note: its CII XML (Factur-X, EN 16931)'
            cand send 'Mail the PDF to the customer with a cover message (a draft is issued first)'
            cand mark-sent 'Record that the invoice was sent to the customer (by other means than `invoice send`)'
            cand hold 'Hold a disputed invoice: no reminder until released (it stays in every balance)'
            cand release 'End a hold: reminders resume'
        }
        &'creances;help;invoice;create'= {
        }
        &'creances;help;invoice;group'= {
        }
        &'creances;help;invoice;edit'= {
        }
        &'creances;help;invoice;delete'= {
        }
        &'creances;help;invoice;issue'= {
        }
        &'creances;help;invoice;list'= {
        }
        &'creances;help;invoice;show'= {
        }
        &'creances;help;invoice;pay'= {
        }
        &'creances;help;invoice;credit'= {
        }
        &'creances;help;invoice;write-off'= {
        }
        &'creances;help;invoice;pdf'= {
        }
        &'creances;help;invoice;xml'= {
        }
        &'creances;help;invoice;send'= {
        }
        &'creances;help;invoice;mark-sent'= {
        }
        &'creances;help;invoice;hold'= {
        }
        &'creances;help;invoice;release'= {
        }
        &'creances;help;delivery'= {
            cand create 'Make a delivery note, numbered at once (BL-2026-0001) and never changed after'
            cand list 'Delivery notes with the invoice that bills each'
            cand show 'One delivery note with its lines'
            cand pdf 'Write the delivery note''s PDF (quantities delivered, no amount due)'
        }
        &'creances;help;delivery;create'= {
        }
        &'creances;help;delivery;list'= {
        }
        &'creances;help;delivery;show'= {
        }
        &'creances;help;delivery;pdf'= {
        }
        &'creances;help;collect'= {
            cand sepa 'Write the SEPA direct-debit file (pain.008.001.02) of the invoices due by a day and mark them pending collection; a second run skips them'
        }
        &'creances;help;collect;sepa'= {
        }
        &'creances;help;payment'= {
            cand add 'Record a payment from a customer, settling its oldest invoices first'
            cand list 'Payments with what each settled'
            cand apply 'Apply a customer''s credit (an overpayment, a payment freed by a credit note) to its open invoices, oldest first, or to the one given'
            cand match 'Match imported bank credits to open invoices: the invoice number in the text first, then the amount of one open invoice of the payer, then the sum of several; shows what would be recorded unless --auto or --interactive'
            cand unmatched 'Bank credits not matched to invoices yet, with what the matcher makes of them'
        }
        &'creances;help;payment;add'= {
        }
        &'creances;help;payment;list'= {
        }
        &'creances;help;payment;apply'= {
        }
        &'creances;help;payment;match'= {
        }
        &'creances;help;payment;unmatched'= {
        }
        &'creances;help;report'= {
            cand aging 'Open balances in buckets: not yet due, 1-30, 31-60, 61-90, over 90 days late'
            cand dmp 'Délai moyen de paiement (amount-weighted days from issue to payment) and DSO'
            cand split 'Paid / pending / dunning: counts, amounts and shares'
            cand kpis 'Invoiced vs collected, unpaid rate, lateness, receivables over 90 days, payers'
            cand revenue 'Net revenue (excl. VAT, credit notes subtracted) by product, customer or month'
            cand forecast 'Expected cash-in per week, from each customer''s own past delay'
            cand payers 'Every customer''s payment score, worst first, with what it is made of'
            cand dashboard 'The morning''s figures from one read of the ledger: receivables, overdue, DMP and DSO with their trend, aging, split, forecast, worst and best payers, today''s dunning'
            cand trends 'Charts by month: DMP and DSO, invoiced vs collected, and how many customers have each score grade'
        }
        &'creances;help;report;aging'= {
        }
        &'creances;help;report;dmp'= {
        }
        &'creances;help;report;split'= {
        }
        &'creances;help;report;kpis'= {
        }
        &'creances;help;report;revenue'= {
        }
        &'creances;help;report;forecast'= {
        }
        &'creances;help;report;payers'= {
        }
        &'creances;help;report;dashboard'= {
        }
        &'creances;help;report;trends'= {
        }
        &'creances;help;export'= {
            cand fec 'Fichier des écritures comptables: the period''s entries, as the tax office and accounting software read them'
            cand entries 'The same entries as a spreadsheet-friendly CSV (UTF-8 with BOM, `;`, decimal comma)'
            cand invoices 'One line per invoice with its status and balance (CSV for spreadsheets)'
        }
        &'creances;help;export;fec'= {
        }
        &'creances;help;export;entries'= {
        }
        &'creances;help;export;invoices'= {
        }
        &'creances;help;dunning'= {
            cand run 'Send what is due today, one mail per customer (for cron: exit 0 done, 1 some sends failed and will be retried, 2 bad usage, 3 ledger locked)'
            cand plan 'What the runs of the next days will do, if nothing is paid meanwhile'
            cand log 'What was sent, skipped, failed or planned'
            cand send 'Send an invoice''s current reminder now; it counts as that step'
            cand resend 'Send again, with the next run, a reminder whose send was interrupted (uncertain)'
        }
        &'creances;help;dunning;run'= {
        }
        &'creances;help;dunning;plan'= {
        }
        &'creances;help;dunning;log'= {
        }
        &'creances;help;dunning;send'= {
        }
        &'creances;help;dunning;resend'= {
        }
        &'creances;help;recurring'= {
            cand add 'Bill a customer every week, month, quarter or year (`recurring run` makes the invoices)'
            cand list 'Subscriptions with their next period and state'
            cand show 'One subscription with its lines, revisions, pauses and invoices'
            cand pause 'Stop billing from today (or --as-of) until resumed: the periods in between are never billed'
            cand resume 'Bill again from today (or --as-of)'
            cand end 'End a subscription: no period starts after --on (default: today or --as-of)'
            cand edit 'Change a subscription from a day on: its lines (--line, --from), its limit (--end, --count), --issue/--send, its day of month; billed periods never change, and `recurring show` lists each edit'
            cand run 'Make the invoice of every period due, catching up missed days (for cron: exit 0 done, 1 some invoices not issued or not sent, 2 bad usage, 3 ledger locked)'
        }
        &'creances;help;recurring;add'= {
        }
        &'creances;help;recurring;list'= {
        }
        &'creances;help;recurring;show'= {
        }
        &'creances;help;recurring;pause'= {
        }
        &'creances;help;recurring;resume'= {
        }
        &'creances;help;recurring;end'= {
        }
        &'creances;help;recurring;edit'= {
        }
        &'creances;help;recurring;run'= {
        }
        &'creances;help;daily'= {
        }
        &'creances;help;import'= {
            cand customers 'Customers from a CSV file (code, name, kind, email, address, siren, vat_number, payment_terms_days, language, iban); codes already in the ledger are left as they are'
            cand invoices 'Invoices from another tool, with their own numbers and dates (number, customer, issue_date, total; due_date, net, vat, currency, exchange_rate, paid, paid_on...); marked imported'
            cand payments 'Payments received (date, customer, amount; method, reference, invoice, external_id)'
            cand bank 'A bank statement: CSV export (columns from [bank] in the config), CAMT.053 or OFX; each bank line is stored once, then `creances payment match` pays invoices with it'
        }
        &'creances;help;import;customers'= {
        }
        &'creances;help;import;invoices'= {
        }
        &'creances;help;import;payments'= {
        }
        &'creances;help;import;bank'= {
        }
        &'creances;help;task'= {
            cand list 'Open tasks, oldest first (--all for done ones too)'
            cand done 'Mark a task done'
        }
        &'creances;help;task;list'= {
        }
        &'creances;help;task;done'= {
        }
        &'creances;help;backup'= {
        }
        &'creances;help;period'= {
            cand close 'Close the books up to a day (inclusive): nothing may be recorded on or before it'
        }
        &'creances;help;period;close'= {
        }
        &'creances;help;verify'= {
        }
        &'creances;help;demo'= {
        }
        &'creances;help;completions'= {
        }
        &'creances;help;manpage'= {
        }
        &'creances;help;help'= {
        }
    ]
    $completions[$command]
}
