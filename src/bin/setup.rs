//! The set-up page's WebAssembly module, loaded by `setup/index.html`: renders the page
//! (`recovery_quiz::setup`) as soon as it is instantiated.

fn main() {
    recovery_quiz::setup::start();
}
