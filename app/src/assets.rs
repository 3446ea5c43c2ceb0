//! The addresses of the static files a page links. `scripts/build.sh` gives every built
//! file a content hash in its name (so browsers may cache it for a year) and lists the
//! hashes in `hash.txt` at the site root; the server reads that list once at start-up. Without
//! it (a site root that was not built, as in the router tests) the plain names are used.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The name of the list of content hashes, at the site root. Leptos reads its `js` and
/// `wasm` lines for the island script; the `css` and `dkfds` lines are ours.
pub const HASH_FILE: &str = "hash.txt";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assets {
    /// DKFDS's stylesheet (borger.dk theme); its fonts and icons sit beside it.
    pub dkfds_css: String,
    /// Our stylesheet.
    pub css: String,
    /// The body text's font faces, preloaded so that they are usually there before the
    /// first paint (style/fonts.css uses `font-display: optional`, so a font that comes
    /// late is used from the next page on, and the page never jumps).
    pub fonts: Vec<String>,
    /// The hash list, when the site was built with hashed names.
    pub hash_file: Option<PathBuf>,
    /// The islands' JavaScript and WebAssembly, without the `/pkg/` folder and the ending
    /// (as the islands loader takes them).
    pub js: String,
    pub wasm: String,
}

impl Assets {
    /// The plain names, for a site root without a hash list.
    pub fn plain() -> Self {
        Self {
            dkfds_css: "/dkfds/css/dkfds-borgerdk.min.css".to_owned(),
            css: "/pkg/demoborger.css".to_owned(),
            fonts: Vec::new(),
            hash_file: None,
            js: "demoborger".to_owned(),
            // As Leptos names it: cargo-leptos sets LEPTOS_OUTPUT_NAME and drops "_bg".
            wasm: if option_env!("LEPTOS_OUTPUT_NAME").is_some() {
                "demoborger"
            } else {
                "demoborger_bg"
            }
            .to_owned(),
        }
    }

    /// The names under `site_root`, from its hash list if there is one.
    pub fn read(site_root: &Path) -> Self {
        let path = site_root.join(HASH_FILE);
        let Ok(list) = std::fs::read_to_string(&path) else {
            return Self::plain();
        };
        let hash = |key: &str| {
            list.lines()
                .filter_map(|line| line.split_once(':'))
                .find(|(k, _)| k.trim() == key)
                .map(|(_, v)| v.trim().to_owned())
                .filter(|v| !v.is_empty() && v.chars().all(|c| c.is_ascii_alphanumeric()))
        };
        let mut assets = Self::plain();
        if let Some(h) = hash("dkfds") {
            assets.dkfds_css = format!("/dkfds/{h}/css/dkfds-borgerdk.min.css");
            // The latin part of each weight a page uses (style/fonts.css).
            assets.fonts = [400, 600, 700]
                .iter()
                .map(|w| {
                    format!("/dkfds/{h}/fonts/ibm-plex-sans/ibm-plex-sans-latin-{w}-normal.woff2")
                })
                .collect();
        }
        if let Some(h) = hash("css") {
            assets.css = format!("/pkg/demoborger.{h}.css");
        }
        if let (Some(js), Some(wasm)) = (hash("js"), hash("wasm")) {
            assets.js = format!("demoborger.{js}");
            assets.wasm = format!("demoborger.{wasm}");
        }
        // Leptos joins this to the binary's folder; an absolute path is taken as it is.
        assets.hash_file = std::path::absolute(&path).ok();
        assets
    }
}

static ASSETS: OnceLock<Assets> = OnceLock::new();

/// Leptos's islands loader (leptos 0.8, `src/hydration/island_script.js`, MIT): on idle it
/// loads the wasm and hydrates each `<leptos-island>`. Changed here: it waits for an idle
/// moment at most 2 s (`requestIdleCallback`'s `timeout`, as Leptos's own hydration script
/// has), so a browser that is never idle (a busy old PC) still runs the islands.
const ISLAND_SCRIPT: &str = include_str!("island_script.js");

/// The whole inside of `<head>` but the `<title>` (which the server adds): the meta tags,
/// the stylesheets, the fonts' preloads, and what Leptos's `HydrationScripts` puts there in
/// islands mode (the islands' JavaScript and WebAssembly preloaded, and the loader with the
/// page's `nonce`), from the names read once at start-up. Everything but the nonce is the
/// same on every page, so it is written once (issue 20): Leptos's own component read the
/// hash list from disk on every page, and rendering these tags on every page cost ~4 µs.
pub fn head(nonce: Option<&str>) -> String {
    static PARTS: OnceLock<(String, String)> = OnceLock::new();
    let (before, script) = PARTS.get_or_init(|| {
        let a = get();
        let attr = |v: &str| html_escape::encode_double_quoted_attribute(v).into_owned();
        let mut before = String::from(
            r#"<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="/favicon.svg" type="image/svg+xml">"#,
        );
        for css in [&a.dkfds_css, &a.css] {
            before.push_str(&format!(r#"<link rel="stylesheet" href="{}">"#, attr(css)));
        }
        for font in &a.fonts {
            before.push_str(&format!(
                r#"<link rel="preload" href="{}" as="font" type="font/woff2" crossorigin="anonymous">"#,
                attr(font)
            ));
        }
        before.push_str(&format!(
            r#"<link rel="modulepreload" href="/pkg/{}.js" crossorigin="anonymous"><link rel="preload" href="/pkg/{}.wasm" as="fetch" type="application/wasm" crossorigin="anonymous">"#,
            attr(&a.js),
            attr(&a.wasm)
        ));
        let script = format!(
            "{ISLAND_SCRIPT}(\"\", \"pkg\", {:?}, {:?}, false);</script>",
            a.js, a.wasm
        );
        (before, script)
    });
    let nonce = nonce.map_or_else(String::new, |n| {
        format!(
            r#" nonce="{}""#,
            html_escape::encode_double_quoted_attribute(n)
        )
    });
    format!(r#"{before}<script type="module"{nonce}>{script}"#)
}

/// Sets the names for this process (the server does it once at start-up; later calls keep
/// the first names).
pub fn init(assets: Assets) {
    let _ = ASSETS.set(assets);
}

/// The names every page links.
pub fn get() -> &'static Assets {
    ASSETS.get_or_init(Assets::plain)
}
