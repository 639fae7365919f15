use crate::state::Notice;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub notice: Option<Notice>,
    pub on_dismiss: Callback<()>,
    /// Undoes what the notice reports (a deletion), when that can be undone.
    #[prop_or_default]
    pub on_undo: Option<Callback<()>>,
}

/// A banner telling the reader what happened; errors are announced at once to screen readers.
#[function_component(NoticeBanner)]
pub fn notice_banner(props: &Props) -> Html {
    // A deletion's notice takes the focus that the deleted article's button had, so that the
    // keyboard can undo at once.
    let undo_ref = use_node_ref();
    {
        let undo_ref = undo_ref.clone();
        use_effect_with(props.notice.clone(), move |_| {
            let lost = super::focus_lost();
            if let Some(button) = undo_ref.cast::<web_sys::HtmlElement>().filter(|_| lost) {
                let _ = button.focus();
            }
        });
    }
    let Some(notice) = &props.notice else {
        return html! {};
    };
    let on_dismiss = props.on_dismiss.reform(|_: MouseEvent| ());
    html! {
        <div class={classes!("sift-notice", notice.error.then_some("sift-notice-error"))}
             role={if notice.error { "alert" } else { "status" }}>
            <span>{ &notice.text }</span>
            if let Some(on_undo) = &props.on_undo {
                <button type="button" class="sift-undo" ref={undo_ref} onclick={on_undo.reform(|_: MouseEvent| ())}>{"Undo"}</button>
            }
            <button type="button" class="sift-dismiss" aria-label="Dismiss message" onclick={on_dismiss}>{"×"}</button>
        </div>
    }
}
