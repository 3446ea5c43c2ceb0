//! The unit tests of `app::assets`.

use app::assets::*;
use std::path::Path;

#[test]
fn a_built_site_links_its_hashed_files() {
    let dir = std::env::temp_dir().join(format!("demoborger-assets-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join(HASH_FILE),
        "js: ab12\nwasm: cd34\ncss: ef56\ndkfds: 0a0b\n",
    )
    .unwrap();
    let assets = Assets::read(&dir);
    assert_eq!(assets.css, "/pkg/demoborger.ef56.css");
    assert_eq!(assets.dkfds_css, "/dkfds/0a0b/css/dkfds-borgerdk.min.css");
    assert_eq!(
        assets.fonts[0],
        "/dkfds/0a0b/fonts/ibm-plex-sans/ibm-plex-sans-latin-400-normal.woff2"
    );
    assert!(assets.hash_file.is_some_and(|p| p.is_absolute()));
    assert_eq!(
        (assets.js.as_str(), assets.wasm.as_str()),
        ("demoborger.ab12", "demoborger.cd34")
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn an_unbuilt_site_links_the_plain_names() {
    let assets = Assets::read(Path::new("/nonexistent-demoborger-site"));
    assert_eq!(assets, Assets::plain());
}

#[test]
fn a_hash_with_odd_characters_is_ignored() {
    let dir = std::env::temp_dir().join(format!("demoborger-assets-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join(HASH_FILE), "css: ../../etc\n").unwrap();
    assert_eq!(Assets::read(&dir).css, Assets::plain().css);
    std::fs::remove_dir_all(&dir).unwrap();
}
