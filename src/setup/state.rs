//! The set-up page's state: one `SetupState`, one `SetupAction`, one reducer, owned by the page's
//! root. Side effects (fetching and reading files, the download, the clipboard, the preview)
//! live in the components' callbacks and effects, never here.

use std::rc::Rc;

use yew::Reducible;

use super::draft::{Draft, Edit, TextField};
use super::snippets::Snippet;
use crate::clinic::{self, ConfigProblem, FILE};
use crate::lang::Lang;

/// Where the draft came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// The `clinic.json` in the quiz's folder.
    Folder,
    /// The example that ships with the quiz.
    Example,
    /// A file the clinic picked, by its name.
    File(String),
}

impl Source {
    /// The file's name, as messages about it give it.
    pub fn file_name(&self) -> &str {
        match self {
            Source::File(name) => name,
            Source::Folder | Source::Example => FILE,
        }
    }
}

/// What opening a file left to say: it could not be opened, or parts of it the form does not
/// hold (a value of the wrong kind, a key the quiz does not know).
#[derive(Clone, Debug, PartialEq)]
pub struct Notes {
    /// The file's name.
    pub file: String,
    pub problems: Vec<ConfigProblem>,
}

/// The width the preview shows the quiz at.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Width {
    #[default]
    Phone,
    Computer,
}

impl Width {
    /// The preview's size, in CSS pixels: a common phone, a common laptop.
    pub fn size(self) -> (u32, u32) {
        match self {
            Width::Phone => (390, 760),
            Width::Computer => (1280, 800),
        }
    }
}

/// What became of the last press of Download.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Download {
    /// Refused: some field needs a look first.
    Blocked,
    /// The file was handed to the browser.
    Done,
}

/// The whole state of the set-up page.
#[derive(Clone, Debug, PartialEq)]
pub struct SetupState {
    /// The page's own language.
    pub lang: Lang,
    pub draft: Draft,
    /// Where the draft came from; `None` until the folder's file has been asked for.
    pub source: Option<Source>,
    pub notes: Option<Notes>,
    /// The logo image the clinic picked, at an address only this page can show.
    pub logo_preview: Option<String>,
    pub width: Width,
    /// The quiz's folder on the web, as typed, for the snippets.
    pub quiz_address: String,
    pub download: Option<Download>,
    /// The snippet copied last, and whether copying worked.
    pub copied: Option<(Snippet, bool)>,
}

impl SetupState {
    /// The page as it opens, in `lang`, for a quiz at `quiz_address`: the example, while the
    /// folder's own file is asked for.
    pub fn new(lang: Lang, quiz_address: String) -> SetupState {
        SetupState {
            lang,
            draft: Draft::example(),
            source: None,
            notes: None,
            logo_preview: None,
            width: Width::default(),
            quiz_address,
            download: None,
            copied: None,
        }
    }
}

/// Everything that changes the state.
#[derive(Clone, Debug, PartialEq)]
pub enum SetupAction {
    Language(Lang),
    Edit(Edit),
    /// A file was read: where from, and its text or the HTTP status it could not be fetched
    /// with (0: no network).
    Opened {
        source: Source,
        text: Result<String, u16>,
    },
    /// The clinic picked its logo image: the file's name, and where the page can show it.
    LogoPicked {
        name: String,
        preview: String,
    },
    Width(Width),
    QuizAddress(String),
    /// Download was pressed: the file was handed over, or refused.
    Download(Download),
    Copied(Snippet, bool),
}

impl Reducible for SetupState {
    type Action = SetupAction;

    fn reduce(self: Rc<Self>, action: SetupAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            SetupAction::Language(lang) => next.lang = lang,
            SetupAction::Edit(edit) => {
                next.draft.edit(edit);
                if next.draft != self.draft && next.download == Some(Download::Done) {
                    next.download = None;
                }
            }
            SetupAction::Opened { source, text } => next.open(source, text),
            SetupAction::LogoPicked { name, preview } => {
                next.draft.edit(Edit::Text(TextField::Logo, name));
                next.logo_preview = Some(preview);
            }
            SetupAction::Width(width) => next.width = width,
            SetupAction::QuizAddress(address) => next.quiz_address = address,
            SetupAction::Download(download) => next.download = Some(download),
            SetupAction::Copied(snippet, done) => next.copied = Some((snippet, done)),
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

impl SetupState {
    /// A file read: the draft becomes what the form can hold of it, and the notes say what it
    /// cannot. A file that cannot be opened leaves the draft as it was (the example, when it is
    /// the folder's file at start-up).
    fn open(&mut self, source: Source, text: Result<String, u16>) {
        let file = source.file_name().to_owned();
        let opened = match text {
            Ok(text) => Draft::open(&text).map(|draft| (draft, text)),
            Err(status) => Err(ConfigProblem::NotLoaded(status)),
        };
        match opened {
            Ok((draft, text)) => {
                let (_, found) = clinic::parse(&text);
                let (_, shown) = clinic::parse(&draft.file().to_json());
                let problems: Vec<ConfigProblem> =
                    found.into_iter().filter(|p| !shown.contains(p)).collect();
                self.notes = (!problems.is_empty()).then_some(Notes { file, problems });
                self.draft = draft;
                self.source = Some(source);
                self.logo_preview = None;
                self.download = None;
            }
            Err(problem) => {
                self.notes = Some(Notes {
                    file,
                    problems: vec![problem],
                });
                self.source.get_or_insert(Source::Example);
            }
        }
    }
}
