//! `app::html::Html` renders exactly as Leptos's `AnyView` does: the pages' HTML must not
//! change with the erasure (text-node separators, the mark of an empty view, attributes
//! spread onto an erased view, escaping).

use app::html::IntoHtml;
use leptos::attr::custom::custom_attribute;
use leptos::prelude::*;

/// The same view rendered through `Html` and through `AnyView`.
fn both<V: RenderHtml + 'static>(view: impl Fn() -> V) -> (String, String) {
    let html = Owner::new().with(|| view().into_html().to_html());
    let any = Owner::new().with(|| view().into_any().to_html());
    (html, any)
}

#[test]
fn an_element_with_attributes_and_escaped_text_renders_as_with_any_view() {
    let (html, any) = both(|| {
        view! { <p class="lead" id="x" title="\"1 < 2\"">"Skat & Told <b>"</p> }
    });
    assert_eq!(html, any);
    assert_eq!(
        html,
        "<p id=\"x\" title=\"&quot;1 &lt; 2&quot;\" class=\"lead\">Skat &amp; Told &lt;b&gt;</p>"
    );
}

#[test]
fn text_beside_text_keeps_its_separator_and_an_empty_view_its_mark() {
    let name = "Karen".to_owned();
    let (html, any) = both(move || {
        let name = name.clone();
        view! { <p>"Postkasse: " {name} {None::<&str>} " · 3 ulæste"</p> }
    });
    assert_eq!(html, any);
    assert!(html.contains("<!>"), "{html}");
    // Erased on its own, an empty view leaves the same mark in both.
    let (html, any) = both(|| ());
    assert_eq!(html, any);
    assert_eq!(html, "<!><!--<() />-->");
}

#[test]
fn erased_views_in_a_list_and_an_attribute_spread_onto_one_render_as_with_any_view() {
    let rows = || {
        ["Indbakke", "Sendt"]
            .into_iter()
            .map(|f| view! { <li>{f}</li> }.into_html())
            .collect::<Vec<_>>()
    };
    let html = Owner::new().with(|| view! { <ul>{rows()}</ul> }.to_html());
    let any = Owner::new().with(|| {
        let rows = ["Indbakke", "Sendt"]
            .into_iter()
            .map(|f| view! { <li>{f}</li> }.into_any())
            .collect::<Vec<_>>();
        view! { <ul>{rows}</ul> }.to_html()
    });
    assert_eq!(html, any);
    // A list ends with its placeholder, as every list Leptos renders.
    assert_eq!(html, "<ul><li>Indbakke</li><li>Sendt</li><!></ul>");
    let spread = Owner::new().with(|| {
        view! { <div>"x"</div> }
            .into_html()
            .add_any_attr(custom_attribute("id", "mapper"))
            .to_html()
    });
    let any = Owner::new().with(|| {
        view! { <div>"x"</div> }
            .into_any()
            .add_any_attr(custom_attribute("id", "mapper"))
            .to_html()
    });
    assert_eq!(spread, any);
    assert!(spread.contains("id=\"mapper\""), "{spread}");
}
