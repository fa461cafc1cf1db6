//! The start screen pre-rendered into index.html at build time (`scripts/prerender.mjs`) paints
//! before the WebAssembly arrives, and stays on the page until the visitor first taps it.
//!
//! The app renders into an element that is not yet in the page. While its markup is the same as
//! the copy's, the copy stays: swapping identical content would only repaint it, and a browser
//! counts that repaint as the page's largest paint. The app takes the copy's place in one step
//! (never both on the page, never neither) when the visitor taps a button in it, the tap being
//! passed on to the same button in the app, or as soon as the app shows something else: saved
//! progress to resume, a share link, an embedded page, a clinic file changed since the build.
//! A tap made before the WebAssembly arrived is kept by `static/boot.js` in `data-pending`, and
//! passed on only if the app's first screen is the copy's.

use std::cell::RefCell;

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

/// The id of the pre-rendered copy, and of the app's root.
const COPY_ID: &str = "prerender";
const ROOT_ID: &str = "app";
/// Where `static/boot.js` writes the index of a button tapped before the app could answer it.
const PENDING: &str = "data-pending";

/// A copy on the page and the app's root waiting to take its place.
struct Waiting {
    copy: Element,
    root: Element,
    _taps: EventListener,
}

thread_local! {
    static WAITING: RefCell<Option<Waiting>> = const { RefCell::new(None) };
}

/// The element to render the app into: off the page while a pre-rendered copy is on it, else
/// `#app` (made if missing). `None` only if the document cannot make an element.
pub fn root() -> Option<Element> {
    let document = gloo_utils::document();
    let root = match document.get_element_by_id(ROOT_ID) {
        Some(root) => root,
        None => document.create_element("div").ok()?,
    };
    root.set_id(ROOT_ID);
    let Some(copy) = document.get_element_by_id(COPY_ID) else {
        if !root.is_connected() {
            document.body()?.append_child(&root).ok()?;
        }
        return Some(root);
    };
    let taps = EventListener::new(&copy, "click", |event| {
        if let Some(index) = event.target().and_then(|t| button_index(&t)) {
            take_over(Some(index));
        }
    });
    WAITING.set(Some(Waiting {
        copy,
        root: root.clone(),
        _taps: taps,
    }));
    Some(root)
}

/// After every render: takes over when the app shows something new, or when a tap is pending
/// (passed on only while the app's buttons are the copy's: on another screen the same position
/// is another button).
#[hook]
pub fn use_take_over() {
    use_effect(|| {
        let due = WAITING.with_borrow(|waiting| {
            waiting.as_ref().map(|w| {
                let pending = w.copy.get_attribute(PENDING).and_then(|i| i.parse().ok());
                let changed = w.copy.inner_html() != w.root.inner_html();
                (pending, changed)
            })
        });
        match due {
            Some((_, true)) => take_over(None),
            Some((Some(index), false)) => take_over(Some(index)),
            _ => {}
        }
    });
}

/// The position among the copy's buttons of the button `target` is in, if any.
fn button_index(target: &web_sys::EventTarget) -> Option<u32> {
    let button = target
        .dyn_ref::<Element>()?
        .closest("#prerender button")
        .ok()??;
    if button.closest("#crash").ok()?.is_some() {
        return None;
    }
    let buttons = button
        .closest("#prerender")
        .ok()??
        .query_selector_all("button")
        .ok()?;
    (0..buttons.length()).find(|&i| {
        buttons
            .item(i)
            .is_some_and(|b| b.is_same_node(Some(&button)))
    })
}

/// Puts the app in the copy's place and passes a tap on to the app's button at `tap`. Focus that
/// was in the copy goes to the tapped button, or else to the app's heading, never to the page.
fn take_over(tap: Option<u32>) {
    let Some(waiting) = WAITING.take() else {
        return;
    };
    let had_focus = gloo_utils::document()
        .active_element()
        .is_some_and(|e| waiting.copy.contains(Some(&e)));
    if waiting
        .copy
        .replace_with_with_node_1(&waiting.root)
        .is_err()
    {
        return;
    }
    let button = tap
        .and_then(|i| waiting.root.query_selector_all("button").ok()?.item(i))
        .and_then(|b| b.dyn_into::<HtmlElement>().ok());
    if let Some(button) = button {
        let _ = button.focus();
        button.click();
    } else if had_focus {
        let heading = waiting.root.query_selector("main h1").ok().flatten();
        if let Some(heading) = heading.and_then(|h| h.dyn_into::<HtmlElement>().ok()) {
            let _ = heading.focus();
        }
    }
}
