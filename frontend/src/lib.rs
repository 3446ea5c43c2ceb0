//! The browser entry point: hydrates the islands of the server-rendered page. Leptos's
//! island script calls `hydrate()` and then each island's own exported function.

use wasm_bindgen::prelude::wasm_bindgen;

// The islands' hydrate functions are exported from this dependency; naming the crate keeps
// it linked into the bundle.
extern crate islands;

#[wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
