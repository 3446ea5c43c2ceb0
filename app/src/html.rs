//! `Html`: a view of any type, for the server's one synchronous render only (issue 20).
//!
//! Pages choose between views of different types (`match`, a page's table), which needs one
//! type for all of them. Leptos's own `AnyView` makes that type with a table of every way a
//! view can be rendered: into a string, as a stream in and out of order, resolved
//! asynchronously, built and rebuilt in a browser's DOM. Each `.into_any()` makes the
//! compiler generate all of them for the whole view below it; measured with
//! `cargo llvm-lines` on this crate, the streaming, async and DOM paths were ~55 % of its
//! code, none of it ever run (pages are rendered once, with `to_html`, on the server, and
//! the browser only hydrates islands, which are not in this crate). `Html` keeps only the
//! one path that runs: rendering into the page's buffer, exactly as `AnyView` does it (the
//! same markers, the same attributes passed on).

use leptos::tachys::html::attribute::Attribute;
use leptos::tachys::html::attribute::any_attribute::{AnyAttribute, IntoAnyAttribute};
use leptos::tachys::hydration::Cursor;
use leptos::tachys::view::add_attr::AddAnyAttr;
use leptos::tachys::view::{MarkBranch, Position, PositionState, Render, RenderHtml};
use std::any::TypeId;

type RenderFn = Box<dyn FnOnce(&mut String, &mut Position, bool, bool, Vec<AnyAttribute>) + Send>;

/// A view of any type that can only be rendered to HTML (see the module's note).
pub struct Html {
    type_id: TypeId,
    html_len: usize,
    render: RenderFn,
    /// Attributes spread onto this view, passed to its elements when it renders.
    attrs: Vec<AnyAttribute>,
}

/// `.into_html()`: a view as [`Html`], where Leptos would use `.into_any()`.
pub trait IntoHtml {
    fn into_html(self) -> Html;
}

impl<T: RenderHtml + 'static> IntoHtml for T {
    fn into_html(self) -> Html {
        Html {
            type_id: TypeId::of::<T>(),
            html_len: self.html_len(),
            render: Box::new(|buf, position, escape, mark_branches, extra_attrs| {
                self.to_html_with_buf(buf, position, escape, mark_branches, extra_attrs);
                // As AnyView: a view that renders to nothing leaves a mark.
                if !T::EXISTS {
                    buf.push_str("<!--<() />-->");
                }
            }),
            attrs: Vec::new(),
        }
    }
}

impl Html {
    /// Markup already written (by [`crate::markup::Markup`]), put into the page as it is.
    pub fn raw(html: String) -> Html {
        Html {
            type_id: TypeId::of::<Html>(),
            html_len: html.len(),
            render: Box::new(move |buf, position, _, _, _| {
                buf.push_str(&html);
                // Written markup ends with an element, never with text.
                *position = Position::NextChild;
            }),
            attrs: Vec::new(),
        }
    }
}

// Never built or hydrated in a browser: the server only renders to HTML. These do what
// an empty view does, so nothing here can fail.
impl Render for Html {
    type State = <() as Render>::State;

    fn build(self) -> Self::State {
        Render::build(())
    }

    fn rebuild(self, _state: &mut Self::State) {}
}

impl AddAnyAttr for Html {
    type Output<SomeNewAttr: Attribute> = Html;

    fn add_any_attr<NewAttr: Attribute>(mut self, attr: NewAttr) -> Self::Output<NewAttr>
    where
        Self::Output<NewAttr>: RenderHtml,
    {
        self.attrs.push(attr.into_cloneable_owned().into_any_attr());
        self
    }
}

impl RenderHtml for Html {
    type AsyncOutput = Self;
    type Owned = Self;

    const MIN_LENGTH: usize = 0;

    fn dry_resolve(&mut self) {}

    async fn resolve(self) -> Self::AsyncOutput {
        self
    }

    fn html_len(&self) -> usize {
        self.html_len
    }

    fn to_html_with_buf(
        self,
        buf: &mut String,
        position: &mut Position,
        escape: bool,
        mark_branches: bool,
        mut extra_attrs: Vec<AnyAttribute>,
    ) {
        extra_attrs.extend(self.attrs);
        // As AnyView: a branch marked by the view's type where branches are marked.
        let branch = (mark_branches && escape).then(|| format!("{:?}", self.type_id));
        if let Some(branch) = &branch {
            buf.open_branch(branch);
        }
        (self.render)(buf, position, escape, mark_branches, extra_attrs);
        if let Some(branch) = &branch {
            buf.close_branch(branch);
            if *position == Position::NextChildAfterText {
                *position = Position::NextChild;
            }
        }
    }

    fn hydrate<const FROM_SERVER: bool>(
        self,
        cursor: &Cursor,
        position: &PositionState,
    ) -> Self::State {
        RenderHtml::hydrate::<FROM_SERVER>((), cursor, position)
    }

    fn into_owned(self) -> Self::Owned {
        self
    }
}
