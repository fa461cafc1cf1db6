//! The install snippets the set-up page offers to copy, as `docs/embed.md` and `docs/deploy.md`
//! describe them: the quiz in a frame that fits its height (`embed.js`), in a frame of a fixed
//! height with a link to the full page (site builders whose frames cannot grow), as a WordPress
//! block, and the host's `frame-ancestors` header for the clinic's own sites.

use html_escape::{encode_double_quoted_attribute as attribute, encode_text};
use serde::Serialize;

/// The fixed height of a frame that cannot grow, in CSS pixels: the question screens fit.
pub const FIXED_HEIGHT: u32 = 1400;

/// A snippet to copy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Snippet {
    /// An iframe and `embed.js`, for a site the clinic controls.
    OwnSite,
    /// An iframe of a fixed height and a link to the full page: Wix, Squarespace.
    SiteBuilder,
    /// The own-site snippet as a WordPress Custom HTML block.
    Wordpress,
    /// The header that lets only the clinic's own sites frame the quiz.
    FrameAncestors,
}

/// What the snippets are made of.
#[derive(Clone, Copy, Debug)]
pub struct Install<'a> {
    /// The quiz's folder on the web, ending in `/` ([`quiz_address`]).
    pub quiz: &'a str,
    /// The frame's title, for screen readers.
    pub title: &'a str,
    /// The text of the link to the full page.
    pub link: &'a str,
    /// The clinic's own sites, as origins.
    pub origins: &'a [String],
}

impl Snippet {
    /// Every snippet, in the order the page offers them.
    pub const ALL: [Snippet; 4] = [
        Snippet::OwnSite,
        Snippet::SiteBuilder,
        Snippet::Wordpress,
        Snippet::FrameAncestors,
    ];

    /// Its id on the page.
    pub fn id(self) -> String {
        format!(
            "snippet-{}",
            serde_plain::to_string(&self).unwrap_or_default()
        )
    }

    /// The snippet's text.
    pub fn text(self, install: &Install) -> String {
        let quiz = attribute(install.quiz);
        let title = attribute(install.title);
        // A frame that `embed.js` resizes, or one of a fixed height.
        let frame = |resizes: bool| {
            let (marker, height) = if resizes {
                (" data-recovery-quiz", String::new())
            } else {
                ("", format!("height:{FIXED_HEIGHT}px;"))
            };
            format!(
                "<iframe{marker} src=\"{quiz}?embed=1\"\n  title=\"{title}\" style=\"width:100%;{height}border:0\" loading=\"lazy\"\n  allow=\"clipboard-write\"></iframe>"
            )
        };
        let own = format!(
            "{}\n<script src=\"{quiz}embed.js\" async></script>",
            frame(true)
        );
        match self {
            Snippet::OwnSite => own,
            Snippet::SiteBuilder => format!(
                "{}\n<p><a href=\"{quiz}\" target=\"_blank\" rel=\"noopener\">{}</a></p>",
                frame(false),
                encode_text(install.link)
            ),
            Snippet::Wordpress => format!("<!-- wp:html -->\n{own}\n<!-- /wp:html -->"),
            Snippet::FrameAncestors => {
                let sources: Vec<&str> = ["'self'"]
                    .into_iter()
                    .chain(install.origins.iter().map(String::as_str))
                    .collect();
                format!(
                    "Content-Security-Policy: frame-ancestors {}",
                    sources.join(" ")
                )
            }
        }
    }
}

/// The quiz's folder as typed, as the snippets write it: an `https://` or `http://` address with
/// a host, ending in `/` (an `index.html` at the end is dropped); `None` for anything else,
/// including an address with a query, a fragment, spaces or quotes.
pub fn quiz_address(typed: &str) -> Option<String> {
    let typed = typed.trim();
    let lower = typed.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))?;
    let has_host = rest.split('/').next().is_some_and(|host| !host.is_empty());
    let plain = !typed.contains(|c: char| c.is_whitespace() || "\"'<>?#\\`".contains(c));
    if !(has_host && plain) {
        return None;
    }
    let folder = typed.strip_suffix("index.html").unwrap_or(typed);
    Some(if folder.ends_with('/') {
        folder.to_owned()
    } else {
        format!("{folder}/")
    })
}
