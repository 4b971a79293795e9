//! `--help` and clap's parse errors in French (issue 16): chosen by `--lang fr` or the
//! locale, with the French help of `locales/fr/help.ftl`, clap's headings and errors in
//! French, and the exit codes of English (0 for help, 2 for a usage error).

use crate::common::TestEnv;

fn french(env: &TestEnv, args: &[&str]) -> (i32, String, String) {
    let out = env
        .cmd()
        .args(["--lang", "fr"])
        .args(args)
        .output()
        .expect("run creances");
    let text = |b: Vec<u8>| String::from_utf8(b).expect("utf-8");
    (
        out.status.code().expect("an exit code"),
        text(out.stdout),
        text(out.stderr),
    )
}

#[test]
fn the_help_of_creances_is_in_french_with_clap_s_words_too() {
    let env = TestEnv::empty();
    let (code, out, err) = french(&env, &["--help"]);
    assert_eq!(code, 0, "{err}");
    for words in [
        "Comptes clients dans le terminal",
        "Utilisation : creances [OPTIONS] <COMMAND>",
        "Commandes :",
        "Options globales :",
        "Afficher l'aide",
        "Afficher la version",
        "Afficher ce message ou l'aide des sous-commandes données",
        "[par défaut : table] [valeurs possibles : table, csv, json]",
    ] {
        // help lines wrap at the terminal's width: compare with the words run together
        let flat = out.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.contains(words), "no {words:?} in:\n{out}");
    }
    for english in [
        "Usage:",
        "Commands:",
        "Options:",
        "Print help",
        "Global options",
        "[default:",
        "possible values",
    ] {
        assert!(!out.contains(english), "{english:?} left in English:\n{out}");
    }
    insta::assert_snapshot!("french_help_creances", out);
}

#[test]
fn the_help_of_invoice_is_in_french() {
    let env = TestEnv::empty();
    let (code, out, err) = french(&env, &["invoice", "--help"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Factures et avoirs : brouillons, émission"), "{out}");
    assert!(out.contains("  create     Créer une facture brouillon"), "{out}");
    insta::assert_snapshot!("french_help_invoice", out);
}

#[test]
fn the_locale_chooses_french_for_a_subcommand_s_help() {
    let env = TestEnv::empty();
    let out = env
        .cmd()
        .env("LANG", "fr_FR.UTF-8")
        .args(["invoice", "create", "--help"])
        .output()
        .expect("run creances");
    assert_eq!(out.status.code(), Some(0));
    let out = String::from_utf8(out.stdout).expect("utf-8");
    for words in [
        "Créer une facture brouillon (sans numéro jusqu'à son émission)",
        "Utilisation : creances invoice create [OPTIONS]",
        "Options :",
        "Code client",
        "Série de numérotation (par défaut FACT)",
        "Options globales :",
        "Le fichier du registre",
    ] {
        assert!(out.contains(words), "no {words:?} in:\n{out}");
    }
    // Flags and values stay as they are.
    assert!(
        out.contains("--customer <CUSTOMER>") && out.contains("--line <LINE>"),
        "{out}"
    );
}

#[test]
fn english_help_is_unchanged_without_french() {
    let env = TestEnv::empty();
    let out = env
        .cmd()
        .args(["invoice", "--help"])
        .output()
        .expect("run creances");
    let out = String::from_utf8(out.stdout).expect("utf-8");
    assert!(
        out.contains("Usage: creances invoice") && out.contains("Commands:"),
        "{out}"
    );
    assert!(!out.contains("Utilisation"), "{out}");
}

#[test]
fn an_unknown_flag_is_refused_in_french_with_exit_code_2() {
    let env = TestEnv::empty();
    let (code, out, err) = french(&env, &["invoice", "create", "--bogus"]);
    assert_eq!(code, 2);
    assert_eq!(out, "");
    assert_eq!(
        err,
        "erreur : argument inattendu « --bogus »\n\n\
         Utilisation : creances invoice create [OPTIONS]\n\n\
         Pour en savoir plus, essayez « --help ».\n"
    );
}

#[test]
fn a_bad_value_lists_the_possible_ones_in_french() {
    let env = TestEnv::empty();
    let (code, _, err) = french(&env, &["--format", "xml", "invoice", "list"]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("erreur : valeur « xml » invalide pour « --format <FORMAT> »\n"),
        "{err}"
    );
    assert!(err.contains("[valeurs possibles : table, csv, json]"), "{err}");
    assert!(
        !err.contains("error:") && !err.contains("possible values"),
        "{err}"
    );
}

#[test]
fn a_misspelt_command_and_a_missing_argument_are_told_in_french() {
    let env = TestEnv::empty();
    let (code, _, err) = french(&env, &["invoce"]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("erreur : sous-commande inconnue « invoce »"),
        "{err}"
    );
    assert!(
        err.contains("conseil : une sous-commande proche existe : « invoice »"),
        "{err}"
    );
    let (code, _, err) = french(&env, &["invoice", "pay"]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with("erreur : ces arguments obligatoires manquent :\n  <INVOICE>\n"),
        "{err}"
    );
    assert!(
        err.contains("Utilisation : creances invoice pay <INVOICE>"),
        "{err}"
    );
}
