use crate::state::Notice;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub notice: Option<Notice>,
    pub on_dismiss: Callback<()>,
}

/// A banner telling the reader what happened; errors are announced at once to screen readers.
#[function_component(NoticeBanner)]
pub fn notice_banner(props: &Props) -> Html {
    let Some(notice) = &props.notice else {
        return html! {};
    };
    let on_dismiss = props.on_dismiss.reform(|_: MouseEvent| ());
    html! {
        <div class={classes!("sift-notice", notice.error.then_some("sift-notice-error"))}
             role={if notice.error { "alert" } else { "status" }}>
            <span>{ &notice.text }</span>
            <button type="button" class="sift-dismiss" aria-label="Dismiss message" onclick={on_dismiss}>{"×"}</button>
        </div>
    }
}
