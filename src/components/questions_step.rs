//! Screen: a list of yes/no questions (the safety questions, the health questions).

use yew::prelude::*;

use super::yes_no::YesNo;
use crate::state::Edit;

/// One question: its name, its wording, its answer so far, its error, and the edits that
/// answering yes or no makes.
#[derive(Clone, PartialEq)]
pub struct Question {
    pub name: &'static str,
    pub text: &'static str,
    pub answer: Option<bool>,
    pub error: Option<String>,
    pub yes: Edit,
    pub no: Edit,
}

#[derive(Properties, PartialEq)]
pub struct QuestionsStepProps {
    pub heading: AttrValue,
    pub intro: AttrValue,
    pub questions: Vec<Question>,
    /// Emits the answered question's edit.
    pub onanswer: Callback<Edit>,
}

#[function_component(QuestionsStep)]
pub fn questions_step(props: &QuestionsStepProps) -> Html {
    let questions = props.questions.iter().map(|q| {
        let (yes, no) = (q.yes.clone(), q.no.clone());
        let onanswer = props
            .onanswer
            .reform(move |answer| if answer { yes.clone() } else { no.clone() });
        html! {
            <YesNo name={q.name} question={q.text} answer={q.answer} error={q.error.clone()}
                {onanswer} />
        }
    });
    html! {
        <>
            <h1 tabindex="-1">{ &props.heading }</h1>
            <p class="lead">{ &props.intro }</p>
            { for questions }
        </>
    }
}
