//! The mailbox's parts that are rarely on its page, written by their Leptos views into the
//! mailbox's [`Markup`] (`mailbox.rs` writes the rest): what was just done, a helper's
//! view, "Skift postkasse", an own folder's tools and emptying the trash.

use crate::components::{FieldError, group_class};
use crate::markup::Markup;
use crate::notice::Notice;
use crate::post::form::Handling;
use crate::post::*;
use crate::text;
use crate::world::Alert;
use leptos::prelude::*;

/// The notices above the letters: an owner's access that ended, a helper's view, and what
/// was just done (with "Fortryd" after "Slet").
pub(crate) fn alerts(
    m: &mut Markup,
    view: &MailboxView,
    heading: &str,
    page: &str,
    notice: Option<Notice>,
    undo: Option<String>,
) {
    use text::post as t;
    let rights = &view.rights;
    if let Some(name) = &view.ended {
        let message = format!("{} {name}{}", t::ACCESS_ENDED_A, t::ACCESS_ENDED_B);
        m.view(view! { <Alert kind="alert-warning"><p class="alert-text">{message}</p></Alert> });
    }
    if let Some(what) = &rights.helper {
        let message = format!(
            "{} {}{} {what}.",
            t::HELPER_VIEW_A,
            view.owner,
            t::HELPER_VIEW_B
        );
        m.view(view! { <Alert kind="alert-info"><p class="alert-text">{message}</p></Alert> });
    }
    if let Some(message) = notice_text(notice, heading) {
        let undo = (notice == Some(Notice::Trashed)).then_some(()).and(undo);
        let page = page.to_owned();
        m.view(view! {
            <Alert kind="alert-success">
                <p class="alert-text">{message}</p>
                {undo.map(|letter| view! {
                    <form method="post" action=page class="inline-form">
                        <input type="hidden" name="handling" value=Handling::Restore.as_str()/>
                        <input type="hidden" name="brev" value=letter/>
                        <button type="submit" class="button button-secondary">{t::UNDO}</button>
                    </form>
                })}
            </Alert>
        });
    }
}

/// The confirmation of what was just done, in the words of the folder shown (`heading`).
fn notice_text(notice: Option<Notice>, heading: &str) -> Option<String> {
    use text::post as t;
    Some(match notice? {
        Notice::Sent => t::SENT_NOTICE.to_owned(),
        Notice::LetterMoved => format!("{} {heading}.", t::MOVED_ONE),
        Notice::LettersMoved => format!("{} {heading}.", t::MOVED_MANY),
        Notice::Trashed => t::TRASHED_NOTICE.to_owned(),
        Notice::Restored => t::RESTORED_NOTICE.to_owned(),
        Notice::MarkedUnread => t::MARKED_UNREAD_NOTICE.to_owned(),
        _ => return None,
    })
}

/// "Skift postkasse": for a helper, the mailboxes shared with them.
pub(crate) fn switch_mailbox(m: &mut Markup, view: &MailboxView, page: &str) {
    use text::post as t;
    m.view(view! {
        <form method="post" action=page.to_owned() class="post-move post-switch">
            <input type="hidden" name="handling" value=Handling::SwitchMailbox.as_str()/>
            <label class="form-label" for="postkasse">{t::SWITCH_MAILBOX}</label>
            <select class="form-select" id="postkasse" name="postkasse">
                {view.mailboxes.iter().map(|mb| {
                    let selected = mb.id == view.open;
                    view! { <option value=mb.id.clone() selected=selected>{mb.name.clone()}</option> }
                }).collect_view()}
            </select>
            <button type="submit" class="button button-secondary">{t::SWITCH}</button>
        </form>
    });
}

/// An own folder's "Omdøb" and "Slet mappe".
pub(crate) fn folder_tools(
    m: &mut Markup,
    f: &FolderView,
    rights: &RightsView,
    page: &str,
    rename_error: Option<String>,
) {
    use text::post as t;
    let page = page.to_owned();
    m.view(view! {
        <div class="post-folder-tools">
            {rights.rename_folder.then(|| view! {
            <form method="post" action=page.clone()>
                <input type="hidden" name="handling" value=Handling::RenameFolder.as_str()/>
                <input type="hidden" name="mappe" value=f.key.clone()/>
                <div class=group_class(rename_error.is_some())>
                    <label class="form-label" for="nyt-navn">{t::NEW_NAME}</label>
                    <FieldError id="nyt-navn-error" message=rename_error.clone()/>
                    <input class="form-input" id="nyt-navn" name="navn" type="text" value=f.name.clone() maxlength="60"
                        aria-describedby=rename_error.is_some().then_some("nyt-navn-error")
                        aria-invalid=rename_error.is_some().then_some("true")/>
                </div>
                <button type="submit" class="button button-secondary">{t::RENAME}</button>
            </form>
            })}
            {rights.delete.then(|| view! {
            <form method="post" action=page.clone()>
                <input type="hidden" name="handling" value=Handling::DeleteFolder.as_str()/>
                <input type="hidden" name="mappe" value=f.key.clone()/>
                <button type="submit" class="button button-secondary">{t::DELETE_FOLDER}</button>
            </form>
            })}
        </div>
    });
}

/// "Tøm papirkurven", confirmed with a tick.
pub(crate) fn empty_trash(m: &mut Markup, page: &str, confirm_error: Option<String>) {
    use text::post as t;
    m.view(view! {
        <form method="post" action=page.to_owned() class="post-empty-trash">
            <input type="hidden" name="handling" value=Handling::EmptyTrash.as_str()/>
            <p>{t::EMPTY_TRASH_NOTE}</p>
            <FieldError id="bekraeft-error" message=confirm_error.clone()/>
            <div class="form-group-checkbox">
                <input class="form-checkbox" type="checkbox" id="bekraeft" name="bekraeft" value="ja"
                    aria-describedby=confirm_error.is_some().then_some("bekraeft-error")
                    aria-invalid=confirm_error.is_some().then_some("true")/>
                <label for="bekraeft">{t::EMPTY_TRASH_CONFIRM}</label>
            </div>
            <button type="submit" class="button button-secondary">{t::EMPTY_TRASH}</button>
        </form>
    });
}
