//! The page shell every page shares: ØVEMILJØ banner, header, footer.
//! Plain links only, so the error pages can render these without a router.

use crate::html::IntoHtml;
use crate::text;
use leptos::prelude::*;

/// The banner on every page saying this is a practice site. Its inside never changes, so
/// it is rendered once (as is the footer's; issue 20).
#[component]
pub fn PracticeBanner() -> impl IntoView {
    static INSIDE: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        view! {
            <div class="container practice-banner-inner">
                <strong class="practice-banner-tag">{text::banner::TAG}</strong>
                <span class="practice-banner-text practice-banner-long">{text::banner::TEXT}</span>
                <span class="practice-banner-text practice-banner-short">{text::banner::TEXT_SHORT}</span>
            </div>
        }
        .to_html()
    });
    view! {
        <div class="practice-banner" role="note" aria-label=text::banner::TAG inner_html=INSIDE.as_str()></div>
    }
}

#[component]
pub fn SiteHeader(
    /// Show the account box ("Log på" / "Log af"); off on the static error pages.
    #[prop(default = false)]
    account: bool,
) -> impl IntoView {
    // Written straight into HTML (every page has it; issue 20): the product's name, the
    // same on every page, rendered once by its view.
    static NAME: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        view! {
            <a href="/" class="site-name">
                <span class="site-name-mark" aria-hidden="true">"D"</span>
                <span>{text::PRODUCT}</span>
            </a>
            <span class="site-tagline">{text::PRODUCT_TAGLINE}</span>
        }
        .to_html()
    });
    let mut m = crate::markup::Markup::with_capacity(1024);
    m.raw(r#"<header class="header site-header"><div class="container site-header-inner">"#)
        .raw(&NAME);
    if account {
        crate::nemid::account_box(&mut m);
    }
    m.raw("</div></header>");
    m.into_html()
}

#[component]
pub fn SiteFooter() -> impl IntoView {
    static INSIDE: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        view! {
            <div class="container">
                <h2 class="h5">{text::footer::PRIVACY_HEADING}</h2>
                <p>{text::footer::PRIVACY}</p>
                <ul class="site-footer-links">
                    <li><a href="/ovelser">{text::footer::EXERCISES_LINK}</a></li>
                    <li><a href="/om">{text::footer::ABOUT_LINK}</a></li>
                    <li><a href="/">{text::footer::HOME_LINK}</a></li>
                </ul>
            </div>
        }
        .to_html()
    });
    view! { <footer class="site-footer" inner_html=INSIDE.as_str()></footer> }
}

/// Skip link, banner, header, the page in `<main>`, footer.
#[component]
pub fn Frame(#[prop(default = false)] account: bool, children: Children) -> impl IntoView {
    view! {
        <a class="skip-link" href="#main">{text::SKIP_LINK}</a>
        <PracticeBanner/>
        <SiteHeader account/>
        {account.then(|| view! { <IdleRefresh/> <PartnerWatchSlot/> })}
        <main id="main" class="container page-main" tabindex="-1">
            {account.then(|| view! { <crate::guide::GuidePanel/> })}
            {children()}
        </main>
        <SiteFooter/>
    }
}

/// The address of the page being rendered, path and query (`/post?mappe=arkiv`), as the
/// request asked for it: where the guide panel and the idle warning send the learner back to.
pub fn page_address() -> String {
    leptos_router::hooks::use_url().with_untracked(|url| {
        if url.search().is_empty() {
            url.path().to_owned()
        } else {
            format!("{}?{}", url.path(), url.search())
        }
    })
}

/// A refusal shown at its input (DKFDS `form-error-message`); nothing without a message.
/// The input names it in `aria-describedby` and sets `aria-invalid`.
#[component]
pub fn FieldError(id: &'static str, message: Option<String>) -> impl IntoView {
    message.map(|m| {
        view! {
            <span class="form-error-message" id=id>
                <span class="sr-only">{text::FIELD_ERROR}" "</span>
                {m}
            </span>
        }
    })
}

/// "Udskriv": a button that opens the browser's print dialog where JavaScript runs (an
/// island); until the page's script runs (JavaScript off, or a slow line still loading it),
/// the way to print from the browser's menu instead. Never printed itself.
#[component]
pub fn PrintButton(
    label: String,
    without_js: String,
    #[prop(default = "button button-primary")] class: &'static str,
) -> impl IntoView {
    view! {
        <div class="print-button no-print">
            <islands::PrintButton label class=class.to_owned()/>
            <p class="form-hint print-hint">{without_js}</p>
        </div>
    }
}

/// The class of a form group: marked in error when its input was refused.
pub fn group_class(error: bool) -> &'static str {
    if error {
        "form-group form-error"
    } else {
        "form-group"
    }
}

/// A DKFDS icon (its Material Symbols path, from `dkfds/dist/img/svg-icons`), drawn inline
/// so it needs no request; hidden from screen readers, which read the text beside it.
/// Alerts carry one so that colour is not the only sign of an error or a success.
#[component]
pub fn Icon(name: &'static str, class: &'static str) -> impl IntoView {
    let path = icon_path(name);
    view! {
        <svg class=class viewBox="0 -960 960 960" aria-hidden="true" focusable="false">
            <path d=path/>
        </svg>
    }
}

/// The SVG path of a DKFDS icon by name.
pub fn icon_path(name: &str) -> &'static str {
    match name {
        "error" => {
            "M480-280q17 0 28.5-11.5T520-320q0-17-11.5-28.5T480-360q-17 0-28.5 11.5T440-320q0 17 11.5 28.5T480-280Zm-40-160h80v-240h-80v240Zm40 360q-83 0-156-31.5T197-197q-54-54-85.5-127T80-480q0-83 31.5-156T197-763q54-54 127-85.5T480-880q83 0 156 31.5T763-763q54 54 85.5 127T880-480q0 83-31.5 156T763-197q-54 54-127 85.5T480-80Zm0-80q134 0 227-93t93-227q0-134-93-227t-227-93q-134 0-227 93t-93 227q0 134 93 227t227 93Zm0-320Z"
        }
        "success" => {
            "m424-296 282-282-56-56-226 226-114-114-56 56 170 170Zm56 216q-83 0-156-31.5T197-197q-54-54-85.5-127T80-480q0-83 31.5-156T197-763q54-54 127-85.5T480-880q83 0 156 31.5T763-763q54 54 85.5 127T880-480q0 83-31.5 156T763-197q-54 54-127 85.5T480-80Zm0-80q134 0 227-93t93-227q0-134-93-227t-227-93q-134 0-227 93t-93 227q0 134 93 227t227 93Zm0-320Z"
        }
        "warning" => {
            "m40-120 440-760 440 760H40Zm138-80h604L480-720 178-200Zm302-40q17 0 28.5-11.5T520-280q0-17-11.5-28.5T480-320q-17 0-28.5 11.5T440-280q0 17 11.5 28.5T480-240Zm-40-120h80v-200h-80v200Zm40-100Z"
        }
        "print" => {
            "M640-640v-120H320v120h-80v-200h480v200h-80Zm-480 80h640-640Zm560 100q17 0 28.5-11.5T760-500q0-17-11.5-28.5T720-540q-17 0-28.5 11.5T680-500q0 17 11.5 28.5T720-460Zm-80 260v-160H320v160h320Zm80 80H240v-160H80v-240q0-51 35-85.5t85-34.5h560q51 0 85.5 34.5T880-520v240H720v160Zm80-240v-160q0-17-11.5-28.5T760-560H200q-17 0-28.5 11.5T160-520v160h80v-80h480v80h80Z"
        }
        _ => {
            "M440-280h80v-240h-80v240Zm40-320q17 0 28.5-11.5T520-640q0-17-11.5-28.5T480-680q-17 0-28.5 11.5T440-640q0 17 11.5 28.5T480-600Zm0 520q-83 0-156-31.5T197-197q-54-54-85.5-127T80-480q0-83 31.5-156T197-763q54-54 127-85.5T480-880q83 0 156 31.5T763-763q54 54 85.5 127T880-480q0 83-31.5 156T763-197q-54 54-127 85.5T480-80Zm0-80q134 0 227-93t93-227q0-134-93-227t-227-93q-134 0-227 93t-93 227q0 134 93 227t227 93Zm0-320Z"
        }
    }
}

/// On a page of a live world, the warning before the world ends ("Din øvelse slutter om 5
/// minutter", `world/ending.rs`), due when the world has its warning time left: in the page
/// where JavaScript runs (an island), else by the page's refresh to the server's warning
/// page. That refresh sits in `<noscript>`: a page that changes by itself is only for the
/// learner whose browser cannot show the warning in place (WCAG 2.2.1: warned, with time to
/// extend).
#[component]
pub fn IdleRefresh() -> impl IntoView {
    use crate::session::{Lifetime, SessionLookup, Store, current_session};
    let (Some(Store(store)), Some(lifetime), SessionLookup::Live(id)) = (
        use_context::<Store>(),
        use_context::<Lifetime>(),
        current_session(),
    ) else {
        return None;
    };
    let left = store.time_left(&id, std::time::Instant::now())?;
    let kiosk = crate::kiosk::active();
    let lead = match kiosk {
        Some(k) => k.countdown,
        None => crate::world::ending::lead(lifetime.idle),
    };
    // A page just used has its whole idle time left; less than the warning's lead means the
    // world is at its absolute end, which no use can put off: nothing to warn about here.
    if left <= lead {
        return None;
    }
    let due = left.saturating_sub(lead).as_secs().max(1);
    let back =
        crate::forms::local_path(&page_address()).unwrap_or_else(|| crate::paths::WORLD.to_owned());
    if kiosk.is_some() {
        // In the learner's guide language, if they chose one.
        let mut lang = String::new();
        store.peek(&id, std::time::Instant::now(), &mut |w| {
            lang = w
                .progress()
                .map(|(_, p)| p.lang.clone())
                .unwrap_or_default();
        });
        let words = crate::kiosk::words_for(&lang);
        return Some(
            view! { <crate::kiosk::KioskRefresh left countdown=lead back words/> }.into_html(),
        );
    }
    let refresh = format!(
        r#"<meta http-equiv="refresh" content="{due}; url={}">"#,
        html_escape::encode_double_quoted_attribute(&crate::world::ending::warning_address(&back))
    );
    let lead_minutes = lead.as_secs().div_ceil(60);
    Some(
        view! {
            <noscript inner_html=refresh></noscript>
            <islands::IdleWarning
                warn_in=due
                end_in=left.as_secs()
                minutes=lead_minutes
                back=back
            />
        }
        .into_html(),
    )
}

/// A question asked in place before something that cannot be undone ("Vil du slette …?"):
/// what happens, the confirming button in a form (its hidden fields are the children) and a
/// way back.
#[component]
pub fn ConfirmAlert(
    question: &'static str,
    explain: &'static str,
    action: &'static str,
    confirm: &'static str,
    cancel: &'static str,
    children: Children,
) -> impl IntoView {
    view! {
        <div class="alert alert-warning" role="alert">
            <Icon name="warning" class="icon-svg alert-icon"/>
            <div class="alert-body">
                <p class="alert-heading">{question}</p>
                <p class="alert-text">{explain}</p>
                <form method="post" action=action class="inline-form">
                    {children()}
                    <button type="submit" class="button button-primary">{confirm}</button>
                </form>
                " "
                <a class="button button-secondary" href=action>{cancel}</a>
            </div>
        </div>
    }
}

/// On every page of a world two practise in: the notice when the partner did something
/// (island `PartnerWatch`, JavaScript only; without it, the next page shows it).
#[component]
pub fn PartnerWatchSlot() -> impl IntoView {
    let version = crate::world::with_world(|w| w.is_paired().then(|| w.version()));
    match version {
        Ok(crate::world::InWorld::Active(Some(version))) => view! {
            <islands::PartnerWatch version notice=text::class::pair::CHANGED.to_owned() reload=text::class::pair::RELOAD.to_owned()/>
        }
        .into_html(),
        _ => ().into_html(),
    }
}
