//! The four techniques the clinic can offer.

/// A massage technique. The slugs are the share link's and `clinic.json`'s names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Technique {
    DeepTissue,
    Cupping,
    Graston,
    Cryotherapy,
}

impl Technique {
    /// All four, in the clinic's usual order.
    pub const ALL: [Technique; 4] = [
        Technique::DeepTissue,
        Technique::Cupping,
        Technique::Graston,
        Technique::Cryotherapy,
    ];

    /// The name used in `data-technique` and `clinic.json`.
    pub fn slug(self) -> &'static str {
        match self {
            Technique::DeepTissue => "deep-tissue",
            Technique::Cupping => "cupping",
            Technique::Graston => "graston",
            Technique::Cryotherapy => "cryotherapy",
        }
    }

    /// The technique with this name.
    pub fn from_slug(slug: &str) -> Option<Technique> {
        Technique::ALL.into_iter().find(|t| t.slug() == slug)
    }
}
