//! The page shell every page shares: ØVEMILJØ banner, header, footer.
//! Plain links only, so the error pages can render these without a router.

use crate::text;
use leptos::prelude::*;

/// The banner on every page saying this is a practice site.
#[component]
pub fn PracticeBanner() -> impl IntoView {
    view! {
        <div class="practice-banner" role="note" aria-label=text::banner::TAG>
            <div class="container practice-banner-inner">
                <strong class="practice-banner-tag">{text::banner::TAG}</strong>
                <span class="practice-banner-text">{text::banner::TEXT}</span>
            </div>
        </div>
    }
}

#[component]
pub fn SiteHeader(
    /// Show the account box ("Log på" / "Log af"); off on the static error pages.
    #[prop(default = false)]
    account: bool,
) -> impl IntoView {
    view! {
        <header class="header site-header">
            <div class="container site-header-inner">
                <a href="/" class="site-name">
                    <span class="site-name-mark" aria-hidden="true">"D"</span>
                    <span>{text::PRODUCT}</span>
                </a>
                <span class="site-tagline">{text::PRODUCT_TAGLINE}</span>
                {account.then(|| view! { <crate::nemid::AccountBox/> })}
            </div>
        </header>
    }
}

#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <div class="container">
                <h2 class="h5">{text::footer::PRIVACY_HEADING}</h2>
                <p>{text::footer::PRIVACY}</p>
                <ul class="site-footer-links">
                    <li><a href="/ovelser">{text::footer::EXERCISES_LINK}</a></li>
                    <li><a href="/om">{text::footer::ABOUT_LINK}</a></li>
                    <li><a href="/">{text::footer::HOME_LINK}</a></li>
                </ul>
            </div>
        </footer>
    }
}

/// Skip link, banner, header, the page in `<main>`, footer.
#[component]
pub fn Frame(#[prop(default = false)] account: bool, children: Children) -> impl IntoView {
    view! {
        <a class="skip-link" href="#main">{text::SKIP_LINK}</a>
        <PracticeBanner/>
        <SiteHeader account/>
        <main id="main" class="container page-main" tabindex="-1">
            {account.then(|| view! { <crate::guide::GuidePanel/> })}
            {children()}
        </main>
        <SiteFooter/>
    }
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

/// The class of a form group: marked in error when its input was refused.
pub fn group_class(error: bool) -> &'static str {
    if error {
        "form-group form-error"
    } else {
        "form-group"
    }
}
