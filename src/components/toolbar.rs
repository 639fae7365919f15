use super::label_name;
use crate::highlight::Layer;
use sift_core::Label;
use std::collections::BTreeSet;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub hidden_layers: BTreeSet<Layer>,
    pub hidden_labels: BTreeSet<String>,
    pub on_toggle_layer: Callback<Layer>,
    pub on_toggle_label: Callback<String>,
}

/// Toggles per layer and per label; doubles as the colour legend.
#[function_component(Toolbar)]
pub fn toolbar(props: &Props) -> Html {
    let labels = |layer: Layer| -> Vec<&'static str> {
        match layer {
            Layer::Entity => Label::ALL.iter().map(|l| l.as_str()).collect(),
            Layer::Number => [
                "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY", "DATE", "TIME", "DURATION",
            ]
            .to_vec(),
            Layer::Claim => ["direct", "indirect", "mixed"].to_vec(),
        }
    };
    html! {
        <div class="sift-toolbar" role="group" aria-label="Highlight layers">
        { for Layer::ALL.iter().map(|&layer| {
            let on = !props.hidden_layers.contains(&layer);
            let toggle = props.on_toggle_layer.reform(move |_: Event| layer);
            html! {
                <fieldset class={classes!("sift-layer", format!("sift-layer-{}", layer.kind()))}>
                    <legend>
                        <label>
                            <input type="checkbox" checked={on} onchange={toggle} />
                            { layer.title() }
                        </label>
                    </legend>
                    { for labels(layer).into_iter().map(|label| {
                        let on_label = !props.hidden_labels.contains(label);
                        let toggle = props.on_toggle_label.reform(move |_: Event| label.to_string());
                        html! {
                            <label class="sift-label-toggle" data-kind={layer.kind()} data-label={label} title={label_name(label)}>
                                <input type="checkbox" checked={on_label} disabled={!on} onchange={toggle} />
                                <span class="sift-swatch" aria-hidden="true"></span>
                                { label }
                                <span class="sift-visually-hidden">{ format!(" ({})", label_name(label)) }</span>
                            </label>
                        }
                    }) }
                </fieldset>
            }
        }) }
        </div>
    }
}
