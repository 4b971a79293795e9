
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'creances' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'creances'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'creances' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create a new ledger with the company''s identity')
            [CompletionResult]::new('company', 'company', [CompletionResultType]::ParameterValue, 'The company''s identity printed on documents: show or change it')
            [CompletionResult]::new('customer', 'customer', [CompletionResultType]::ParameterValue, 'Customers: add, edit, list, block, statements of account and SEPA mandates')
            [CompletionResult]::new('product', 'product', [CompletionResultType]::ParameterValue, 'The catalogue of products and services that document lines name as `@SKU`')
            [CompletionResult]::new('offer', 'offer', [CompletionResultType]::ParameterValue, 'Quotes (devis): create, accept into an invoice, decline, print, mail')
            [CompletionResult]::new('invoice', 'invoice', [CompletionResultType]::ParameterValue, 'Invoices and credit notes: drafts, issue, payments, PDF and e-invoice, mail, holds')
            [CompletionResult]::new('delivery', 'delivery', [CompletionResultType]::ParameterValue, 'Delivery notes (bons de livraison), later billed by one recap invoice')
            [CompletionResult]::new('collect', 'collect', [CompletionResultType]::ParameterValue, 'Collect by SEPA direct debit: the bank file of the invoices due')
            [CompletionResult]::new('payment', 'payment', [CompletionResultType]::ParameterValue, 'Payments received: record, list, apply credit, match bank credits to invoices')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Reports on receivables: aging, payment delays, revenue, forecast, dashboard')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Exports for the accountant and spreadsheets: FEC, entries, invoices')
            [CompletionResult]::new('dunning', 'dunning', [CompletionResultType]::ParameterValue, 'Payment reminders: the daily run, its plan, its log, one reminder now')
            [CompletionResult]::new('recurring', 'recurring', [CompletionResultType]::ParameterValue, 'Subscriptions billed every week, month, quarter or year')
            [CompletionResult]::new('daily', 'daily', [CompletionResultType]::ParameterValue, 'The cron line: the recurring run, then the dunning run, each at most once a day')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import customers, invoices, payments and bank statements from files')
            [CompletionResult]::new('task', 'task', [CompletionResultType]::ParameterValue, 'To-dos the dunning steps leave for you (call the customer), and marking them done')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Copy the whole ledger (one consistent snapshot, checked to read back) to restore from')
            [CompletionResult]::new('period', 'period', [CompletionResultType]::ParameterValue, 'Close accounting periods: nothing is recorded on or before a closed day')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the audit log''s chain, every recorded fact and the archived PDFs (exit 1 if anything was changed)')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Build a demo ledger (a dozen customers, a year of invoices) and show it')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print the shell completion script (bash, zsh, fish, powershell, elvish)')
            [CompletionResult]::new('manpage', 'manpage', [CompletionResultType]::ParameterValue, 'Print the manual page (roff) of creances or of a command: `creances manpage invoice send | man -l -`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'creances;init' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Company name as printed on invoices')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Postal address (use \n or several --address lines for line breaks)')
            [CompletionResult]::new('--siren', '--siren', [CompletionResultType]::ParameterName, 'SIREN: nine digits')
            [CompletionResult]::new('--vat-number', '--vat-number', [CompletionResultType]::ParameterName, 'Intra-EU VAT number, e.g. FR40303265045')
            [CompletionResult]::new('--vat-franchise', '--vat-franchise', [CompletionResultType]::ParameterName, 'VAT franchise (CGI art. 293 B): no VAT on documents; `--vat-franchise false` to leave it')
            [CompletionResult]::new('--iban', '--iban', [CompletionResultType]::ParameterName, 'IBAN printed for payment by transfer')
            [CompletionResult]::new('--bic', '--bic', [CompletionResultType]::ParameterName, 'BIC (SWIFT code) of the bank holding the IBAN, printed beside it')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Sender address of mails to customers')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Phone number printed on documents and mails')
            [CompletionResult]::new('--legal-form', '--legal-form', [CompletionResultType]::ParameterName, 'Legal form and capital, e.g. "SAS au capital de 10 000 €"')
            [CompletionResult]::new('--terms', '--terms', [CompletionResultType]::ParameterName, 'Default payment terms in days after issue (0 to 60)')
            [CompletionResult]::new('--penalty-rate', '--penalty-rate', [CompletionResultType]::ParameterName, 'Late-payment rate in percent per year; `legal` for the ECB rate + 10 points')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'ISO 4217 currency code')
            [CompletionResult]::new('--sepa-creditor-id', '--sepa-creditor-id', [CompletionResultType]::ParameterName, 'SEPA creditor identifier (ICS) for direct debits, e.g. FR72ZZZ123456')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;company' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the company''s identity')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change the company''s identity (only the fields given)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'creances;company;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;company;set' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Company name as printed on invoices')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Postal address (use \n or several --address lines for line breaks)')
            [CompletionResult]::new('--siren', '--siren', [CompletionResultType]::ParameterName, 'SIREN: nine digits')
            [CompletionResult]::new('--vat-number', '--vat-number', [CompletionResultType]::ParameterName, 'Intra-EU VAT number, e.g. FR40303265045')
            [CompletionResult]::new('--vat-franchise', '--vat-franchise', [CompletionResultType]::ParameterName, 'VAT franchise (CGI art. 293 B): no VAT on documents; `--vat-franchise false` to leave it')
            [CompletionResult]::new('--iban', '--iban', [CompletionResultType]::ParameterName, 'IBAN printed for payment by transfer')
            [CompletionResult]::new('--bic', '--bic', [CompletionResultType]::ParameterName, 'BIC (SWIFT code) of the bank holding the IBAN, printed beside it')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Sender address of mails to customers')
            [CompletionResult]::new('--phone', '--phone', [CompletionResultType]::ParameterName, 'Phone number printed on documents and mails')
            [CompletionResult]::new('--legal-form', '--legal-form', [CompletionResultType]::ParameterName, 'Legal form and capital, e.g. "SAS au capital de 10 000 €"')
            [CompletionResult]::new('--terms', '--terms', [CompletionResultType]::ParameterName, 'Default payment terms in days after issue (0 to 60)')
            [CompletionResult]::new('--penalty-rate', '--penalty-rate', [CompletionResultType]::ParameterName, 'Late-payment rate in percent per year; `legal` for the ECB rate + 10 points')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'ISO 4217 currency code')
            [CompletionResult]::new('--sepa-creditor-id', '--sepa-creditor-id', [CompletionResultType]::ParameterName, 'SEPA creditor identifier (ICS) for direct debits, e.g. FR72ZZZ123456')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;company;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the company''s identity')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change the company''s identity (only the fields given)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'creances;company;help;show' {
            break
        }
        'creances;company;help;set' {
            break
        }
        'creances;company;help;help' {
            break
        }
        'creances;customer' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a customer')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a customer''s details (only the fields given)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every customer with open balance, amount overdue and status (ok, late, blocked)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One customer and its history with a running balance')
            [CompletionResult]::new('block', 'block', [CompletionResultType]::ParameterValue, 'Refuse new quotes and invoices for this customer (unless --force)')
            [CompletionResult]::new('unblock', 'unblock', [CompletionResultType]::ParameterValue, 'Accept new quotes and invoices again')
            [CompletionResult]::new('statement', 'statement', [CompletionResultType]::ParameterValue, 'Statement of account (relevé): invoices, credit notes, payments and a running balance')
            [CompletionResult]::new('mandate', 'mandate', [CompletionResultType]::ParameterValue, 'SEPA direct-debit mandates')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'creances;customer;add' {
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'Short code used in every command (made from the name when absent)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Company or person name')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'business or individual')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Where invoices and reminders are mailed')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Postal address (\n for line breaks)')
            [CompletionResult]::new('--siren', '--siren', [CompletionResultType]::ParameterName, 'SIREN (business customers)')
            [CompletionResult]::new('--vat-number', '--vat-number', [CompletionResultType]::ParameterName, 'Intra-EU VAT number')
            [CompletionResult]::new('--terms', '--terms', [CompletionResultType]::ParameterName, 'Payment terms in days (0 to 60); `default` for the company''s')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Dunning profile: standard, vip, new or late_payer')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of documents and mails: fr or en')
            [CompletionResult]::new('--credit-limit', '--credit-limit', [CompletionResultType]::ParameterName, 'The most the customer may owe before a new quote or invoice needs --force; `none` for no limit')
            [CompletionResult]::new('--collect', '--collect', [CompletionResultType]::ParameterName, 'How its invoices are paid by default: transfer, or direct-debit (under its SEPA mandate)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;customer;edit' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Company or person name')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'business or individual')
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Where invoices and reminders are mailed')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Postal address (\n for line breaks)')
            [CompletionResult]::new('--siren', '--siren', [CompletionResultType]::ParameterName, 'SIREN (business customers)')
            [CompletionResult]::new('--vat-number', '--vat-number', [CompletionResultType]::ParameterName, 'Intra-EU VAT number')
            [CompletionResult]::new('--terms', '--terms', [CompletionResultType]::ParameterName, 'Payment terms in days (0 to 60); `default` for the company''s')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Dunning profile: standard, vip, new or late_payer')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'Language of documents and mails: fr or en')
            [CompletionResult]::new('--credit-limit', '--credit-limit', [CompletionResultType]::ParameterName, 'The most the customer may owe before a new quote or invoice needs --force; `none` for no limit')
            [CompletionResult]::new('--collect', '--collect', [CompletionResultType]::ParameterName, 'How its invoices are paid by default: transfer, or direct-debit (under its SEPA mandate)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;customer;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only customers with this status: ok, late or blocked')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Order: by code, or by payment score (worst first, new customers last)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;customer;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;customer;block' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (shown when a new invoice is refused)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;customer;unblock' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;customer;statement' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First day shown; what came before is the opening balance')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'The file to write: a PDF with --pdf, else an Excel workbook (FILE.xlsx)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--pdf', '--pdf', [CompletionResultType]::ParameterName, 'Write the statement as a PDF to send the customer (into the documents folder beside the ledger, or to --out)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;customer;mandate' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record a customer''s signed SEPA direct-debit mandate (the latest one is used)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Mandates, with how many collections each made')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'creances;customer;mandate;add' {
            [CompletionResult]::new('--iban', '--iban', [CompletionResultType]::ParameterName, 'The account debited (checked: country length and mod-97 key)')
            [CompletionResult]::new('--bic', '--bic', [CompletionResultType]::ParameterName, 'The debtor''s bank')
            [CompletionResult]::new('--reference', '--reference', [CompletionResultType]::ParameterName, 'The unique mandate reference (RUM) printed on the signed mandate')
            [CompletionResult]::new('--signed', '--signed', [CompletionResultType]::ParameterName, 'The day the customer signed it')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--recurrent', '--recurrent', [CompletionResultType]::ParameterName, 'For every collection until revoked (the default)')
            [CompletionResult]::new('--one-off', '--one-off', [CompletionResultType]::ParameterName, 'For one collection only')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;customer;mandate;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;customer;mandate;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record a customer''s signed SEPA direct-debit mandate (the latest one is used)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Mandates, with how many collections each made')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'creances;customer;mandate;help;add' {
            break
        }
        'creances;customer;mandate;help;list' {
            break
        }
        'creances;customer;mandate;help;help' {
            break
        }
        'creances;customer;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a customer')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a customer''s details (only the fields given)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every customer with open balance, amount overdue and status (ok, late, blocked)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One customer and its history with a running balance')
            [CompletionResult]::new('block', 'block', [CompletionResultType]::ParameterValue, 'Refuse new quotes and invoices for this customer (unless --force)')
            [CompletionResult]::new('unblock', 'unblock', [CompletionResultType]::ParameterValue, 'Accept new quotes and invoices again')
            [CompletionResult]::new('statement', 'statement', [CompletionResultType]::ParameterValue, 'Statement of account (relevé): invoices, credit notes, payments and a running balance')
            [CompletionResult]::new('mandate', 'mandate', [CompletionResultType]::ParameterValue, 'SEPA direct-debit mandates')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'creances;customer;help;add' {
            break
        }
        'creances;customer;help;edit' {
            break
        }
        'creances;customer;help;list' {
            break
        }
        'creances;customer;help;show' {
            break
        }
        'creances;customer;help;block' {
            break
        }
        'creances;customer;help;unblock' {
            break
        }
        'creances;customer;help;statement' {
            break
        }
        'creances;customer;help;mandate' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record a customer''s signed SEPA direct-debit mandate (the latest one is used)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Mandates, with how many collections each made')
            break
        }
        'creances;customer;help;mandate;add' {
            break
        }
        'creances;customer;help;mandate;list' {
            break
        }
        'creances;customer;help;help' {
            break
        }
        'creances;product' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a catalogue item')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The catalogue')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change an item (only the fields given); documents already made keep their lines')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'creances;product;add' {
            [CompletionResult]::new('--sku', '--sku', [CompletionResultType]::ParameterName, 'Short reference used as `@SKU` in lines')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Designation printed on documents')
            [CompletionResult]::new('--price', '--price', [CompletionResultType]::ParameterName, 'Unit price excluding VAT')
            [CompletionResult]::new('--vat', '--vat', [CompletionResultType]::ParameterName, 'VAT rate in percent (20, 10, 5.5, 2.1, 0)')
            [CompletionResult]::new('--unit', '--unit', [CompletionResultType]::ParameterName, 'Unit, e.g. jour, heure, pièce')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'service or goods (sales account 706 or 707)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;product;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;product;edit' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Designation printed on documents')
            [CompletionResult]::new('--price', '--price', [CompletionResultType]::ParameterName, 'Unit price excluding VAT')
            [CompletionResult]::new('--vat', '--vat', [CompletionResultType]::ParameterName, 'VAT rate in percent (20, 10, 5.5, 2.1, 0)')
            [CompletionResult]::new('--unit', '--unit', [CompletionResultType]::ParameterName, 'Unit, e.g. jour, heure, pièce')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'service or goods (sales account 706 or 707)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;product;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a catalogue item')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The catalogue')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change an item (only the fields given); documents already made keep their lines')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'creances;product;help;add' {
            break
        }
        'creances;product;help;list' {
            break
        }
        'creances;product;help;edit' {
            break
        }
        'creances;product;help;help' {
            break
        }
        'creances;offer' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a quote, numbered in its own series (DEV-2026-0001)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Quotes with their status (open, expired, accepted, declined)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One quote with its lines')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept a quote: a draft invoice with every line (issued at once with --issue), or with --deposit a deposit invoice (facture d''acompte), issued at once')
            [CompletionResult]::new('invoice', 'invoice', [CompletionResultType]::ParameterValue, 'The final invoice of a quote accepted with a deposit: every line, each deposit deducted')
            [CompletionResult]::new('decline', 'decline', [CompletionResultType]::ParameterValue, 'Decline a quote')
            [CompletionResult]::new('pdf', 'pdf', [CompletionResultType]::ParameterValue, 'Write the quote''s PDF')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Mail the quote''s PDF to the customer with a cover message')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'creances;offer;create' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Customer code')
            [CompletionResult]::new('--line', '--line', [CompletionResultType]::ParameterName, 'A line: "DESIGNATION;QTY;UNIT_PRICE;VAT_RATE[;-DISCOUNT][;goods]" or "@SKU;QTY[;-DISCOUNT]", the discount a percentage (-10%) or an amount (-50) (repeatable)')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Date of the quote (default: today or --as-of)')
            [CompletionResult]::new('--valid-until', '--valid-until', [CompletionResultType]::ParameterName, 'Last day the quote can be accepted (default: 30 days after its date)')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'A note printed on the quote')
            [CompletionResult]::new('--discount', '--discount', [CompletionResultType]::ParameterName, 'A discount off the whole quote, shared over its VAT rates: a percentage (5%) or an amount (150)')
            [CompletionResult]::new('--series', '--series', [CompletionResultType]::ParameterName, 'Numbering series (default DEV)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--prices-include-vat', '--prices-include-vat', [CompletionResultType]::ParameterName, 'Unit prices include VAT')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Quote a blocked customer all the same')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;offer;list' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Only this customer''s quotes (customer code)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'open, expired, accepted or declined')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;offer;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;offer;accept' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Issue date with --issue (default: today or --as-of)')
            [CompletionResult]::new('--series', '--series', [CompletionResultType]::ParameterName, 'Invoice series (default FACT)')
            [CompletionResult]::new('--deposit', '--deposit', [CompletionResultType]::ParameterName, 'Ask a deposit instead: a percentage of the total including VAT (30%) or an amount including VAT; the deposit invoice is issued at once (on --date, else today)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--issue', '--issue', [CompletionResultType]::ParameterName, 'Issue the invoice at once')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Invoice a blocked customer all the same')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;offer;invoice' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Issue date with --issue (default: today or --as-of)')
            [CompletionResult]::new('--series', '--series', [CompletionResultType]::ParameterName, 'Invoice series (default FACT)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--final', '--final', [CompletionResultType]::ParameterName, 'The final invoice: the quote''s total less each deposit invoiced')
            [CompletionResult]::new('--issue', '--issue', [CompletionResultType]::ParameterName, 'Issue it at once')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Invoice a blocked customer all the same')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;offer;decline' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;offer;pdf' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the PDF here [default: the documents folder beside the ledger]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--proforma', '--proforma', [CompletionResultType]::ParameterName, 'Print it as a pro-forma invoice ("Facture pro forma"): no number, not an accounting document, no e-invoice inside (DEV-...-proforma.pdf)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;offer;send' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;offer;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a quote, numbered in its own series (DEV-2026-0001)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Quotes with their status (open, expired, accepted, declined)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One quote with its lines')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept a quote: a draft invoice with every line (issued at once with --issue), or with --deposit a deposit invoice (facture d''acompte), issued at once')
            [CompletionResult]::new('invoice', 'invoice', [CompletionResultType]::ParameterValue, 'The final invoice of a quote accepted with a deposit: every line, each deposit deducted')
            [CompletionResult]::new('decline', 'decline', [CompletionResultType]::ParameterValue, 'Decline a quote')
            [CompletionResult]::new('pdf', 'pdf', [CompletionResultType]::ParameterValue, 'Write the quote''s PDF')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Mail the quote''s PDF to the customer with a cover message')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'creances;offer;help;create' {
            break
        }
        'creances;offer;help;list' {
            break
        }
        'creances;offer;help;show' {
            break
        }
        'creances;offer;help;accept' {
            break
        }
        'creances;offer;help;invoice' {
            break
        }
        'creances;offer;help;decline' {
            break
        }
        'creances;offer;help;pdf' {
            break
        }
        'creances;offer;help;send' {
            break
        }
        'creances;offer;help;help' {
            break
        }
        'creances;invoice' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a draft invoice (no number until it is issued)')
            [CompletionResult]::new('group', 'group', [CompletionResultType]::ParameterValue, 'One invoice of several delivery notes of a customer (a recap invoice, facture récapitulative): its lines under each note''s number and date')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a draft (issued invoices are immutable: make a credit note)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a draft')
            [CompletionResult]::new('issue', 'issue', [CompletionResultType]::ParameterValue, 'Issue a draft: next number of its series, due date from the terms, content frozen')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Invoices with status, balance and days late')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One invoice with its lines and its story: sends, payments, credit notes, reminders, holds')
            [CompletionResult]::new('pay', 'pay', [CompletionResultType]::ParameterValue, 'Record a payment of this invoice')
            [CompletionResult]::new('credit', 'credit', [CompletionResultType]::ParameterValue, 'Issue a credit note (avoir) against an invoice, full or partial')
            [CompletionResult]::new('write-off', 'write-off', [CompletionResultType]::ParameterValue, 'Write the remaining balance off as bad debt')
            [CompletionResult]::new('pdf', 'pdf', [CompletionResultType]::ParameterValue, 'Write the PDF (an issued invoice''s first PDF is archived; later ones are compared with it)')
            [CompletionResult]::new('xml', 'xml', [CompletionResultType]::ParameterValue, 'Write the e-invoice of an issued invoice or credit note: its CII XML (Factur-X, EN 16931)')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Mail the PDF to the customer with a cover message (a draft is issued first)')
            [CompletionResult]::new('mark-sent', 'mark-sent', [CompletionResultType]::ParameterValue, 'Record that the invoice was sent to the customer (by other means than `invoice send`)')
            [CompletionResult]::new('hold', 'hold', [CompletionResultType]::ParameterValue, 'Hold a disputed invoice: no reminder until released (it stays in every balance)')
            [CompletionResult]::new('release', 'release', [CompletionResultType]::ParameterValue, 'End a hold: reminders resume')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'creances;invoice;create' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Customer code')
            [CompletionResult]::new('--line', '--line', [CompletionResultType]::ParameterName, 'A line: "DESIGNATION;QTY;UNIT_PRICE;VAT_RATE[;-DISCOUNT][;goods]" or "@SKU;QTY[;-DISCOUNT]", the discount a percentage (-10%) or an amount (-50) (repeatable)')
            [CompletionResult]::new('--series', '--series', [CompletionResultType]::ParameterName, 'Numbering series (default FACT)')
            [CompletionResult]::new('--terms', '--terms', [CompletionResultType]::ParameterName, 'Payment terms in days after issue (default: the customer''s, else the company''s)')
            [CompletionResult]::new('--penalty-rate', '--penalty-rate', [CompletionResultType]::ParameterName, 'Late-payment rate in percent per year for this invoice')
            [CompletionResult]::new('--po', '--po', [CompletionResultType]::ParameterName, 'The customer''s purchase-order number')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'A note printed on the invoice')
            [CompletionResult]::new('--delivered', '--delivered', [CompletionResultType]::ParameterName, 'When the goods were delivered or the service done, if not on the issue date: a day (2026-03-15) or a period (2026-03-01..2026-03-31)')
            [CompletionResult]::new('--deliver-to', '--deliver-to', [CompletionResultType]::ParameterName, 'The delivery address, when it is not the customer''s (\n for line breaks)')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'The invoice''s currency (ISO 4217, e.g. USD; default: the company''s)')
            [CompletionResult]::new('--discount', '--discount', [CompletionResultType]::ParameterName, 'A discount off the whole invoice, shared over its VAT rates: a percentage (5%) or an amount (150); `none` takes it away (edit)')
            [CompletionResult]::new('--collect', '--collect', [CompletionResultType]::ParameterName, 'How it is paid: transfer, or direct-debit under the customer''s SEPA mandate (default: the customer''s way)')
            [CompletionResult]::new('--from-offers', '--from-offers', [CompletionResultType]::ParameterName, 'Invoice these quotes together, comma-separated (DEV-2026-0001,DEV-2026-0002): their lines under each quote''s number; an open quote is accepted on the way')
            [CompletionResult]::new('--from-offer', '--from-offer', [CompletionResultType]::ParameterName, 'Invoice this quote (DEV-2026-0001), as --from-offers does for one; a quote with deposits gets its final invoice, deducting them')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Issue date with --issue (default: today or --as-of)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'With --issue, for an invoice in another currency: how many units of it one unit of the accounting currency buys (default: the rates file''s rate of the issue date)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--prices-include-vat', '--prices-include-vat', [CompletionResultType]::ParameterName, 'Unit prices include VAT (VAT is then taken out per rate)')
            [CompletionResult]::new('--issue', '--issue', [CompletionResultType]::ParameterName, 'Issue it at once')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Invoice a blocked customer all the same')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;invoice;group' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Customer code')
            [CompletionResult]::new('--deliveries', '--deliveries', [CompletionResultType]::ParameterName, 'The delivery notes to invoice, comma-separated (BL-2026-0001,BL-2026-0002)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Every delivery note of the customer not invoiced yet, dated on or before this day')
            [CompletionResult]::new('--series', '--series', [CompletionResultType]::ParameterName, 'Numbering series (default FACT)')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Issue date with --issue (default: today or --as-of)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--issue', '--issue', [CompletionResultType]::ParameterName, 'Issue it at once')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Invoice a blocked customer all the same')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;invoice;edit' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Another customer code')
            [CompletionResult]::new('--line', '--line', [CompletionResultType]::ParameterName, 'A line: "DESIGNATION;QTY;UNIT_PRICE;VAT_RATE[;-DISCOUNT][;goods]" or "@SKU;QTY[;-DISCOUNT]", the discount a percentage (-10%) or an amount (-50) (repeatable)')
            [CompletionResult]::new('--series', '--series', [CompletionResultType]::ParameterName, 'Numbering series (default FACT)')
            [CompletionResult]::new('--terms', '--terms', [CompletionResultType]::ParameterName, 'Payment terms in days after issue (default: the customer''s, else the company''s)')
            [CompletionResult]::new('--penalty-rate', '--penalty-rate', [CompletionResultType]::ParameterName, 'Late-payment rate in percent per year for this invoice')
            [CompletionResult]::new('--po', '--po', [CompletionResultType]::ParameterName, 'The customer''s purchase-order number')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'A note printed on the invoice')
            [CompletionResult]::new('--delivered', '--delivered', [CompletionResultType]::ParameterName, 'When the goods were delivered or the service done, if not on the issue date: a day (2026-03-15) or a period (2026-03-01..2026-03-31)')
            [CompletionResult]::new('--deliver-to', '--deliver-to', [CompletionResultType]::ParameterName, 'The delivery address, when it is not the customer''s (\n for line breaks)')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'The invoice''s currency (ISO 4217, e.g. USD; default: the company''s)')
            [CompletionResult]::new('--discount', '--discount', [CompletionResultType]::ParameterName, 'A discount off the whole invoice, shared over its VAT rates: a percentage (5%) or an amount (150); `none` takes it away (edit)')
            [CompletionResult]::new('--collect', '--collect', [CompletionResultType]::ParameterName, 'How it is paid: transfer, or direct-debit under the customer''s SEPA mandate (default: the customer''s way)')
            [CompletionResult]::new('--add-line', '--add-line', [CompletionResultType]::ParameterName, 'Add lines instead of replacing them all with --line')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--prices-include-vat', '--prices-include-vat', [CompletionResultType]::ParameterName, 'Unit prices include VAT (VAT is then taken out per rate)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;invoice;delete' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;invoice;issue' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Issue date (default: today or --as-of)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'For an invoice in another currency: how many units of it one unit of the accounting currency buys, fixed on the invoice (default: the rates file''s rate of the issue date)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Issue for a blocked customer all the same')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;invoice;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only this status: draft, unsent, sent, overdue, partially_paid, paid, credited, written_off, or pending_collection (a SEPA debit made, its money not on a statement yet)')
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Only this customer')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Issued on or after')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Issued on or before')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only those whose number or customer (code or name) contains TEXT, or whose total or balance is the amount TEXT')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'The order: issued (as recorded), due, customer, total, balance or days-late')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most N invoices, after sorting')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--overdue', '--overdue', [CompletionResultType]::ParameterName, 'Only invoices past their due date with a balance')
            [CompletionResult]::new('--credit-notes', '--credit-notes', [CompletionResultType]::ParameterName, 'List credit notes instead of invoices')
            [CompletionResult]::new('--desc', '--desc', [CompletionResultType]::ParameterName, 'Largest (or latest) first')
            [CompletionResult]::new('--no-pager', '--no-pager', [CompletionResultType]::ParameterName, 'Print straight to the terminal: no pager, even for a list longer than the screen (a list is paged only on a terminal, with $PAGER or `less -FRX`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;invoice;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;invoice;pay' {
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'Amount received (default: the balance)')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Day the money arrived (default: today or --as-of)')
            [CompletionResult]::new('--method', '--method', [CompletionResultType]::ParameterName, 'transfer, check, card, cash, direct_debit or other')
            [CompletionResult]::new('--reference', '--reference', [CompletionResultType]::ParameterName, 'Bank reference, cheque number...')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'For an invoice in another currency: the rate of the day the money arrived (default: the rates file''s)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--overpay', '--overpay', [CompletionResultType]::ParameterName, 'Accept more than the balance and keep the excess as customer credit')
            [CompletionResult]::new('--notify', '--notify', [CompletionResultType]::ParameterName, 'Mail the customer a payment receipt (always, if the config says `receipts = true`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;invoice;credit' {
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'Amount to credit, VAT included (default: all that is not credited yet)')
            [CompletionResult]::new('--line', '--line', [CompletionResultType]::ParameterName, 'Lines to credit: "DESIGNATION;QTY;UNIT_PRICE;VAT_RATE" or "@SKU;QTY" (repeatable)')
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why: printed on the credit note')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Credit note date (default: today or --as-of)')
            [CompletionResult]::new('--series', '--series', [CompletionResultType]::ParameterName, 'Credit-note series (default AV)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;invoice;write-off' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why the debt is lost (liquidation, prescription...)')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Date of the write-off (default: today or --as-of)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;invoice;pdf' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'With --all: only those issued on or after this day')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the PDF here [default: the documents folder beside the ledger]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Render and archive every issued invoice and credit note that has no PDF yet')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;invoice;xml' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the XML here [default: the standard output]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;invoice;send' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Issue date of a draft (default: today or --as-of)')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Send it on that day instead of now: `creances daily` sends it (a draft is issued that day)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--scheduled', '--scheduled', [CompletionResultType]::ParameterName, 'Make the sends scheduled with --at that are due on today or --as-of, as `creances daily` does, without its other parts (for cron: exit 0 done, 1 some sends failed and will be retried, 2 bad usage or config, 3 ledger locked)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Issue a draft all the same for a blocked customer, over its credit limit or under the score floor')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;invoice;mark-sent' {
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Day it was sent (default: today or --as-of)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;invoice;hold' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Why (e.g. "delivery disputed")')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Last day of the hold (default: until released)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;invoice;release' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;invoice;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a draft invoice (no number until it is issued)')
            [CompletionResult]::new('group', 'group', [CompletionResultType]::ParameterValue, 'One invoice of several delivery notes of a customer (a recap invoice, facture récapitulative): its lines under each note''s number and date')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a draft (issued invoices are immutable: make a credit note)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a draft')
            [CompletionResult]::new('issue', 'issue', [CompletionResultType]::ParameterValue, 'Issue a draft: next number of its series, due date from the terms, content frozen')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Invoices with status, balance and days late')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One invoice with its lines and its story: sends, payments, credit notes, reminders, holds')
            [CompletionResult]::new('pay', 'pay', [CompletionResultType]::ParameterValue, 'Record a payment of this invoice')
            [CompletionResult]::new('credit', 'credit', [CompletionResultType]::ParameterValue, 'Issue a credit note (avoir) against an invoice, full or partial')
            [CompletionResult]::new('write-off', 'write-off', [CompletionResultType]::ParameterValue, 'Write the remaining balance off as bad debt')
            [CompletionResult]::new('pdf', 'pdf', [CompletionResultType]::ParameterValue, 'Write the PDF (an issued invoice''s first PDF is archived; later ones are compared with it)')
            [CompletionResult]::new('xml', 'xml', [CompletionResultType]::ParameterValue, 'Write the e-invoice of an issued invoice or credit note: its CII XML (Factur-X, EN 16931)')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Mail the PDF to the customer with a cover message (a draft is issued first)')
            [CompletionResult]::new('mark-sent', 'mark-sent', [CompletionResultType]::ParameterValue, 'Record that the invoice was sent to the customer (by other means than `invoice send`)')
            [CompletionResult]::new('hold', 'hold', [CompletionResultType]::ParameterValue, 'Hold a disputed invoice: no reminder until released (it stays in every balance)')
            [CompletionResult]::new('release', 'release', [CompletionResultType]::ParameterValue, 'End a hold: reminders resume')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'creances;invoice;help;create' {
            break
        }
        'creances;invoice;help;group' {
            break
        }
        'creances;invoice;help;edit' {
            break
        }
        'creances;invoice;help;delete' {
            break
        }
        'creances;invoice;help;issue' {
            break
        }
        'creances;invoice;help;list' {
            break
        }
        'creances;invoice;help;show' {
            break
        }
        'creances;invoice;help;pay' {
            break
        }
        'creances;invoice;help;credit' {
            break
        }
        'creances;invoice;help;write-off' {
            break
        }
        'creances;invoice;help;pdf' {
            break
        }
        'creances;invoice;help;xml' {
            break
        }
        'creances;invoice;help;send' {
            break
        }
        'creances;invoice;help;mark-sent' {
            break
        }
        'creances;invoice;help;hold' {
            break
        }
        'creances;invoice;help;release' {
            break
        }
        'creances;invoice;help;help' {
            break
        }
        'creances;delivery' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Make a delivery note, numbered at once (BL-2026-0001) and never changed after')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Delivery notes with the invoice that bills each')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One delivery note with its lines')
            [CompletionResult]::new('pdf', 'pdf', [CompletionResultType]::ParameterValue, 'Write the delivery note''s PDF (quantities delivered, no amount due)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'creances;delivery;create' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Customer code')
            [CompletionResult]::new('--line', '--line', [CompletionResultType]::ParameterName, 'A line delivered, at the price it will be invoiced: "DESIGNATION;QTY;UNIT_PRICE;VAT_RATE[;goods]" or "@SKU;QTY" (repeatable)')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Day of the delivery (default: today or --as-of)')
            [CompletionResult]::new('--notes', '--notes', [CompletionResultType]::ParameterName, 'A note printed on the delivery note')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;delivery;list' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Only this customer')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--uninvoiced', '--uninvoiced', [CompletionResultType]::ParameterName, 'Only those no invoice bills yet')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;delivery;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;delivery;pdf' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the PDF here [default: the documents folder beside the ledger]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;delivery;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Make a delivery note, numbered at once (BL-2026-0001) and never changed after')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Delivery notes with the invoice that bills each')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One delivery note with its lines')
            [CompletionResult]::new('pdf', 'pdf', [CompletionResultType]::ParameterValue, 'Write the delivery note''s PDF (quantities delivered, no amount due)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'creances;delivery;help;create' {
            break
        }
        'creances;delivery;help;list' {
            break
        }
        'creances;delivery;help;show' {
            break
        }
        'creances;delivery;help;pdf' {
            break
        }
        'creances;delivery;help;help' {
            break
        }
        'creances;collect' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('sepa', 'sepa', [CompletionResultType]::ParameterValue, 'Write the SEPA direct-debit file (pain.008.001.02) of the invoices due by a day and mark them pending collection; a second run skips them')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'creances;collect;sepa' {
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Invoices due on or before this day')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'The file to write for the bank')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;collect;help' {
            [CompletionResult]::new('sepa', 'sepa', [CompletionResultType]::ParameterValue, 'Write the SEPA direct-debit file (pain.008.001.02) of the invoices due by a day and mark them pending collection; a second run skips them')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'creances;collect;help;sepa' {
            break
        }
        'creances;collect;help;help' {
            break
        }
        'creances;payment' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record a payment from a customer, settling its oldest invoices first')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Payments with what each settled')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Apply a customer''s credit (an overpayment, a payment freed by a credit note) to its open invoices, oldest first, or to the one given')
            [CompletionResult]::new('match', 'match', [CompletionResultType]::ParameterValue, 'Match imported bank credits to open invoices: the invoice number in the text first, then the amount of one open invoice of the payer, then the sum of several; shows what would be recorded unless --auto or --interactive')
            [CompletionResult]::new('unmatched', 'unmatched', [CompletionResultType]::ParameterValue, 'Bank credits not matched to invoices yet, with what the matcher makes of them')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'creances;payment;add' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Customer code')
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'Amount received')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Day the money arrived (default: today or --as-of)')
            [CompletionResult]::new('--method', '--method', [CompletionResultType]::ParameterName, 'transfer, check, card, cash, direct_debit or other')
            [CompletionResult]::new('--reference', '--reference', [CompletionResultType]::ParameterName, 'Bank reference, cheque number...')
            [CompletionResult]::new('--currency', '--currency', [CompletionResultType]::ParameterName, 'The payment''s currency when it is not the accounting one (it then settles the customer''s invoices in that currency only)')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'With --currency: how many units of it one unit of the accounting currency buys on the payment''s day (default: the rates file''s)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;payment;list' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Only this customer')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;payment;apply' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Customer code')
            [CompletionResult]::new('--invoice', '--invoice', [CompletionResultType]::ParameterName, 'Only this invoice (number, or #ID); default: the oldest open invoices first')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Day the credit is applied (default: today or --as-of)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;payment;match' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--auto', '--auto', [CompletionResultType]::ParameterName, 'Record the unambiguous matches as payments')
            [CompletionResult]::new('--interactive', '--interactive', [CompletionResultType]::ParameterName, 'Also pick by hand, on a terminal, the invoices of ambiguous and unmatched credits (records the unambiguous matches too)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;payment;unmatched' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;payment;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record a payment from a customer, settling its oldest invoices first')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Payments with what each settled')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Apply a customer''s credit (an overpayment, a payment freed by a credit note) to its open invoices, oldest first, or to the one given')
            [CompletionResult]::new('match', 'match', [CompletionResultType]::ParameterValue, 'Match imported bank credits to open invoices: the invoice number in the text first, then the amount of one open invoice of the payer, then the sum of several; shows what would be recorded unless --auto or --interactive')
            [CompletionResult]::new('unmatched', 'unmatched', [CompletionResultType]::ParameterValue, 'Bank credits not matched to invoices yet, with what the matcher makes of them')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'creances;payment;help;add' {
            break
        }
        'creances;payment;help;list' {
            break
        }
        'creances;payment;help;apply' {
            break
        }
        'creances;payment;help;match' {
            break
        }
        'creances;payment;help;unmatched' {
            break
        }
        'creances;payment;help;help' {
            break
        }
        'creances;report' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('aging', 'aging', [CompletionResultType]::ParameterValue, 'Open balances in buckets: not yet due, 1-30, 31-60, 61-90, over 90 days late')
            [CompletionResult]::new('dmp', 'dmp', [CompletionResultType]::ParameterValue, 'Délai moyen de paiement (amount-weighted days from issue to payment) and DSO')
            [CompletionResult]::new('split', 'split', [CompletionResultType]::ParameterValue, 'Paid / pending / dunning: counts, amounts and shares')
            [CompletionResult]::new('kpis', 'kpis', [CompletionResultType]::ParameterValue, 'Invoiced vs collected, unpaid rate, lateness, receivables over 90 days, payers')
            [CompletionResult]::new('revenue', 'revenue', [CompletionResultType]::ParameterValue, 'Net revenue (excl. VAT, credit notes subtracted) by product, customer or month')
            [CompletionResult]::new('forecast', 'forecast', [CompletionResultType]::ParameterValue, 'Expected cash-in per week, from each customer''s own past delay')
            [CompletionResult]::new('payers', 'payers', [CompletionResultType]::ParameterValue, 'Every customer''s payment score, worst first, with what it is made of')
            [CompletionResult]::new('dashboard', 'dashboard', [CompletionResultType]::ParameterValue, 'The morning''s figures from one read of the ledger: receivables, overdue, DMP and DSO with their trend, aging, split, forecast, worst and best payers, today''s dunning')
            [CompletionResult]::new('trends', 'trends', [CompletionResultType]::ParameterValue, 'Charts by month: DMP and DSO, invoiced vs collected, and how many customers have each score grade')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'creances;report;aging' {
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'One row per customer or per open invoice')
            [CompletionResult]::new('--buckets', '--buckets', [CompletionResultType]::ParameterName, 'Upper limits of the late buckets, in days')
            [CompletionResult]::new('--basis', '--basis', [CompletionResultType]::ParameterName, 'Count days past the due date, or since the issue date')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the report as an Excel workbook (FILE.xlsx) instead of printing it')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;report;dmp' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First day of the period (default: a year before --to)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Last day of the period (default: today or --as-of)')
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'One row per customer')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;report;split' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;report;kpis' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First day of the period (default: a year before --to)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Last day of the period (default: today or --as-of)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;report;revenue' {
            [CompletionResult]::new('--by', '--by', [CompletionResultType]::ParameterName, 'One row per product, per customer or per month')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First day of the period (default: a year before --to)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Last day of the period (default: today or --as-of)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;report;forecast' {
            [CompletionResult]::new('--weeks', '--weeks', [CompletionResultType]::ParameterName, 'How many weeks ahead')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;report;payers' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the report as an Excel workbook (FILE.xlsx) instead of printing it')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;report;dashboard' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the report as an Excel workbook (FILE.xlsx) instead of printing it')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;report;trends' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;report;help' {
            [CompletionResult]::new('aging', 'aging', [CompletionResultType]::ParameterValue, 'Open balances in buckets: not yet due, 1-30, 31-60, 61-90, over 90 days late')
            [CompletionResult]::new('dmp', 'dmp', [CompletionResultType]::ParameterValue, 'Délai moyen de paiement (amount-weighted days from issue to payment) and DSO')
            [CompletionResult]::new('split', 'split', [CompletionResultType]::ParameterValue, 'Paid / pending / dunning: counts, amounts and shares')
            [CompletionResult]::new('kpis', 'kpis', [CompletionResultType]::ParameterValue, 'Invoiced vs collected, unpaid rate, lateness, receivables over 90 days, payers')
            [CompletionResult]::new('revenue', 'revenue', [CompletionResultType]::ParameterValue, 'Net revenue (excl. VAT, credit notes subtracted) by product, customer or month')
            [CompletionResult]::new('forecast', 'forecast', [CompletionResultType]::ParameterValue, 'Expected cash-in per week, from each customer''s own past delay')
            [CompletionResult]::new('payers', 'payers', [CompletionResultType]::ParameterValue, 'Every customer''s payment score, worst first, with what it is made of')
            [CompletionResult]::new('dashboard', 'dashboard', [CompletionResultType]::ParameterValue, 'The morning''s figures from one read of the ledger: receivables, overdue, DMP and DSO with their trend, aging, split, forecast, worst and best payers, today''s dunning')
            [CompletionResult]::new('trends', 'trends', [CompletionResultType]::ParameterValue, 'Charts by month: DMP and DSO, invoiced vs collected, and how many customers have each score grade')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'creances;report;help;aging' {
            break
        }
        'creances;report;help;dmp' {
            break
        }
        'creances;report;help;split' {
            break
        }
        'creances;report;help;kpis' {
            break
        }
        'creances;report;help;revenue' {
            break
        }
        'creances;report;help;forecast' {
            break
        }
        'creances;report;help;payers' {
            break
        }
        'creances;report;help;dashboard' {
            break
        }
        'creances;report;help;trends' {
            break
        }
        'creances;report;help;help' {
            break
        }
        'creances;export' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('fec', 'fec', [CompletionResultType]::ParameterValue, 'Fichier des écritures comptables: the period''s entries, as the tax office and accounting software read them')
            [CompletionResult]::new('entries', 'entries', [CompletionResultType]::ParameterValue, 'The same entries as a spreadsheet-friendly CSV (UTF-8 with BOM, `;`, decimal comma)')
            [CompletionResult]::new('invoices', 'invoices', [CompletionResultType]::ParameterValue, 'One line per invoice with its status and balance (CSV for spreadsheets)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'creances;export;fec' {
            [CompletionResult]::new('--year', '--year', [CompletionResultType]::ParameterName, 'A calendar year (fiscal year = calendar year)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First day of the period')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Last day of the period (closing date)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Where to write [default: SIRENFECYYYYMMDD.txt in the current folder]')
            [CompletionResult]::new('--separator', '--separator', [CompletionResultType]::ParameterName, 'Field separator: tab or pipe (|), the two the tax office accepts')
            [CompletionResult]::new('--encoding', '--encoding', [CompletionResultType]::ParameterName, 'Character set: latin9 (ISO-8859-15, as the text asks) or utf8')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;export;entries' {
            [CompletionResult]::new('--layout', '--layout', [CompletionResultType]::ParameterName, 'Layout of the file (docs/exports.md)')
            [CompletionResult]::new('--year', '--year', [CompletionResultType]::ParameterName, 'A calendar year')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First day of the period')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Last day of the period')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Where to write [default: ecritures-FROM-TO.csv, XImport-FROM-TO.txt, ebp-FROM-TO.txt]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;export;invoices' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Issued on or after')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Issued on or before')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Where to write [default: factures.csv]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;export;help' {
            [CompletionResult]::new('fec', 'fec', [CompletionResultType]::ParameterValue, 'Fichier des écritures comptables: the period''s entries, as the tax office and accounting software read them')
            [CompletionResult]::new('entries', 'entries', [CompletionResultType]::ParameterValue, 'The same entries as a spreadsheet-friendly CSV (UTF-8 with BOM, `;`, decimal comma)')
            [CompletionResult]::new('invoices', 'invoices', [CompletionResultType]::ParameterValue, 'One line per invoice with its status and balance (CSV for spreadsheets)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'creances;export;help;fec' {
            break
        }
        'creances;export;help;entries' {
            break
        }
        'creances;export;help;invoices' {
            break
        }
        'creances;export;help;help' {
            break
        }
        'creances;dunning' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Send what is due today, one mail per customer (for cron: exit 0 done, 1 some sends failed and will be retried, 2 bad usage, 3 ledger locked)')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'What the runs of the next days will do, if nothing is paid meanwhile')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'What was sent, skipped, failed or planned')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send an invoice''s current reminder now; it counts as that step')
            [CompletionResult]::new('resend', 'resend', [CompletionResultType]::ParameterValue, 'Send again, with the next run, a reminder whose send was interrupted (uncertain)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'creances;dunning;run' {
            [CompletionResult]::new('--catch-up', '--catch-up', [CompletionResultType]::ParameterName, 'What a formal notice due before any reminder was mailed becomes: `reminder` (the firmest reminder first, the notice after the ladder''s delay) or `notice` (at once)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show exactly what a run would do and change nothing; also check what the real run needs (sender, mail config, customers'' emails, letters): exit 1 if something due could not be sent')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;dunning;plan' {
            [CompletionResult]::new('--days', '--days', [CompletionResultType]::ParameterName, 'How many days ahead')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;dunning;log' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Only this customer')
            [CompletionResult]::new('--invoice', '--invoice', [CompletionResultType]::ParameterName, 'Only this invoice')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;dunning;send' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;dunning;resend' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;dunning;help' {
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Send what is due today, one mail per customer (for cron: exit 0 done, 1 some sends failed and will be retried, 2 bad usage, 3 ledger locked)')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'What the runs of the next days will do, if nothing is paid meanwhile')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'What was sent, skipped, failed or planned')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send an invoice''s current reminder now; it counts as that step')
            [CompletionResult]::new('resend', 'resend', [CompletionResultType]::ParameterValue, 'Send again, with the next run, a reminder whose send was interrupted (uncertain)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'creances;dunning;help;run' {
            break
        }
        'creances;dunning;help;plan' {
            break
        }
        'creances;dunning;help;log' {
            break
        }
        'creances;dunning;help;send' {
            break
        }
        'creances;dunning;help;resend' {
            break
        }
        'creances;dunning;help;help' {
            break
        }
        'creances;recurring' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Bill a customer every week, month, quarter or year (`recurring run` makes the invoices)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Subscriptions with their next period and state')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One subscription with its lines, revisions, pauses and invoices')
            [CompletionResult]::new('pause', 'pause', [CompletionResultType]::ParameterValue, 'Stop billing from today (or --as-of) until resumed: the periods in between are never billed')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Bill again from today (or --as-of)')
            [CompletionResult]::new('end', 'end', [CompletionResultType]::ParameterValue, 'End a subscription: no period starts after --on (default: today or --as-of)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a subscription from a day on: its lines (--line, --from), its limit (--end, --count), --issue/--send, its day of month; billed periods never change, and `recurring show` lists each edit')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Make the invoice of every period due, catching up missed days (for cron: exit 0 done, 1 some invoices not issued or not sent, 2 bad usage, 3 ledger locked)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'creances;recurring;add' {
            [CompletionResult]::new('--customer', '--customer', [CompletionResultType]::ParameterName, 'Customer code')
            [CompletionResult]::new('--every', '--every', [CompletionResultType]::ParameterName, 'How often: week, month, quarter or year')
            [CompletionResult]::new('--start', '--start', [CompletionResultType]::ParameterName, 'The first period''s day')
            [CompletionResult]::new('--end', '--end', [CompletionResultType]::ParameterName, 'The last day a period may start')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'How many periods in all')
            [CompletionResult]::new('--line', '--line', [CompletionResultType]::ParameterName, 'A line: "DESIGNATION;QTY;UNIT_PRICE;VAT_RATE[;-DISCOUNT][;goods]" or "@SKU;QTY[;-DISCOUNT]", the discount a percentage (-10%) or an amount (-50) (repeatable)')
            [CompletionResult]::new('--day-of-month', '--day-of-month', [CompletionResultType]::ParameterName, 'Periods start on this day of the month (31: the month''s last day)')
            [CompletionResult]::new('--index', '--index', [CompletionResultType]::ParameterName, 'A price revision from a day on, e.g. 3.5%@2027-01-01 (repeatable, compounding)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--issue', '--issue', [CompletionResultType]::ParameterName, 'Issue each invoice on its period''s first day (default: left as a draft)')
            [CompletionResult]::new('--send', '--send', [CompletionResultType]::ParameterName, 'Issue and mail each invoice')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Subscribe a blocked customer all the same')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;recurring;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;recurring;show' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;recurring;pause' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;recurring;resume' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;recurring;end' {
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'The last day a period may start (default: today or --as-of)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;recurring;edit' {
            [CompletionResult]::new('--line', '--line', [CompletionResultType]::ParameterName, 'The new lines, replacing all the current ones from --from on: "DESIGNATION;QTY;UNIT_PRICE;VAT_RATE[;-DISCOUNT][;goods]" or "@SKU;QTY[;-DISCOUNT]" (repeatable)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The first period start billed with the new lines (default: today or --as-of)')
            [CompletionResult]::new('--end', '--end', [CompletionResultType]::ParameterName, 'The last day a period may start (replaces a --count)')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'How many periods in all (replaces an --end)')
            [CompletionResult]::new('--day-of-month', '--day-of-month', [CompletionResultType]::ParameterName, 'Periods start on this day of the month (only before a period is billed)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--issue', '--issue', [CompletionResultType]::ParameterName, 'Issue each invoice on its period''s first day')
            [CompletionResult]::new('--no-issue', '--no-issue', [CompletionResultType]::ParameterName, 'Leave each invoice as a draft (needs --no-send if the invoices are mailed)')
            [CompletionResult]::new('--send', '--send', [CompletionResultType]::ParameterName, 'Issue and mail each invoice')
            [CompletionResult]::new('--no-send', '--no-send', [CompletionResultType]::ParameterName, 'Stop mailing the invoices (they stay issued unless --no-issue)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;recurring;run' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what a run would do and change nothing')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Invoice blocked customers too')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;recurring;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Bill a customer every week, month, quarter or year (`recurring run` makes the invoices)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Subscriptions with their next period and state')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One subscription with its lines, revisions, pauses and invoices')
            [CompletionResult]::new('pause', 'pause', [CompletionResultType]::ParameterValue, 'Stop billing from today (or --as-of) until resumed: the periods in between are never billed')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Bill again from today (or --as-of)')
            [CompletionResult]::new('end', 'end', [CompletionResultType]::ParameterValue, 'End a subscription: no period starts after --on (default: today or --as-of)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a subscription from a day on: its lines (--line, --from), its limit (--end, --count), --issue/--send, its day of month; billed periods never change, and `recurring show` lists each edit')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Make the invoice of every period due, catching up missed days (for cron: exit 0 done, 1 some invoices not issued or not sent, 2 bad usage, 3 ledger locked)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'creances;recurring;help;add' {
            break
        }
        'creances;recurring;help;list' {
            break
        }
        'creances;recurring;help;show' {
            break
        }
        'creances;recurring;help;pause' {
            break
        }
        'creances;recurring;help;resume' {
            break
        }
        'creances;recurring;help;end' {
            break
        }
        'creances;recurring;help;edit' {
            break
        }
        'creances;recurring;help;run' {
            break
        }
        'creances;recurring;help;help' {
            break
        }
        'creances;daily' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;import' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('customers', 'customers', [CompletionResultType]::ParameterValue, 'Customers from a CSV file (code, name, kind, email, address, siren, vat_number, payment_terms_days, language, iban); codes already in the ledger are left as they are')
            [CompletionResult]::new('invoices', 'invoices', [CompletionResultType]::ParameterValue, 'Invoices from another tool, with their own numbers and dates (number, customer, issue_date, total; due_date, net, vat, currency, exchange_rate, paid, paid_on...); marked imported')
            [CompletionResult]::new('payments', 'payments', [CompletionResultType]::ParameterValue, 'Payments received (date, customer, amount; method, reference, invoice, external_id)')
            [CompletionResult]::new('bank', 'bank', [CompletionResultType]::ParameterValue, 'A bank statement: CSV export (columns from [bank] in the config), CAMT.053 or OFX; each bank line is stored once, then `creances payment match` pays invoices with it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'creances;import;customers' {
            [CompletionResult]::new('--skip-bad', '--skip-bad', [CompletionResultType]::ParameterName, 'Import the good rows and write the bad ones to this CSV file with their line and reason')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;import;invoices' {
            [CompletionResult]::new('--skip-bad', '--skip-bad', [CompletionResultType]::ParameterName, 'Import the good rows and write the bad ones to this CSV file with their line and reason')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;import;payments' {
            [CompletionResult]::new('--skip-bad', '--skip-bad', [CompletionResultType]::ParameterName, 'Import the good rows and write the bad ones to this CSV file with their line and reason')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;import;bank' {
            [CompletionResult]::new('--bank-format', '--bank-format', [CompletionResultType]::ParameterName, 'The statement''s format [default: guessed from the content]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;import;help' {
            [CompletionResult]::new('customers', 'customers', [CompletionResultType]::ParameterValue, 'Customers from a CSV file (code, name, kind, email, address, siren, vat_number, payment_terms_days, language, iban); codes already in the ledger are left as they are')
            [CompletionResult]::new('invoices', 'invoices', [CompletionResultType]::ParameterValue, 'Invoices from another tool, with their own numbers and dates (number, customer, issue_date, total; due_date, net, vat, currency, exchange_rate, paid, paid_on...); marked imported')
            [CompletionResult]::new('payments', 'payments', [CompletionResultType]::ParameterValue, 'Payments received (date, customer, amount; method, reference, invoice, external_id)')
            [CompletionResult]::new('bank', 'bank', [CompletionResultType]::ParameterValue, 'A bank statement: CSV export (columns from [bank] in the config), CAMT.053 or OFX; each bank line is stored once, then `creances payment match` pays invoices with it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'creances;import;help;customers' {
            break
        }
        'creances;import;help;invoices' {
            break
        }
        'creances;import;help;payments' {
            break
        }
        'creances;import;help;bank' {
            break
        }
        'creances;import;help;help' {
            break
        }
        'creances;task' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Open tasks, oldest first (--all for done ones too)')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Mark a task done')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'creances;task;list' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Include the tasks already done')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;task;done' {
            [CompletionResult]::new('--note', '--note', [CompletionResultType]::ParameterName, 'What came of it ("promised payment by Friday")')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'Day it was done (default: today or --as-of)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;task;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Open tasks, oldest first (--all for done ones too)')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Mark a task done')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'creances;task;help;list' {
            break
        }
        'creances;task;help;done' {
            break
        }
        'creances;task;help;help' {
            break
        }
        'creances;backup' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'The copy [default: LEDGER-backups/LEDGER-DAY.sqlite beside the ledger]')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;period' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close the books up to a day (inclusive): nothing may be recorded on or before it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'creances;period;close' {
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Last day of the closed period, e.g. the end of the fiscal year handed to the accountant')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;period;help' {
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close the books up to a day (inclusive): nothing may be recorded on or before it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'creances;period;help;close' {
            break
        }
        'creances;period;help;help' {
            break
        }
        'creances;verify' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;demo' {
            [CompletionResult]::new('--customers', '--customers', [CompletionResultType]::ParameterName, 'Instead of the demo, a synthetic ledger of this many customers (for benchmarks)')
            [CompletionResult]::new('--invoices', '--invoices', [CompletionResultType]::ParameterName, 'Number of invoices of the synthetic ledger, spread over ten years')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Seed of the synthetic ledger: the same seed gives the same ledger')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;completions' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;manpage' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The ledger file [default: $CREANCES_DB, else the platform data dir]')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Take this day as today (YYYY-MM-DD): statuses, lateness and default dates follow it')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: table for humans, csv or json for scripts')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour tables: auto (on a terminal, unless NO_COLOR is set), always or never')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The config file (mail, dunning policy) [default: $CREANCES_CONFIG, else the platform config dir]')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of the interface: fr or en [default: the config''s [interface] lang, else the locale: LC_ALL, LC_MESSAGES, LANG]')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'creances;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create a new ledger with the company''s identity')
            [CompletionResult]::new('company', 'company', [CompletionResultType]::ParameterValue, 'The company''s identity printed on documents: show or change it')
            [CompletionResult]::new('customer', 'customer', [CompletionResultType]::ParameterValue, 'Customers: add, edit, list, block, statements of account and SEPA mandates')
            [CompletionResult]::new('product', 'product', [CompletionResultType]::ParameterValue, 'The catalogue of products and services that document lines name as `@SKU`')
            [CompletionResult]::new('offer', 'offer', [CompletionResultType]::ParameterValue, 'Quotes (devis): create, accept into an invoice, decline, print, mail')
            [CompletionResult]::new('invoice', 'invoice', [CompletionResultType]::ParameterValue, 'Invoices and credit notes: drafts, issue, payments, PDF and e-invoice, mail, holds')
            [CompletionResult]::new('delivery', 'delivery', [CompletionResultType]::ParameterValue, 'Delivery notes (bons de livraison), later billed by one recap invoice')
            [CompletionResult]::new('collect', 'collect', [CompletionResultType]::ParameterValue, 'Collect by SEPA direct debit: the bank file of the invoices due')
            [CompletionResult]::new('payment', 'payment', [CompletionResultType]::ParameterValue, 'Payments received: record, list, apply credit, match bank credits to invoices')
            [CompletionResult]::new('report', 'report', [CompletionResultType]::ParameterValue, 'Reports on receivables: aging, payment delays, revenue, forecast, dashboard')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Exports for the accountant and spreadsheets: FEC, entries, invoices')
            [CompletionResult]::new('dunning', 'dunning', [CompletionResultType]::ParameterValue, 'Payment reminders: the daily run, its plan, its log, one reminder now')
            [CompletionResult]::new('recurring', 'recurring', [CompletionResultType]::ParameterValue, 'Subscriptions billed every week, month, quarter or year')
            [CompletionResult]::new('daily', 'daily', [CompletionResultType]::ParameterValue, 'The cron line: the recurring run, then the dunning run, each at most once a day')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import customers, invoices, payments and bank statements from files')
            [CompletionResult]::new('task', 'task', [CompletionResultType]::ParameterValue, 'To-dos the dunning steps leave for you (call the customer), and marking them done')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Copy the whole ledger (one consistent snapshot, checked to read back) to restore from')
            [CompletionResult]::new('period', 'period', [CompletionResultType]::ParameterValue, 'Close accounting periods: nothing is recorded on or before a closed day')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the audit log''s chain, every recorded fact and the archived PDFs (exit 1 if anything was changed)')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'Build a demo ledger (a dozen customers, a year of invoices) and show it')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print the shell completion script (bash, zsh, fish, powershell, elvish)')
            [CompletionResult]::new('manpage', 'manpage', [CompletionResultType]::ParameterValue, 'Print the manual page (roff) of creances or of a command: `creances manpage invoice send | man -l -`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'creances;help;init' {
            break
        }
        'creances;help;company' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the company''s identity')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change the company''s identity (only the fields given)')
            break
        }
        'creances;help;company;show' {
            break
        }
        'creances;help;company;set' {
            break
        }
        'creances;help;customer' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a customer')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a customer''s details (only the fields given)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Every customer with open balance, amount overdue and status (ok, late, blocked)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One customer and its history with a running balance')
            [CompletionResult]::new('block', 'block', [CompletionResultType]::ParameterValue, 'Refuse new quotes and invoices for this customer (unless --force)')
            [CompletionResult]::new('unblock', 'unblock', [CompletionResultType]::ParameterValue, 'Accept new quotes and invoices again')
            [CompletionResult]::new('statement', 'statement', [CompletionResultType]::ParameterValue, 'Statement of account (relevé): invoices, credit notes, payments and a running balance')
            [CompletionResult]::new('mandate', 'mandate', [CompletionResultType]::ParameterValue, 'SEPA direct-debit mandates')
            break
        }
        'creances;help;customer;add' {
            break
        }
        'creances;help;customer;edit' {
            break
        }
        'creances;help;customer;list' {
            break
        }
        'creances;help;customer;show' {
            break
        }
        'creances;help;customer;block' {
            break
        }
        'creances;help;customer;unblock' {
            break
        }
        'creances;help;customer;statement' {
            break
        }
        'creances;help;customer;mandate' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record a customer''s signed SEPA direct-debit mandate (the latest one is used)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Mandates, with how many collections each made')
            break
        }
        'creances;help;customer;mandate;add' {
            break
        }
        'creances;help;customer;mandate;list' {
            break
        }
        'creances;help;product' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a catalogue item')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'The catalogue')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change an item (only the fields given); documents already made keep their lines')
            break
        }
        'creances;help;product;add' {
            break
        }
        'creances;help;product;list' {
            break
        }
        'creances;help;product;edit' {
            break
        }
        'creances;help;offer' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a quote, numbered in its own series (DEV-2026-0001)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Quotes with their status (open, expired, accepted, declined)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One quote with its lines')
            [CompletionResult]::new('accept', 'accept', [CompletionResultType]::ParameterValue, 'Accept a quote: a draft invoice with every line (issued at once with --issue), or with --deposit a deposit invoice (facture d''acompte), issued at once')
            [CompletionResult]::new('invoice', 'invoice', [CompletionResultType]::ParameterValue, 'The final invoice of a quote accepted with a deposit: every line, each deposit deducted')
            [CompletionResult]::new('decline', 'decline', [CompletionResultType]::ParameterValue, 'Decline a quote')
            [CompletionResult]::new('pdf', 'pdf', [CompletionResultType]::ParameterValue, 'Write the quote''s PDF')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Mail the quote''s PDF to the customer with a cover message')
            break
        }
        'creances;help;offer;create' {
            break
        }
        'creances;help;offer;list' {
            break
        }
        'creances;help;offer;show' {
            break
        }
        'creances;help;offer;accept' {
            break
        }
        'creances;help;offer;invoice' {
            break
        }
        'creances;help;offer;decline' {
            break
        }
        'creances;help;offer;pdf' {
            break
        }
        'creances;help;offer;send' {
            break
        }
        'creances;help;invoice' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a draft invoice (no number until it is issued)')
            [CompletionResult]::new('group', 'group', [CompletionResultType]::ParameterValue, 'One invoice of several delivery notes of a customer (a recap invoice, facture récapitulative): its lines under each note''s number and date')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a draft (issued invoices are immutable: make a credit note)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a draft')
            [CompletionResult]::new('issue', 'issue', [CompletionResultType]::ParameterValue, 'Issue a draft: next number of its series, due date from the terms, content frozen')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Invoices with status, balance and days late')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One invoice with its lines and its story: sends, payments, credit notes, reminders, holds')
            [CompletionResult]::new('pay', 'pay', [CompletionResultType]::ParameterValue, 'Record a payment of this invoice')
            [CompletionResult]::new('credit', 'credit', [CompletionResultType]::ParameterValue, 'Issue a credit note (avoir) against an invoice, full or partial')
            [CompletionResult]::new('write-off', 'write-off', [CompletionResultType]::ParameterValue, 'Write the remaining balance off as bad debt')
            [CompletionResult]::new('pdf', 'pdf', [CompletionResultType]::ParameterValue, 'Write the PDF (an issued invoice''s first PDF is archived; later ones are compared with it)')
            [CompletionResult]::new('xml', 'xml', [CompletionResultType]::ParameterValue, 'Write the e-invoice of an issued invoice or credit note: its CII XML (Factur-X, EN 16931)')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Mail the PDF to the customer with a cover message (a draft is issued first)')
            [CompletionResult]::new('mark-sent', 'mark-sent', [CompletionResultType]::ParameterValue, 'Record that the invoice was sent to the customer (by other means than `invoice send`)')
            [CompletionResult]::new('hold', 'hold', [CompletionResultType]::ParameterValue, 'Hold a disputed invoice: no reminder until released (it stays in every balance)')
            [CompletionResult]::new('release', 'release', [CompletionResultType]::ParameterValue, 'End a hold: reminders resume')
            break
        }
        'creances;help;invoice;create' {
            break
        }
        'creances;help;invoice;group' {
            break
        }
        'creances;help;invoice;edit' {
            break
        }
        'creances;help;invoice;delete' {
            break
        }
        'creances;help;invoice;issue' {
            break
        }
        'creances;help;invoice;list' {
            break
        }
        'creances;help;invoice;show' {
            break
        }
        'creances;help;invoice;pay' {
            break
        }
        'creances;help;invoice;credit' {
            break
        }
        'creances;help;invoice;write-off' {
            break
        }
        'creances;help;invoice;pdf' {
            break
        }
        'creances;help;invoice;xml' {
            break
        }
        'creances;help;invoice;send' {
            break
        }
        'creances;help;invoice;mark-sent' {
            break
        }
        'creances;help;invoice;hold' {
            break
        }
        'creances;help;invoice;release' {
            break
        }
        'creances;help;delivery' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Make a delivery note, numbered at once (BL-2026-0001) and never changed after')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Delivery notes with the invoice that bills each')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One delivery note with its lines')
            [CompletionResult]::new('pdf', 'pdf', [CompletionResultType]::ParameterValue, 'Write the delivery note''s PDF (quantities delivered, no amount due)')
            break
        }
        'creances;help;delivery;create' {
            break
        }
        'creances;help;delivery;list' {
            break
        }
        'creances;help;delivery;show' {
            break
        }
        'creances;help;delivery;pdf' {
            break
        }
        'creances;help;collect' {
            [CompletionResult]::new('sepa', 'sepa', [CompletionResultType]::ParameterValue, 'Write the SEPA direct-debit file (pain.008.001.02) of the invoices due by a day and mark them pending collection; a second run skips them')
            break
        }
        'creances;help;collect;sepa' {
            break
        }
        'creances;help;payment' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Record a payment from a customer, settling its oldest invoices first')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Payments with what each settled')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Apply a customer''s credit (an overpayment, a payment freed by a credit note) to its open invoices, oldest first, or to the one given')
            [CompletionResult]::new('match', 'match', [CompletionResultType]::ParameterValue, 'Match imported bank credits to open invoices: the invoice number in the text first, then the amount of one open invoice of the payer, then the sum of several; shows what would be recorded unless --auto or --interactive')
            [CompletionResult]::new('unmatched', 'unmatched', [CompletionResultType]::ParameterValue, 'Bank credits not matched to invoices yet, with what the matcher makes of them')
            break
        }
        'creances;help;payment;add' {
            break
        }
        'creances;help;payment;list' {
            break
        }
        'creances;help;payment;apply' {
            break
        }
        'creances;help;payment;match' {
            break
        }
        'creances;help;payment;unmatched' {
            break
        }
        'creances;help;report' {
            [CompletionResult]::new('aging', 'aging', [CompletionResultType]::ParameterValue, 'Open balances in buckets: not yet due, 1-30, 31-60, 61-90, over 90 days late')
            [CompletionResult]::new('dmp', 'dmp', [CompletionResultType]::ParameterValue, 'Délai moyen de paiement (amount-weighted days from issue to payment) and DSO')
            [CompletionResult]::new('split', 'split', [CompletionResultType]::ParameterValue, 'Paid / pending / dunning: counts, amounts and shares')
            [CompletionResult]::new('kpis', 'kpis', [CompletionResultType]::ParameterValue, 'Invoiced vs collected, unpaid rate, lateness, receivables over 90 days, payers')
            [CompletionResult]::new('revenue', 'revenue', [CompletionResultType]::ParameterValue, 'Net revenue (excl. VAT, credit notes subtracted) by product, customer or month')
            [CompletionResult]::new('forecast', 'forecast', [CompletionResultType]::ParameterValue, 'Expected cash-in per week, from each customer''s own past delay')
            [CompletionResult]::new('payers', 'payers', [CompletionResultType]::ParameterValue, 'Every customer''s payment score, worst first, with what it is made of')
            [CompletionResult]::new('dashboard', 'dashboard', [CompletionResultType]::ParameterValue, 'The morning''s figures from one read of the ledger: receivables, overdue, DMP and DSO with their trend, aging, split, forecast, worst and best payers, today''s dunning')
            [CompletionResult]::new('trends', 'trends', [CompletionResultType]::ParameterValue, 'Charts by month: DMP and DSO, invoiced vs collected, and how many customers have each score grade')
            break
        }
        'creances;help;report;aging' {
            break
        }
        'creances;help;report;dmp' {
            break
        }
        'creances;help;report;split' {
            break
        }
        'creances;help;report;kpis' {
            break
        }
        'creances;help;report;revenue' {
            break
        }
        'creances;help;report;forecast' {
            break
        }
        'creances;help;report;payers' {
            break
        }
        'creances;help;report;dashboard' {
            break
        }
        'creances;help;report;trends' {
            break
        }
        'creances;help;export' {
            [CompletionResult]::new('fec', 'fec', [CompletionResultType]::ParameterValue, 'Fichier des écritures comptables: the period''s entries, as the tax office and accounting software read them')
            [CompletionResult]::new('entries', 'entries', [CompletionResultType]::ParameterValue, 'The same entries as a spreadsheet-friendly CSV (UTF-8 with BOM, `;`, decimal comma)')
            [CompletionResult]::new('invoices', 'invoices', [CompletionResultType]::ParameterValue, 'One line per invoice with its status and balance (CSV for spreadsheets)')
            break
        }
        'creances;help;export;fec' {
            break
        }
        'creances;help;export;entries' {
            break
        }
        'creances;help;export;invoices' {
            break
        }
        'creances;help;dunning' {
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Send what is due today, one mail per customer (for cron: exit 0 done, 1 some sends failed and will be retried, 2 bad usage, 3 ledger locked)')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'What the runs of the next days will do, if nothing is paid meanwhile')
            [CompletionResult]::new('log', 'log', [CompletionResultType]::ParameterValue, 'What was sent, skipped, failed or planned')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send an invoice''s current reminder now; it counts as that step')
            [CompletionResult]::new('resend', 'resend', [CompletionResultType]::ParameterValue, 'Send again, with the next run, a reminder whose send was interrupted (uncertain)')
            break
        }
        'creances;help;dunning;run' {
            break
        }
        'creances;help;dunning;plan' {
            break
        }
        'creances;help;dunning;log' {
            break
        }
        'creances;help;dunning;send' {
            break
        }
        'creances;help;dunning;resend' {
            break
        }
        'creances;help;recurring' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Bill a customer every week, month, quarter or year (`recurring run` makes the invoices)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Subscriptions with their next period and state')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'One subscription with its lines, revisions, pauses and invoices')
            [CompletionResult]::new('pause', 'pause', [CompletionResultType]::ParameterValue, 'Stop billing from today (or --as-of) until resumed: the periods in between are never billed')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Bill again from today (or --as-of)')
            [CompletionResult]::new('end', 'end', [CompletionResultType]::ParameterValue, 'End a subscription: no period starts after --on (default: today or --as-of)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Change a subscription from a day on: its lines (--line, --from), its limit (--end, --count), --issue/--send, its day of month; billed periods never change, and `recurring show` lists each edit')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Make the invoice of every period due, catching up missed days (for cron: exit 0 done, 1 some invoices not issued or not sent, 2 bad usage, 3 ledger locked)')
            break
        }
        'creances;help;recurring;add' {
            break
        }
        'creances;help;recurring;list' {
            break
        }
        'creances;help;recurring;show' {
            break
        }
        'creances;help;recurring;pause' {
            break
        }
        'creances;help;recurring;resume' {
            break
        }
        'creances;help;recurring;end' {
            break
        }
        'creances;help;recurring;edit' {
            break
        }
        'creances;help;recurring;run' {
            break
        }
        'creances;help;daily' {
            break
        }
        'creances;help;import' {
            [CompletionResult]::new('customers', 'customers', [CompletionResultType]::ParameterValue, 'Customers from a CSV file (code, name, kind, email, address, siren, vat_number, payment_terms_days, language, iban); codes already in the ledger are left as they are')
            [CompletionResult]::new('invoices', 'invoices', [CompletionResultType]::ParameterValue, 'Invoices from another tool, with their own numbers and dates (number, customer, issue_date, total; due_date, net, vat, currency, exchange_rate, paid, paid_on...); marked imported')
            [CompletionResult]::new('payments', 'payments', [CompletionResultType]::ParameterValue, 'Payments received (date, customer, amount; method, reference, invoice, external_id)')
            [CompletionResult]::new('bank', 'bank', [CompletionResultType]::ParameterValue, 'A bank statement: CSV export (columns from [bank] in the config), CAMT.053 or OFX; each bank line is stored once, then `creances payment match` pays invoices with it')
            break
        }
        'creances;help;import;customers' {
            break
        }
        'creances;help;import;invoices' {
            break
        }
        'creances;help;import;payments' {
            break
        }
        'creances;help;import;bank' {
            break
        }
        'creances;help;task' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Open tasks, oldest first (--all for done ones too)')
            [CompletionResult]::new('done', 'done', [CompletionResultType]::ParameterValue, 'Mark a task done')
            break
        }
        'creances;help;task;list' {
            break
        }
        'creances;help;task;done' {
            break
        }
        'creances;help;backup' {
            break
        }
        'creances;help;period' {
            [CompletionResult]::new('close', 'close', [CompletionResultType]::ParameterValue, 'Close the books up to a day (inclusive): nothing may be recorded on or before it')
            break
        }
        'creances;help;period;close' {
            break
        }
        'creances;help;verify' {
            break
        }
        'creances;help;demo' {
            break
        }
        'creances;help;completions' {
            break
        }
        'creances;help;manpage' {
            break
        }
        'creances;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
