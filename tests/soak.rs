//! A shortened soak test (the long one is `examples/soak.rs`): the real server over
//! stdio, 2,000 random edits across 50 open documents with a hover every 20 edits, and every 25 edits a wait for the edited
//! document's diagnostics, compared with a fresh analysis of its text.
//! No error responses, no message to the user, and at the end the last diagnostics
//! published for each document are those of a fresh analysis of its final text.

#[path = "../fuzz/src/harness.rs"]
mod harness;
#[path = "../fuzz/src/soak.rs"]
mod soak;
#[path = "../fuzz/src/stdio.rs"]
mod stdio;

#[test]
fn two_thousand_edits_across_fifty_documents_end_with_fresh_diagnostics() {
    let plan = soak::Plan {
        documents: 50,
        edits: 2_000,
        hover_every: 20,
        sample_every: 500,
        settle_every: 25,
        seed: 0x15AD,
        max_len: 3_000,
        verbose: false,
    };
    let report = soak::run(env!("CARGO_BIN_EXE_isnad"), &plan);
    println!(
        "soak: {} edits, {} settled, {} hovers ({} on something), {} publishes, {:.1} s; RSS KiB {:?}",
        plan.edits,
        report.settles,
        report.hovers,
        report.hover_hits,
        report.publishes,
        report.elapsed.as_secs_f64(),
        report.rss
    );
    assert_eq!(report.hovers, plan.edits / plan.hover_every);
    assert_eq!(report.settles, plan.edits / plan.settle_every);
    assert!(
        report.hover_hits > 0,
        "no hover found anything: the documents were not analysed"
    );
}
