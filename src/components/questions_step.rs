//! Screen: a list of yes/no questions (the safety questions, the health questions).

use yew::prelude::*;

use super::message;
use super::yes_no::YesNo;
use crate::form::{Draft, Edit, Field, FieldError, Question};
use crate::i18n::use_texts;

#[derive(Properties, PartialEq)]
pub struct QuestionsStepProps {
    pub heading: AttrValue,
    pub intro: AttrValue,
    pub questions: Vec<Question>,
    pub draft: Draft,
    pub errors: Vec<FieldError>,
    pub onedit: Callback<Edit>,
}

#[function_component(QuestionsStep)]
pub fn questions_step(props: &QuestionsStepProps) -> Html {
    let t = use_texts();
    let questions = props.questions.iter().map(|&question| {
        let error = message(
            t,
            &props.errors,
            Field::Question(question),
            props.draft.unit,
        );
        let onanswer = props.onedit.reform(move |yes| Edit::Answer(question, yes));
        html! {
            <YesNo name={question.to_string()} question={match question {
                Question::Flag(flag) => t.flag_question(flag),
                Question::Condition(condition) => t.condition_question(condition),
            }}
                answer={props.draft.answer(question)} {error} {onanswer} />
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
