//! The quiz's components, one per file. Children only emit callbacks; the root owns the state.

pub mod body_figure;
pub mod contact_links;
pub mod for_therapist;
pub mod link_error_view;
pub mod load_chart;
pub mod number_field;
pub mod pain_map;
pub mod progress_bar;
pub mod questions_step;
pub mod quiz_form;
pub mod result_actions;
pub mod result_view;
pub mod site_header;
pub mod spot_step;
pub mod start_screen;
pub mod step_nav;
pub mod training_step;
pub mod weeks_step;
pub mod yes_no;

use crate::form::{Field, FieldError, Unit};
use crate::i18n::{wording, Texts};

/// The message for `field`, when errors are shown.
pub fn message(t: Texts, errors: &[FieldError], field: Field, unit: Unit) -> Option<String> {
    errors
        .iter()
        .find(|e| e.field == field)
        .map(|e| wording::problem(t, field, e.problem, unit).into_owned())
}

/// The `aria-describedby` of field `id`: its hint (`<id>-hint`) and its error (`<id>-error`),
/// those it has; `None` when it has neither.
pub fn described_by(id: &str, hint: bool, error: bool) -> Option<String> {
    let ids: Vec<String> = [(hint, "hint"), (error, "error")]
        .into_iter()
        .filter(|&(has, _)| has)
        .map(|(_, part)| format!("{id}-{part}"))
        .collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}
