//! `--help` in French (`--lang fr`, or a French locale): the abouts and flag helps come
//! from locales/fr/help*.ftl; `invoice --help` and its verbs are pinned as the golden
//! snapshot french_help_invoice. English help stays pinned by golden.rs.

use crate::common::{DEMO_DAY, TestEnv};

/// What a command line printed, as a transcript (as golden.rs writes them).
fn transcript(env: &TestEnv, line: &str) -> (i32, String, String) {
    let (code, stdout, stderr) = env.cmdline(line);
    let text = format!("$ creances {line}\n[exit {code}]\n[stdout]\n{stdout}[stderr]\n{stderr}[end]\n");
    (
        code,
        stdout,
        text.replace(&env.dir.path().display().to_string(), "[TMP]"),
    )
}

#[track_caller]
fn has(text: &str, needles: &[&str]) {
    for needle in needles {
        assert!(text.contains(needle), "`{needle}` in:\n{text}");
    }
}

#[test]
fn the_root_help_speaks_french_with_lang_fr() {
    let env = TestEnv::empty();
    let (code, help, _) = transcript(&env, "--lang fr --help");
    assert_eq!(code, 0, "{help}");
    has(
        &help,
        &[
            "Comptabilité clients dans le terminal",
            "Créer un nouveau registre avec l'identité de l'entreprise",
            "Factures et avoirs : brouillons, émission",
            "Prendre ce jour pour aujourd'hui (AAAA-MM-JJ)",
            "Langue de l'interface : fr ou en",
        ],
    );
    assert!(!help.contains("Accounts receivable for the terminal"), "{help}");
    let (_, english, _) = transcript(&env, "--help");
    has(
        &english,
        &["Accounts receivable for the terminal", "Take this day as today"],
    );
}

#[test]
fn a_french_locale_gives_the_french_help_of_a_verb() {
    let env = TestEnv::empty();
    let out = env
        .cmd()
        .env("LANG", "fr_FR.UTF-8")
        .args(["invoice", "create", "--help"])
        .output()
        .expect("run creances");
    let help = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(out.status.success(), "{help}");
    has(
        &help,
        &[
            "Créer une facture brouillon (sans numéro jusqu'à son émission)",
            "Les prix unitaires sont TTC (la TVA est alors extraite par taux)",
            "Le numéro de bon de commande du client",
            "Facturer même si le client est bloqué",
            // a global flag, under its own section, in French too
            "Format de sortie : table pour les humains",
        ],
    );
    assert!(!help.contains("Create a draft invoice"), "{help}");
}

#[test]
fn a_long_help_keeps_its_paragraphs() {
    let env = TestEnv::empty();
    let (code, help, _) = transcript(&env, "--lang fr daily --help");
    assert_eq!(code, 0, "{help}");
    has(
        &help,
        &["chacune au plus une fois par jour\n\nAffiche une ligne de résumé. Code 0 fait"],
    );
}

/// `invoice --help` and each of its verbs' help in French, one snapshot.
#[test]
fn golden_french_invoice_help() {
    let mut env = TestEnv::empty();
    env.today = DEMO_DAY;
    let (_, top, mut t) = transcript(&env, "--lang fr invoice --help");
    let verbs: Vec<String> = top
        .lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|c| *c != "help")
        .map(String::from)
        .collect();
    assert!(verbs.len() > 10, "{top}");
    for verb in verbs {
        t.push_str(&transcript(&env, &format!("--lang fr invoice {verb} --help")).2);
    }
    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.bind(|| insta::assert_snapshot!("french_help_invoice", t));
}
