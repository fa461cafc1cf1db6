//! Screen: a list of yes/no questions (the safety questions, the health questions).

use yew::prelude::*;

use super::yes_no::YesNo;

/// One question: its name, its wording, its answer so far and its error.
#[derive(Clone, PartialEq)]
pub struct Question {
    pub name: &'static str,
    pub text: &'static str,
    pub answer: Option<bool>,
    pub error: Option<String>,
}

#[derive(Properties, PartialEq)]
pub struct QuestionsStepProps {
    pub heading: AttrValue,
    pub intro: AttrValue,
    pub questions: Vec<Question>,
    /// Emits the question's name and the answer.
    pub onanswer: Callback<(&'static str, bool)>,
}

#[function_component(QuestionsStep)]
pub fn questions_step(props: &QuestionsStepProps) -> Html {
    let questions = props.questions.iter().map(|q| {
        let name = q.name;
        html! {
            <YesNo name={name} question={q.text} answer={q.answer} error={q.error.clone()}
                onanswer={props.onanswer.reform(move |yes| (name, yes))} />
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
