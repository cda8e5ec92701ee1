//! Lets the network panel's checks run side by side: each check reports its steps and facts
//! through a cloneable [`NetSink`], and one forwarder turns them into the panel's events in the
//! order they happen, keeping the accumulated [`NetworkFacts`].

use tokio::sync::mpsc;

use crate::model::{Direction, Evidence, NetworkFacts, Said, StepKind, StepStatus};
use crate::probe::events::PanelEvents;

type FactUpdate = Box<dyn FnOnce(&mut NetworkFacts) + Send>;

enum NetMsg {
    Started {
        step: StepKind,
        target: Option<String>,
    },
    Finished {
        step: StepKind,
        target: Option<String>,
        status: StepStatus,
        detail: Said,
        evidence: Option<Evidence>,
    },
    Fact(FactUpdate),
    Note(Said),
}

/// Where the network checks report to. Cheap to clone; the forwarder ends when every clone is
/// dropped.
#[derive(Clone)]
pub struct NetSink {
    tx: mpsc::UnboundedSender<NetMsg>,
}

/// The receiving end, for [`forward`].
pub struct NetStream {
    rx: mpsc::UnboundedReceiver<NetMsg>,
}

/// A connected sink and stream.
pub fn channel() -> (NetSink, NetStream) {
    let (tx, rx) = mpsc::unbounded_channel();
    (NetSink { tx }, NetStream { rx })
}

impl NetSink {
    pub fn started(&self, step: StepKind, target: Option<String>) {
        let _ = self.tx.send(NetMsg::Started { step, target });
    }

    pub fn finished(
        &self,
        step: StepKind,
        target: Option<String>,
        status: StepStatus,
        detail: impl Into<Said>,
        evidence: Option<Evidence>,
    ) {
        let _ = self.tx.send(NetMsg::Finished {
            step,
            target,
            status,
            detail: detail.into(),
            evidence,
        });
    }

    /// A line for the panel's transcript, for what is observed but is no step of its own.
    pub fn note(&self, text: impl Into<Said>) {
        let _ = self.tx.send(NetMsg::Note(text.into()));
    }

    /// Change the facts; the change is published with the next event.
    pub fn fact(&self, update: impl FnOnce(&mut NetworkFacts) + Send + 'static) {
        let _ = self.tx.send(NetMsg::Fact(Box::new(update)));
    }
}

/// Turn everything the sinks send into panel events until every sink is dropped; returns the
/// final facts. Facts are published once per batch of pending updates.
pub async fn forward(mut stream: NetStream, ev: &mut PanelEvents) -> NetworkFacts {
    let mut facts = NetworkFacts::default();
    let mut changed = false;
    while let Some(msg) = stream.rx.recv().await {
        match msg {
            NetMsg::Started { step, target } => ev.step_started(step, target).await,
            NetMsg::Finished {
                step,
                target,
                status,
                detail,
                evidence,
            } => {
                ev.step_finished(step, target, status, detail, evidence)
                    .await
            }
            NetMsg::Note(text) => ev.transcript(Direction::Info, text).await,
            NetMsg::Fact(update) => {
                update(&mut facts);
                changed = true;
            }
        }
        if changed && stream.rx.is_empty() {
            ev.network(facts.clone()).await;
            changed = false;
        }
    }
    if changed {
        ev.network(facts.clone()).await;
    }
    facts
}
