//! The set-up page's side effects on its preview of the quiz: sending the draft to it, opening
//! a screen in it, and fitting it into its box.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::js_sys::{Object, Reflect};
use web_sys::{
    HtmlElement, HtmlIFrameElement, MutationObserver, MutationObserverInit, ResizeObserver,
};
use yew::prelude::*;

use crate::shell::{self, PREVIEW_MESSAGE};

/// What watches a frame for its quiz to start: the observer and the callback it calls.
type Watcher = (MutationObserver, Closure<dyn FnMut()>);

/// Sends the quiz in `frame` the clinic's file `json`, as `static/boot.js` and
/// `crate::hooks::clinic` expect it: `{ type: PREVIEW_MESSAGE, clinic: json }`, to this origin
/// only.
fn send(frame: &HtmlIFrameElement, json: &str) {
    let (Some(quiz), Ok(origin)) = (
        frame.content_window(),
        gloo_utils::window().location().origin(),
    ) else {
        return;
    };
    let message = Object::new();
    let _ = Reflect::set(&message, &"type".into(), &PREVIEW_MESSAGE.into());
    let _ = Reflect::set(&message, &"clinic".into(), &json.into());
    let _ = quiz.post_message(&message, &origin);
}

/// Keeps the quiz in `frame` on the clinic's file `json`: sends it on every change, and on
/// each load of the frame (the quiz waits for it before it starts), then once more when the
/// quiz's app shows ([`shell::app_shown`]), since `boot.js` keeps only the first file it gets
/// and the app hears only those sent once it runs. Returns the frame's `onload`.
#[hook]
pub fn use_preview(frame: NodeRef, json: AttrValue) -> Callback<Event> {
    let latest = use_mut_ref(|| json.clone());
    *latest.borrow_mut() = json.clone();
    let watcher: Rc<RefCell<Option<Watcher>>> = use_mut_ref(|| None);
    use_effect_with((json, frame.clone()), |(json, frame)| {
        if let Some(frame) = frame.cast::<HtmlIFrameElement>() {
            send(&frame, json);
        }
    });
    Callback::from(move |_: Event| {
        let Some(iframe) = frame.cast::<HtmlIFrameElement>() else {
            return;
        };
        send(&iframe, &latest.borrow());
        if let Some((observer, _)) = watcher.borrow_mut().take() {
            observer.disconnect();
        }
        let Some(body) = iframe.content_document().and_then(|d| d.body()) else {
            return;
        };
        let started = {
            let (iframe, latest, watcher) = (iframe.clone(), latest.clone(), watcher.clone());
            Closure::<dyn FnMut()>::new(move || {
                if iframe
                    .content_document()
                    .is_some_and(|d| shell::app_shown(&d))
                {
                    send(&iframe, &latest.borrow());
                    if let Some((observer, _)) = watcher.borrow().as_ref() {
                        observer.disconnect();
                    }
                }
            })
        };
        let Ok(observer) = MutationObserver::new(started.as_ref().unchecked_ref()) else {
            return;
        };
        let options = MutationObserverInit::new();
        options.set_child_list(true);
        if observer.observe_with_options(&body, &options).is_ok() {
            *watcher.borrow_mut() = Some((observer, started));
        }
    })
}

/// Opens `fragment` (a share link, or `#` for the first screen) in the quiz in `frame`, in
/// place of the screen it shows, without a new entry in the browser's history.
pub fn open_in(frame: &NodeRef, fragment: &str) {
    let Some(quiz) = frame
        .cast::<HtmlIFrameElement>()
        .and_then(|f| f.content_window())
    else {
        return;
    };
    let location = quiz.location();
    let Ok(href) = location.href() else {
        return;
    };
    let page = href.split('#').next().unwrap_or_default();
    let _ = location.replace(&format!("{page}{fragment}"));
}

/// Fits content of `size` (width and height in CSS pixels) into `node`'s width: sets the custom
/// properties `--frame-w`, `--frame-h` and `--scale` (at most 1) on it, now and whenever its
/// size changes.
#[hook]
pub fn use_fit(node: NodeRef, size: (u32, u32)) {
    use_effect_with((node, size), |(node, (width, height))| {
        let element = node.cast::<HtmlElement>();
        if let Some(element) = &element {
            let style = element.style();
            let _ = style.set_property("--frame-w", &format!("{width}px"));
            let _ = style.set_property("--frame-h", &format!("{height}px"));
        }
        let width = f64::from(*width);
        let fit = move |element: &HtmlElement| {
            // The box's inside, without its border of 1 px a side.
            let inside = f64::from(element.client_width());
            let scale = (inside / width).min(1.0);
            let _ = element
                .style()
                .set_property("--scale", &format!("{scale:.4}"));
        };
        let observer = element.as_ref().and_then(|element| {
            fit(element);
            let target = element.clone();
            let resized = Closure::<dyn FnMut()>::new(move || fit(&target));
            let observer = ResizeObserver::new(resized.as_ref().unchecked_ref()).ok()?;
            observer.observe(element);
            Some((observer, resized))
        });
        move || {
            if let Some((observer, _)) = observer {
                observer.disconnect();
            }
        }
    });
}
