//! The dunning policy: the product's ladders, one per customer profile, and the rules
//! a policy from the config must obey.

use std::collections::HashMap;

use rust_decimal::Decimal;

use super::{Channel, Step, Tone};
use crate::domain::DomainError;
use crate::domain::customer::DunningProfile;

fn step(name: &str, offset: i64, channel: Channel, template: &str, tone: Tone) -> Step {
    Step {
        name: name.into(),
        offset,
        channel,
        template: template.into(),
        tone,
        claim_penalties: false,
        tell_owner: false,
    }
}

fn claiming(mut s: Step) -> Step {
    s.claim_penalties = true;
    s
}

fn telling_owner(mut s: Step) -> Step {
    s.tell_owner = true;
    s
}

/// The product's default ladder (`standard`).
pub fn standard_ladder() -> Vec<Step> {
    use Channel::*;
    vec![
        step("pre-7", -7, Email, "heads_up", Tone::Courteous),
        step("pre-1", -1, Email, "due_tomorrow", Tone::Courteous),
        step("r1", 3, Email, "reminder_friendly", Tone::Friendly),
        telling_owner(step("r2", 7, Email, "reminder_firmer", Tone::Firm)),
        claiming(step("r3", 15, Email, "reminder_firm", Tone::Firm)),
        step("call", 20, Task, "call", Tone::Firm),
        claiming(step("notice", 30, Letter, "formal_notice", Tone::Formal)),
    ]
}

/// `vip`: spaced out and courteous until the formal notice.
pub fn vip_ladder() -> Vec<Step> {
    use Channel::*;
    vec![
        step("pre-7", -7, Email, "heads_up", Tone::Courteous),
        step("r1", 7, Email, "reminder_friendly", Tone::Courteous),
        telling_owner(step("r2", 21, Email, "reminder_courteous", Tone::Courteous)),
        step("call", 30, Task, "call", Tone::Courteous),
        claiming(step("r3", 45, Email, "reminder_courteous", Tone::Courteous)),
        claiming(step("notice", 60, Letter, "formal_notice", Tone::Formal)),
    ]
}

/// `new`: closer together, to set the habit early.
pub fn new_customer_ladder() -> Vec<Step> {
    use Channel::*;
    vec![
        step("pre-7", -7, Email, "heads_up", Tone::Courteous),
        step("pre-1", -1, Email, "due_tomorrow", Tone::Courteous),
        step("r1", 1, Email, "reminder_friendly", Tone::Friendly),
        telling_owner(step("r2", 5, Email, "reminder_firmer", Tone::Firm)),
        claiming(step("r3", 10, Email, "reminder_firm", Tone::Firm)),
        step("call", 12, Task, "call", Tone::Firm),
        claiming(step("notice", 20, Letter, "formal_notice", Tone::Formal)),
    ]
}

/// `late_payer`: firm from the day after the due date.
pub fn late_payer_ladder() -> Vec<Step> {
    use Channel::*;
    vec![
        step("pre-3", -3, Email, "due_tomorrow", Tone::Courteous),
        claiming(step("r1", 1, Email, "reminder_firm", Tone::Firm)),
        telling_owner(claiming(step("r3", 7, Email, "reminder_firm", Tone::Firm))),
        step("call", 10, Task, "call", Tone::Firm),
        claiming(step("notice", 20, Letter, "formal_notice", Tone::Formal)),
    ]
}

/// The dunning policy: a ladder per profile and the rules of a run.
#[derive(Debug, Clone, PartialEq)]
pub struct Policy {
    pub ladders: HashMap<&'static str, Vec<Step>>,
    /// Balances under this get no reminder (a few cents left after a bank fee).
    pub min_balance: Decimal,
    /// Frequent late payers get the `late_payer` ladder whatever their profile.
    pub switch_frequent_late_payers: bool,
    /// A formal notice blocks its customer; the payment that leaves it nothing overdue
    /// unblocks it.
    pub block_at_notice: bool,
}

impl Default for Policy {
    fn default() -> Self {
        let mut ladders = HashMap::new();
        ladders.insert("standard", standard_ladder());
        ladders.insert("vip", vip_ladder());
        ladders.insert("new", new_customer_ladder());
        ladders.insert("late_payer", late_payer_ladder());
        Policy {
            ladders,
            min_balance: Decimal::from(5),
            switch_frequent_late_payers: false,
            block_at_notice: false,
        }
    }
}

impl Policy {
    /// Replaces a profile's ladder, checking it.
    pub fn set_ladder(&mut self, profile: DunningProfile, mut steps: Vec<Step>) -> Result<(), DomainError> {
        if steps.is_empty() {
            return Err(DomainError::Invalid(crate::t!(
                "domain-ladder-empty",
                profile = profile.as_str()
            )));
        }
        steps.sort_by_key(|s| s.offset);
        for (i, s) in steps.iter().enumerate() {
            let name_ok = !s.name.is_empty()
                && s.name.len() <= 32
                && s.name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            if !name_ok {
                return Err(DomainError::Invalid(crate::t!(
                    "domain-step-name-invalid",
                    name = &s.name
                )));
            }
            if steps[..i].iter().any(|o| o.name == s.name) {
                return Err(DomainError::Invalid(crate::t!(
                    "domain-step-twice",
                    name = &s.name,
                    profile = profile.as_str()
                )));
            }
            if !(-90..=365).contains(&s.offset) {
                return Err(DomainError::Invalid(crate::t!(
                    "domain-step-offset-range",
                    name = &s.name,
                    offset = s.offset.to_string()
                )));
            }
            let template_ok =
                !s.template.is_empty() && s.template.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
            if !template_ok {
                return Err(DomainError::Invalid(crate::t!(
                    "domain-step-template-invalid",
                    name = &s.name,
                    template = &s.template
                )));
            }
        }
        self.ladders.insert(profile.as_str(), steps);
        Ok(())
    }

    /// The ladder an invoice of this customer follows.
    pub fn ladder(&self, profile: DunningProfile, frequent_late_payer: bool) -> &[Step] {
        let profile = self.profile(profile, frequent_late_payer);
        self.ladders
            .get(profile.as_str())
            .map(Vec::as_slice)
            .unwrap_or_default()
    }

    /// The profile that applies: the customer's, or `late_payer` when the policy switches
    /// frequent late payers.
    pub fn profile(&self, profile: DunningProfile, frequent_late_payer: bool) -> DunningProfile {
        if frequent_late_payer && self.switch_frequent_late_payers {
            DunningProfile::LatePayer
        } else {
            profile
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_ladder_is_the_products() {
        let l = standard_ladder();
        let summary: Vec<(&str, i64, Channel)> =
            l.iter().map(|s| (s.name.as_str(), s.offset, s.channel)).collect();
        assert_eq!(
            summary,
            vec![
                ("pre-7", -7, Channel::Email),
                ("pre-1", -1, Channel::Email),
                ("r1", 3, Channel::Email),
                ("r2", 7, Channel::Email),
                ("r3", 15, Channel::Email),
                ("call", 20, Channel::Task),
                ("notice", 30, Channel::Letter),
            ]
        );
        assert!(l.iter().find(|s| s.name == "r3").unwrap().claim_penalties);
        assert!(l.iter().find(|s| s.name == "r2").unwrap().tell_owner);
    }

    #[test]
    fn every_profile_has_a_sorted_ladder_ending_in_a_formal_notice() {
        let p = Policy::default();
        for profile in [
            DunningProfile::Standard,
            DunningProfile::Vip,
            DunningProfile::New,
            DunningProfile::LatePayer,
        ] {
            let l = p.ladder(profile, false);
            assert!(l.windows(2).all(|w| w[0].offset < w[1].offset), "{profile:?}");
            assert_eq!(l.last().unwrap().tone, Tone::Formal);
            let mut checked = p.clone();
            checked.set_ladder(profile, l.to_vec()).unwrap();
        }
        // vip is spaced out, new closer together than standard
        let r1 = |pr| {
            p.ladder(pr, false)
                .iter()
                .find(|s| s.name == "r1")
                .unwrap()
                .offset
        };
        assert!(r1(DunningProfile::Vip) > r1(DunningProfile::Standard));
        assert!(r1(DunningProfile::New) < r1(DunningProfile::Standard));
        assert_eq!(r1(DunningProfile::LatePayer), 1);
    }

    #[test]
    fn frequent_late_payers_switch_ladder_only_when_the_policy_says_so() {
        let mut p = Policy::default();
        assert_eq!(p.profile(DunningProfile::Vip, true), DunningProfile::Vip);
        p.switch_frequent_late_payers = true;
        assert_eq!(p.profile(DunningProfile::Vip, true), DunningProfile::LatePayer);
        assert_eq!(p.profile(DunningProfile::Vip, false), DunningProfile::Vip);
    }

    #[test]
    fn bad_ladders_are_refused() {
        let mut p = Policy::default();
        assert!(p.set_ladder(DunningProfile::Standard, vec![]).is_err());
        let twice = vec![standard_ladder()[2].clone(), standard_ladder()[2].clone()];
        assert!(p.set_ladder(DunningProfile::Standard, twice).is_err());
        let mut far = standard_ladder();
        far[0].offset = 1000;
        assert!(p.set_ladder(DunningProfile::Standard, far).is_err());
        let mut odd = standard_ladder();
        odd[0].template = "../etc/passwd".into();
        assert!(p.set_ladder(DunningProfile::Standard, odd).is_err());
        // a valid ladder is sorted by offset
        let mut shuffled = standard_ladder();
        shuffled.reverse();
        p.set_ladder(DunningProfile::Standard, shuffled).unwrap();
        assert_eq!(
            p.ladder(DunningProfile::Standard, false),
            standard_ladder().as_slice()
        );
    }
}
