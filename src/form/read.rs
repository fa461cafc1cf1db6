//! Reading the draft: each field's text is read once, as its answer's row says (its range,
//! whether it must be given), into typed values; the rules between answers are the engine's
//! (`engine::answers::Conflict`). What cannot be read becomes a validation message; what can
//! becomes the answers, through `Answers::read`, as a share link does.

use super::draft::Kind;
use super::{Draft, Question, Step, TextField};
use crate::engine::answers::{Answer, Conflict, DistanceAnswer, Need, Rule, Source, WholeAnswer};
use crate::engine::number::{Decimal, Plain};
use crate::engine::{Answers, Distance, Health, Pain, RedFlag, Spot};

/// A place in the form that a validation message is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Text(TextField),
    /// The pain map as a whole (nothing chosen yet).
    Spots,
    Quality(Spot),
    Question(Question),
}

/// What is wrong with a field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    Required,
    /// Not a number; `whole` when only whole numbers are allowed.
    NotANumber {
        whole: bool,
    },
    /// Outside `0..=max`; a distance's maximum is in the unit shown, to 0.1.
    OutOfRange {
        max: Decimal,
    },
    /// A rule between answers is broken.
    Conflict(Conflict),
    ChooseOne,
}

/// One validation message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: Field,
    pub problem: Problem,
}

/// A field's number, read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Number {
    /// A distance in km, kept to 0.01 km.
    Distance(Distance),
    Whole(u16),
}

impl Number {
    /// Whether it is at most `other`; a rule only compares numbers of one kind.
    fn at_most(self, other: Number) -> bool {
        match (self, other) {
            (Number::Distance(a), Number::Distance(b)) => a <= b,
            (Number::Whole(a), Number::Whole(b)) => a <= b,
            (Number::Distance(_), Number::Whole(_)) | (Number::Whole(_), Number::Distance(_)) => {
                true
            }
        }
    }
}

/// Whether the form asks for a field now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Asked {
    Required,
    Optional,
    /// Not asked (no race planned): whatever was typed is left alone.
    No,
}

impl Draft {
    /// Whether a field is asked for, by its answer's row; a chosen spot's days are part of its
    /// entry, so they must be given.
    fn asked(&self, field: TextField) -> Asked {
        let answer = field.answer();
        match (field, answer.row().need) {
            (TextField::Days(_), _) | (_, Need::Required) => Asked::Required,
            (_, Need::Optional | Need::ZeroIfLeftOut) => Asked::Optional,
            (_, Need::AfterYes) if self.yes_before(answer) == Some(false) => Asked::No,
            (_, Need::AfterYes) => Asked::Required,
        }
    }

    /// The number in a field: `None` when empty or not asked, `Required` when it must be given.
    fn read(&self, field: TextField) -> Result<Option<Number>, Problem> {
        let asked = self.asked(field);
        if asked == Asked::No {
            return Ok(None);
        }
        let text = self.text(field).trim();
        if text.is_empty() {
            return match asked {
                Asked::Required => Err(Problem::Required),
                Asked::Optional | Asked::No => Ok(None),
            };
        }
        self.number(field, text).map(Some)
    }

    /// The number typed, `text` (not empty): digits with one point or comma, checked against
    /// the field's range as typed, then converted.
    fn number(&self, field: TextField, text: &str) -> Result<Number, Problem> {
        let (whole, max, shown_max) = match field.kind() {
            Kind::Distance => (false, self.unit.max(), self.unit.tenths(Distance::MAX)),
            Kind::Whole(max) => {
                let max = Decimal::new(u64::from(max), 0);
                (true, max, max)
            }
        };
        let out_of_range = Problem::OutOfRange { max: shown_max };
        let typed = text.replace(',', ".");
        let value = match Plain::parse(&typed) {
            Some(value) => value,
            None if typed.strip_prefix('-').and_then(Plain::parse).is_some() => {
                return Err(out_of_range)
            }
            None => return Err(Problem::NotANumber { whole }),
        };
        if value.above(max) {
            return Err(out_of_range);
        }
        if whole && !value.is_whole() {
            return Err(Problem::NotANumber { whole });
        }
        let number = match field.kind() {
            Kind::Distance => self.unit.distance(value).map(Number::Distance),
            Kind::Whole(_) => value
                .rounded(1, 0)
                .and_then(|n| u16::try_from(n).ok())
                .map(Number::Whole),
        };
        number.ok_or(out_of_range)
    }

    /// The one number of an answer given in one field, read.
    fn single(&self, fields: Vec<TextField>) -> Option<Number> {
        fields.first().and_then(|&f| self.read(f).ok().flatten())
    }

    /// The problems in the fields typed on one screen: each field's own, a rule between answers
    /// broken on a part of an answer (some of the four weeks left empty) in its place, then the
    /// rules between two answers (on the first one's field).
    fn field_errors(&self, step: Step) -> Vec<FieldError> {
        let mut errors = Vec::new();
        for answer in Answer::ALL {
            let fields = self.text_fields(answer);
            let given = fields
                .iter()
                .filter(|&&f| !self.text(f).trim().is_empty())
                .count();
            let incomplete = Conflict::ALL
                .into_iter()
                .find(|c| c.rule() == Rule::AllOrNone(answer) && given > 0 && given < fields.len());
            for &field in fields.iter().filter(|f| f.step() == step) {
                let problem = match incomplete {
                    Some(conflict) if self.text(field).trim().is_empty() => {
                        Some(Problem::Conflict(conflict))
                    }
                    _ => self.read(field).err(),
                };
                if let Some(problem) = problem {
                    errors.push(FieldError {
                        field: Field::Text(field),
                        problem,
                    });
                }
            }
        }
        for conflict in Conflict::ALL {
            let Rule::AtMost(first, second) = conflict.rule() else {
                continue;
            };
            let fields = self.text_fields(first);
            let Some(&field) = fields.first().filter(|f| f.step() == step) else {
                continue;
            };
            let values = (self.single(fields), self.single(self.text_fields(second)));
            if let (Some(first), Some(second)) = values {
                if !first.at_most(second) {
                    errors.push(FieldError {
                        field: Field::Text(field),
                        problem: Problem::Conflict(conflict),
                    });
                }
            }
        }
        errors
    }

    /// The yes answers to the questions on the safety or the health screen, or the first one
    /// not answered.
    fn yes_answers<T: Copy>(
        &self,
        items: impl IntoIterator<Item = T>,
        question: fn(T) -> Question,
    ) -> Result<Vec<T>, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut yes = Vec::new();
        for item in items {
            match self.answer(question(item)) {
                Some(true) => yes.push(item),
                Some(false) => {}
                None => errors.push(FieldError {
                    field: Field::Question(question(item)),
                    problem: Problem::ChooseOne,
                }),
            }
        }
        match errors.is_empty() {
            true => Ok(yes),
            false => Err(errors),
        }
    }

    /// Every problem on one screen.
    pub fn errors(&self, step: Step) -> Vec<FieldError> {
        match step {
            Step::Start => Vec::new(),
            Step::Training | Step::Weeks => self.field_errors(step),
            Step::PainMap => match self.spots {
                Some(_) => Vec::new(),
                None => vec![FieldError {
                    field: Field::Spots,
                    problem: Problem::ChooseOne,
                }],
            },
            Step::Spot(spot) => {
                let quality = self.spot(spot).and_then(|d| d.quality);
                let choose = quality.is_none().then_some(FieldError {
                    field: Field::Quality(spot),
                    problem: Problem::ChooseOne,
                });
                choose.into_iter().chain(self.field_errors(step)).collect()
            }
            Step::Safety => self
                .yes_answers(RedFlag::ALL, Question::Flag)
                .err()
                .unwrap_or_default(),
            Step::HealthQuestions => self
                .yes_answers(Health::ALL, Question::Condition)
                .err()
                .unwrap_or_default(),
        }
    }

    /// The answers, or the first screen that still has a problem.
    pub fn to_answers(&self) -> Result<Answers, Step> {
        if let Some(step) = self
            .steps()
            .into_iter()
            .find(|&step| !self.errors(step).is_empty())
        {
            return Err(step);
        }
        Answers::read(&mut Reader(self))
    }
}

/// A draft with no problem left, read as answers; an error is the screen to go back to.
struct Reader<'a>(&'a Draft);

impl Reader<'_> {
    /// The number in one field.
    fn number(&self, field: TextField) -> Result<Option<Number>, Step> {
        self.0.read(field).map_err(|_| field.step())
    }
}

impl Source for Reader<'_> {
    type Error = Step;

    fn distance(&mut self, which: DistanceAnswer) -> Result<Option<Distance>, Step> {
        let answer = Answer::Distance(which);
        for field in self.0.text_fields(answer) {
            if let Some(Number::Distance(km)) = self.number(field)? {
                return Ok(Some(km));
            }
        }
        Ok(None)
    }

    fn weeks(&mut self) -> Result<Option<[Distance; 4]>, Step> {
        let mut weeks = [Distance::default(); 4];
        let fields = self.0.text_fields(Answer::Weeks);
        for (week, field) in weeks.iter_mut().zip(fields) {
            match self.number(field)? {
                Some(Number::Distance(km)) => *week = km,
                Some(Number::Whole(_)) | None => return Ok(None),
            }
        }
        Ok(Some(weeks))
    }

    fn whole(&mut self, which: WholeAnswer) -> Result<Option<u16>, Step> {
        let answer = Answer::Whole(which);
        for field in self.0.text_fields(answer) {
            if let Some(Number::Whole(n)) = self.number(field)? {
                return Ok(Some(n));
            }
        }
        match answer.row().need {
            Need::ZeroIfLeftOut => Ok(Some(0)),
            Need::Required | Need::Optional | Need::AfterYes => Ok(None),
        }
    }

    fn pains(&mut self) -> Result<Vec<Pain>, Step> {
        let draft = self.0;
        draft
            .chosen_spots()
            .map(|spot| {
                let details = draft.spot(spot).ok_or(Step::Spot(spot))?;
                let quality = details.quality.ok_or(Step::Spot(spot))?;
                match self.number(TextField::Days(spot))? {
                    Some(Number::Whole(days)) => Ok(Pain {
                        spot,
                        severity: details.severity,
                        quality,
                        days,
                    }),
                    Some(Number::Distance(_)) | None => Err(Step::Spot(spot)),
                }
            })
            .collect()
    }

    fn flags(&mut self) -> Result<Vec<RedFlag>, Step> {
        self.0
            .yes_answers(RedFlag::ALL, Question::Flag)
            .map_err(|_| Step::Safety)
    }

    fn health(&mut self) -> Result<Vec<Health>, Step> {
        self.0
            .yes_answers(Health::ALL, Question::Condition)
            .map_err(|_| Step::HealthQuestions)
    }

    /// The screens' own checks have found every broken rule already.
    fn check(&mut self, _conflict: Conflict) -> Result<(), Step> {
        Ok(())
    }
}
