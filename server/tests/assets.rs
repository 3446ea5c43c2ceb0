//! Static files and pages as the browser downloads them: content-hashed names cached for a
//! year, text sent compressed, and no read of a world reachable as an endpoint of its own.

#![allow(clippy::unwrap_used)] // a failed unwrap is a failed test

// Its own binary: the asset names are set once per process (app::assets), and this file
// starts servers with a built site of its own.
#[path = "integration/common/mod.rs"]
mod common;

use axum::body::Body;
use common::*;
use http::header::{ACCEPT_ENCODING, CONTENT_ENCODING};
use http::{Request, StatusCode};
use http_body_util::BodyExt;
use std::io::Read;
use std::path::PathBuf;

const CSS: &str = "body { color: #1a1a1a } /* ours */\n";

/// A built site as scripts/build.sh lays it out: hashed names, a hash list, and brotli and
/// gzip copies beside the text files.
fn built_site() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("demoborger-site-{}", std::process::id()));
    let pkg = dir.join("pkg");
    std::fs::create_dir_all(&pkg).unwrap();
    std::fs::create_dir_all(dir.join("dkfds/0123456789abcdef/css")).unwrap();
    std::fs::write(
        dir.join("hash.txt"),
        "js: 1111aaaa2222bbbb\nwasm: 3333cccc4444dddd\ncss: 5555eeee6666ffff\ndkfds: 0123456789abcdef\n",
    )
    .unwrap();
    let css = pkg.join("demoborger.5555eeee6666ffff.css");
    std::fs::write(&css, CSS.repeat(40)).unwrap();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    std::io::Write::write_all(&mut gz, CSS.repeat(40).as_bytes()).unwrap();
    std::fs::write(
        pkg.join("demoborger.5555eeee6666ffff.css.gz"),
        gz.finish().unwrap(),
    )
    .unwrap();
    dir
}

fn client() -> Client {
    let site = built_site();
    Client::new(&["--site-root", site.to_str().unwrap()])
}

async fn get_with(c: &Client, path: &str, encoding: &str) -> http::Response<Body> {
    c.send(
        Request::get(path)
            .header(ACCEPT_ENCODING, encoding)
            .body(Body::empty())
            .unwrap(),
    )
    .await
}

#[tokio::test]
async fn pages_link_the_hashed_files_and_load_only_the_island_script() {
    let c = client();
    let page = body(c.get("/", None).await).await;
    assert!(
        page.contains("/pkg/demoborger.5555eeee6666ffff.css"),
        "{page}"
    );
    assert!(page.contains("/dkfds/0123456789abcdef/css/dkfds-borgerdk.min.css"));
    // The body text's fonts are preloaded from the same hashed folder.
    assert!(page.contains(
        "href=\"/dkfds/0123456789abcdef/fonts/ibm-plex-sans/ibm-plex-sans-latin-400-normal.woff2\""
    ));
    assert!(page.contains("as=\"font\""));
    assert!(page.contains("demoborger.1111aaaa2222bbbb.js"));
    assert!(page.contains("demoborger.3333cccc4444dddd"));
    // Islands mode: the script hydrates islands, not the whole page.
    assert!(
        page.contains("leptos-island"),
        "the hydration mark is an island"
    );
    assert!(page.contains("hydrateIslands"));
}

#[tokio::test]
async fn a_hashed_file_is_cached_for_a_year_and_sent_precompressed() {
    let c = client();
    let r = get_with(&c, "/pkg/demoborger.5555eeee6666ffff.css", "gzip").await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(
        header(&r, "cache-control"),
        "public, max-age=31536000, immutable"
    );
    assert_eq!(header(&r, "content-encoding"), "gzip");
    assert!(header(&r, "vary").contains("accept-encoding"));
    let bytes = r.into_body().collect().await.unwrap().to_bytes();
    let mut plain = String::new();
    flate2::read::GzDecoder::new(&bytes[..])
        .read_to_string(&mut plain)
        .unwrap();
    assert_eq!(plain, CSS.repeat(40));

    // A browser that takes no compression gets the plain bytes.
    let r = get_with(&c, "/pkg/demoborger.5555eeee6666ffff.css", "identity").await;
    assert!(r.headers().get(CONTENT_ENCODING).is_none());
    assert_eq!(body(r).await, CSS.repeat(40));
}

#[tokio::test]
async fn pages_are_compressed_on_the_fly_and_never_cached() {
    let c = client();
    for encoding in ["br", "gzip"] {
        let r = get_with(&c, "/", encoding).await;
        assert_eq!(r.status(), StatusCode::OK);
        assert_eq!(header(&r, "content-encoding"), encoding);
        assert_eq!(header(&r, "cache-control"), "no-store");
        let compressed = r.into_body().collect().await.unwrap().to_bytes();
        let plain = body(c.get("/", None).await).await;
        assert!(plain.contains("Start øvelse"));
        assert!(
            compressed.len() * 2 < plain.len(),
            "{encoding}: {} of {} bytes",
            compressed.len(),
            plain.len()
        );
    }
    let r = get_with(&c, "/findes-ikke", "gzip").await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    assert_eq!(header(&r, "content-encoding"), "gzip");
}

#[tokio::test]
async fn a_world_is_read_only_through_its_pages() {
    let c = client();
    let cookie = c.start().await;
    for path in [
        "/api/world/overview",
        "/api/nemid/account",
        "/api/post/mailbox",
        "/api/guide/panel",
    ] {
        let r = c.post(path, Some(&cookie)).await;
        // No such endpoint: 404 or 405, never the world's data.
        assert!(r.status().is_client_error(), "{path}: {}", r.status());
        assert!(!body(r).await.contains("Karen Jensen"), "{path}");
    }
    assert!(
        body(c.get("/ovelse", Some(&cookie)).await)
            .await
            .contains("Karen Jensen")
    );
}

#[tokio::test]
async fn an_address_a_file_name_cannot_have_is_not_found_never_a_server_error() {
    let c = Client::new(&[]);
    let long = "a".repeat(300);
    for path in [
        format!("/{long}"),
        format!("/pkg/{long}.js"),
        format!("/dkfds/{long}/x.css"),
        format!("/{long}/{long}"),
    ] {
        let r = c.get(&path, None).await;
        assert_eq!(r.status(), http::StatusCode::NOT_FOUND, "{}", &path[..20]);
        assert!(body(r).await.contains("Siden findes ikke"));
    }
}
