//! "Kladder": the messages saved with "Gem som kladde" in the open mailbox. The subject
//! opens the write form on the draft; "Slet kladde" asks first.

use crate::forms::{PageForm, Plan};
use crate::html::IntoHtml;
use crate::nemid::Errors;
use crate::notice::Notice;
use crate::paths;
use crate::post::page::not_logged_in;
use crate::text::post as t;
use crate::title::Title;
use crate::world::{Alert, in_world};
use domain::{Command, MailboxAction, PersonaId, Refusal, World};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

/// `POST /post/kladder`: "Ja, slet kladden".
#[derive(Debug, Default, Deserialize)]
pub struct DraftsForm {
    #[serde(default)]
    pub kladde: String,
    #[serde(default)]
    pub bekraeft: String,
}

impl PageForm for DraftsForm {
    fn parse(body: &[u8]) -> Option<Self> {
        serde_html_form::from_bytes(body).ok()
    }
}

impl DraftsForm {
    /// Deletes the draft once confirmed (the page asks first); back to "Kladder".
    pub fn plan(&self, owner: PersonaId) -> Plan {
        let Ok(draft) = self.kladde.parse::<u16>() else {
            return Plan::Refuse(Refusal::NoSuchDraft);
        };
        if self.bekraeft != "ja" {
            return Plan::Go(ask_delete(draft));
        }
        Plan::run_then(
            Command::Mailbox {
                owner,
                action: MailboxAction::DeleteDraft { draft },
            },
            Notice::DraftDeleted.on(paths::DRAFTS),
        )
    }
}

/// "Kladder" asking whether to delete draft `n`.
pub fn ask_delete(n: u16) -> String {
    format!("{}?slet={n}", paths::DRAFTS)
}

/// One draft as listed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftRow {
    pub id: u16,
    /// The authority, or "Svar til …" with the letter answered.
    pub to: String,
    pub subject: String,
    pub saved: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftsView {
    pub owner: String,
    /// Whether the viewer may write here (and so keep drafts).
    pub may_write: bool,
    pub rows: Vec<DraftRow>,
    pub errors: Vec<String>,
}

/// What "Til" says for a draft: the authority, and the letter it answers if any.
pub fn recipient(world: &World, draft: &domain::Draft) -> String {
    let authority = world
        .scenario()
        .authority(&draft.to)
        .map_or("", |a| a.name.as_str());
    match draft.reply.and_then(|i| world.letter_ref(i)) {
        Some(l) => format!("{authority} ({} \"{}\")", t::ANSWER_TO, l.subject()),
        None => authority.to_owned(),
    }
}

fn drafts(world: &World) -> Option<DraftsView> {
    let viewer = world.viewer()?;
    let may_write = viewer.may_keep_drafts();
    let rows = if may_write {
        world
            .drafts(&viewer.owner)
            .into_iter()
            .map(|d| DraftRow {
                id: d.id,
                to: recipient(world, d),
                subject: if d.subject.is_empty() {
                    t::NO_SUBJECT.to_owned()
                } else {
                    d.subject.clone()
                },
                saved: format!(
                    "{} {}",
                    crate::text::date(d.saved),
                    d.saved.danish_local().clock()
                ),
            })
            .collect()
    } else {
        Vec::new()
    };
    Some(DraftsView {
        owner: world.name(&viewer.owner),
        may_write,
        rows,
        errors: crate::world::feedback().errors,
    })
}

#[component]
fn AskDelete(id: u16) -> impl IntoView {
    view! {
        <crate::components::ConfirmAlert question=t::DELETE_DRAFT_QUESTION explain=t::DELETE_DRAFT_EXPLAIN
            action=paths::DRAFTS confirm=t::DELETE_DRAFT_CONFIRM cancel=t::DELETE_DRAFT_CANCEL>
            <input type="hidden" name="kladde" value=id.to_string()/>
            <input type="hidden" name="bekraeft" value="ja"/>
        </crate::components::ConfirmAlert>
    }
}

/// "Kladder": the drafts, newest first, each with "Slet kladde".
#[component]
pub fn DraftsPage() -> impl IntoView {
    let query = use_query_map();
    let (notice, asking) = {
        let q = query.read_untracked();
        (
            Notice::in_query(&q),
            q.get("slet").and_then(|s| s.parse::<u16>().ok()),
        )
    };
    let said = match notice {
        Some(Notice::DraftSaved) => Some(t::DRAFT_SAVED),
        Some(Notice::DraftSavedWithoutFiles) => Some(t::DRAFT_SAVED_WITHOUT_FILES),
        Some(Notice::DraftDeleted) => Some(t::DRAFT_DELETED),
        _ => None,
    };
    let data = crate::world::with_world(drafts);
    in_world(data, move |view| {
        match view {
        None => not_logged_in(),
        Some(v) => view! {
            <Title text=format!("{} – {}", t::DRAFTS, t::TITLE)/>
            <p><a href=paths::POST>{format!("{} Indbakke", t::BACK_TO)}</a></p>
            <h1>{t::DRAFTS}</h1>
            <p class="post-owner">{t::MAILBOX_OF}" "<strong>{v.owner.clone()}</strong></p>
            {said.map(|s| view! { <Alert kind="alert-success"><p class="alert-text">{s}</p></Alert> })}
            <Errors errors=v.errors.clone()/>
            {if !v.may_write {
                view! { <Alert kind="alert-info"><p class="alert-text">{t::DRAFTS_READ_ONLY}</p></Alert> }.into_html()
            } else if v.rows.is_empty() {
                view! {
                    <p>{t::NO_DRAFTS}</p>
                    <p><a class="button button-primary" href=paths::WRITE>{t::WRITE}</a></p>
                }.into_html()
            } else {
                view! {
                    <p>{t::DRAFTS_INTRO}</p>
                    <ul class="access-requests no-max-width drafts">
                        {v.rows.into_iter().map(|r| view! {
                            <li>
                                <p class="draft-subject"><a href=paths::draft(r.id)>{r.subject.clone()}</a></p>
                                <dl class="post-letter-meta">
                                    <dt>{t::TO}</dt><dd>{r.to.clone()}</dd>
                                    <dt>{t::DRAFT_SAVED_AT}</dt><dd>{r.saved.clone()}</dd>
                                </dl>
                                {if asking == Some(r.id) {
                                    view! { <AskDelete id=r.id/> }.into_html()
                                } else {
                                    view! {
                                        <form method="post" action=paths::DRAFTS class="inline-form">
                                            <input type="hidden" name="kladde" value=r.id.to_string()/>
                                            <button type="submit" class="button button-secondary">{t::DELETE_DRAFT}</button>
                                        </form>
                                    }.into_html()
                                }}
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_html()
            }}
        }
        .into_html(),
    }
    })
}
