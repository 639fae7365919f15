//! Native tooling around `sift-core`: scoring against the gold data in `../shared/data` (with the
//! conventions of its README) and training the entity model. Reads files; never used in wasm.
//!
//! ```no_run
//! let report = sift_tools::entities::eval(std::path::Path::new("../shared/data")).unwrap();
//! println!("{report}");
//! ```

pub mod claims;
pub mod entities;
pub mod jsonl;
pub mod numbers;
pub mod perceptron;
pub mod score;
