//! Digital Post: "Skriv ny besked" (choose an authority, then write) and the Aktivitetslog.

use crate::html::IntoHtml;
use crate::nemid::Errors;
use crate::paths;
use crate::post::*;
use crate::text;
use crate::title::Title;
use crate::world::in_world;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::post::page::not_logged_in;

#[component]
fn ChooseAuthority(view: WriteView) -> impl IntoView {
    use text::post as t;
    view! {
        <Title text=format!("{} – {}", t::CHOOSE_AUTHORITY, t::TITLE)/>
        <p><a href=paths::POST>{format!("{} Indbakke", t::BACK_TO)}</a></p>
        <h1>{t::WRITE}</h1>
        <Errors errors=view.errors.clone()/>
        <h2>{t::CHOOSE_AUTHORITY}</h2>
        <p>{t::CHOOSE_AUTHORITY_INTRO}</p>
        <div class="post-authorities">
            {view.groups.into_iter().map(|(group, members)| view! {
                <section class="post-authority-group">
                    <h3>{group}</h3>
                    <ul class="no-max-width">
                        {members.into_iter().map(|a| view! {
                            <li><a href=paths::write_to(&a.id)>{a.name}</a></li>
                        }).collect_view()}
                    </ul>
                </section>
            }).collect_view()}
        </div>
    }
}

#[component]
fn WriteForm(view: WriteView, to: AuthorityChoice) -> impl IntoView {
    use text::post as t;
    let heading = if view.reply_to.is_some() {
        t::REPLY
    } else {
        t::WRITE
    };
    let cancel = match (&view.reply_to, view.draft) {
        (_, Some(_)) => paths::DRAFTS.to_owned(),
        (Some((id, _)), None) => paths::letter(id),
        (None, None) => paths::POST.to_owned(),
    };
    let action = match (&view.reply_to, view.draft) {
        (_, Some(n)) => paths::draft(n),
        (Some((id, _)), None) => paths::reply(id),
        (None, None) => paths::write_to(&to.id),
    };
    view! {
        <Title text=format!("{} – {}", heading, t::TITLE)/>
        <h1>{heading}</h1>
        <Errors errors=view.errors.clone()/>
        <form method="post" action=action enctype="multipart/form-data" class="post-write-form">
            <input type="hidden" name="til" value=to.id.clone()/>
            {view.reply_to.as_ref().map(|(id, _)| view! { <input type="hidden" name="svar" value=id.clone()/> })}
            {view.draft.map(|n| view! { <input type="hidden" name="kladde" value=n.to_string()/> })}
            <dl class="post-letter-meta">
                <dt>{t::TO}</dt><dd>{to.name.clone()}</dd>
                {view.reply_to.as_ref().map(|(_, subject)| view! { <dt>{t::REPLY_TO}</dt><dd>{subject.clone()}</dd> })}
            </dl>
            {(view.reply_to.is_none() && view.draft.is_none()).then(|| view! {
                <p><a href=paths::WRITE>{t::CHANGE_AUTHORITY}</a></p>
            })}
            <div class="form-group">
                <label class="form-label" for="emne">{t::MESSAGE_SUBJECT}</label>
                <input class="form-input" id="emne" name="emne" type="text" value=view.subject.clone() maxlength="100" required/>
            </div>
            <div class="form-group">
                <label class="form-label" for="besked">{t::MESSAGE}</label>
                <span class="form-hint" id="besked-hint">{t::MESSAGE_HINT}</span>
                <textarea class="form-input post-message" id="besked" name="besked" rows="8" maxlength="5000" aria-describedby="besked-hint" required>{view.body.clone()}</textarea>
            </div>
            <div class="form-group">
                <label class="form-label" for="fil">{t::ATTACH}</label>
                <span class="form-hint" id="fil-hint">{t::ATTACH_HINT}</span>
                <input class="form-file-input" id="fil" name="fil" type="file" multiple accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png" aria-describedby="fil-hint"/>
            </div>
            <p class="form-hint" id="kladde-hint">{t::DRAFT_FILES_HINT}</p>
            <div class="post-write-buttons">
                <button type="submit" class="button button-primary">{t::SEND}</button>
                // A draft may be half written: the browser must not ask for the missing fields.
                <button type="submit" class="button button-secondary" name="handling" value="kladde" formnovalidate aria-describedby="kladde-hint">{t::SAVE_DRAFT}</button>
                <a class="button button-secondary" href=cancel>{t::CANCEL}</a>
            </div>
        </form>
        {view.draft.map(|n| view! {
            <form method="post" action=paths::DRAFTS class="inline-form post-draft-delete">
                <input type="hidden" name="kladde" value=n.to_string()/>
                <button type="submit" class="button button-secondary">{t::DELETE_DRAFT}</button>
            </form>
        })}
    }
}

/// "Skriv ny besked": "Vælg myndighed", then "Emne", "Besked", "Vedhæft fil" and "Send".
/// `?til=<myndighed>` chooses the authority; `?svar=<brev>` answers a letter ("Besvar");
/// `?kladde=<n>` goes on writing a draft ("Kladder").
#[component]
pub fn WritePage() -> impl IntoView {
    let (to, reply, draft) = use_query_map().with_untracked(|q| {
        (
            q.get("til").unwrap_or_default(),
            q.get("svar").unwrap_or_default(),
            q.get("kladde").unwrap_or_default(),
        )
    });
    let data = get_write(to, reply, draft);
    in_world(data, |view| match view {
        None => not_logged_in(),
        Some(view) => match view.to.clone() {
            Some(to) => view! { <WriteForm view to/> }.into_html(),
            None => view! { <ChooseAuthority view/> }.into_html(),
        },
    })
}

/// "Aktivitetslog": what happened in the mailbox, newest first, and who did it.
#[component]
pub fn ActivityPage() -> impl IntoView {
    use text::post as t;
    let data = get_activity();
    in_world(data, |view| match view {
        None => not_logged_in(),
        Some(view) => view! {
            <Title text=format!("{} – {}", t::ACTIVITY, t::TITLE)/>
            <p><a href=paths::POST>{format!("{} Indbakke", t::BACK_TO)}</a></p>
            <h1>{t::ACTIVITY}</h1>
            <p class="post-owner">{t::MAILBOX_OF}" "<strong>{view.owner.clone()}</strong></p>
            <p>{t::ACTIVITY_INTRO}</p>
            {if view.rows.is_empty() {
                view! { <p>{t::ACTIVITY_EMPTY}</p> }.into_html()
            } else {
                view! {
                    <table class="table table--compact post-activity">
                        <thead>
                            <tr>
                                <th scope="col">{t::WHEN}</th>
                                <th scope="col">{t::WHAT}</th>
                                <th scope="col">{t::BY}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {view.rows.into_iter().map(|r| view! {
                                <tr>
                                    <td class="nowrap" data-title=t::WHEN>{r.when}</td>
                                    <td data-title=t::WHAT>{r.what}</td>
                                    <td data-title=t::BY>{r.by}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_html()
            }}
        }
        .into_html(),
    })
}
